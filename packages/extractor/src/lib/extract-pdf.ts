import type { Report } from '@budgetdoc/schema';
import { assembleReport, type AssembleOptions } from './assemble/assemble-report.ts';
import type { ExtractInput } from './extract-input.ts';
import { markImageTablesAbsent } from './pdf/mark-image-tables-absent.ts';
import { readPdfLines } from './pdf/read-pdf-lines.ts';

export interface PdfExtractOptions {
  /** Refuse PDFs with more pages (default 2000). */
  readonly maxPages?: number;
  /** Refuse PDFs larger than this many bytes (default 200 MB). */
  readonly maxBytes?: number;
  /** Line-role trace for debugging, passed to the assembler. */
  readonly trace?: AssembleOptions['trace'];
}

/**
 * PDF report → Report: pdf.js text and rules → grid-aligned source lines →
 * the format-agnostic assembler. Pages without a text layer are listed in
 * `source.pagesWithoutText` with a `PDF_PAGE_NO_TEXT` finding each; tables
 * announced but printed there are `absent`.
 * @param data the PDF bytes
 * @param input identity of the input (id, file, sha256, bytes)
 * @param options limits and tracing
 * @returns the extracted report (keys left null for the normalizer)
 * @throws PdfError for inputs that are not a readable PDF or exceed the limits
 * @example await extractPdf(bytes, { id, file, sha256, bytes: bytes.length })
 */
export async function extractPdf(data: Uint8Array, input: ExtractInput, options: PdfExtractOptions = {}): Promise<Report> {
  const limits = { ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }), ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) };
  const pdf = await readPdfLines(data, limits);
  const report = assembleReport(
    pdf.lines,
    { ...input, format: 'pdf', encoding: null, pages: pdf.pages, pagesWithoutText: pdf.pagesWithoutText },
    options.trace ? { trace: options.trace } : {},
  );
  const withFindings: Report = {
    ...report,
    source: { ...report.source, pages: pdf.pages, pagesWithoutText: [...pdf.pagesWithoutText] },
    findings: [...pdf.findings, ...report.findings],
  };
  return markImageTablesAbsent(withFindings, pdf.pagesWithoutText);
}
