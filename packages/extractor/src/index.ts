export type { SourceCell, SourceLine } from './lib/source-line.ts';
export type { ExtractInput, TextExtractInput } from './lib/extract-input.ts';
export { decodeText, type DecodedText } from './lib/decode-text.ts';
export { extractText } from './lib/extract-text.ts';
export { extractPdf, type PdfExtractOptions } from './lib/extract-pdf.ts';
