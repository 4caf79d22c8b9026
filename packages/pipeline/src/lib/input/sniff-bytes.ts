/**
 * Content sniffing: what a file is, by its bytes and never by its extension
 * (crawlers save HTML error pages as .pdf and PDFs as .txt).
 */

/** How far into the file a `%PDF-` header may start (PDF readers tolerate leading junk up to 1 KB). */
const PDF_HEADER_WINDOW = 1024;

/**
 * Offset of the `%PDF-` header within the first 1 KB, or -1.
 * @example findPdfHeader(new TextEncoder().encode('%PDF-1.7\n')) // 0
 */
export function findPdfHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, PDF_HEADER_WINDOW) - 5;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return -1;
}

/**
 * True when the end of a PDF carries `%%EOF` or `startxref`: without either,
 * the download was cut off (a linearized file keeps an early `%%EOF`, so only
 * the tail counts).
 * @example hasPdfTrailer(bytes)
 */
export function hasPdfTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 4096));
  return tail.includes('%%EOF') || tail.includes('startxref');
}

/**
 * True for a PDF whose `%PDF-` header is damaged or missing: numbered objects
 * near the start and a `%%EOF` at the end. pdf.js reads such files.
 * @example looksLikeHeaderlessPdf(bytes)
 */
export function looksLikeHeaderlessPdf(bytes: Uint8Array): boolean {
  if (!hasPdfTrailer(bytes)) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /(?:^|[\r\n])\d+\s+\d+\s+obj\b/.test(head) && head.includes('endobj');
}

interface Signature {
  readonly name: string;
  readonly magic: readonly number[];
  readonly at?: number;
}

/** File types crawlers commonly bring back instead of a report. */
const SIGNATURES: readonly Signature[] = [
  { name: 'ZIP archive (also .docx/.xlsx/.ofd)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'empty ZIP archive', magic: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WebP image', magic: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'OLE compound file (.doc/.xls/.wps)', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'RAR archive', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: '7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'gzip archive', magic: [0x1f, 0x8b] },
  { name: 'RTF document', magic: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: 'executable (ELF)', magic: [0x7f, 0x45, 0x4c, 0x46] },
];

/**
 * Name of a known non-report binary format the bytes start with, or null.
 * @example binaryFormatOf(pngBytes) // 'PNG image'
 */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    const at = sig.at ?? 0;
    if (bytes.length >= at + sig.magic.length && sig.magic.every((b, i) => bytes[at + i] === b)) return sig.name;
  }
  return null;
}

const HTML_START = /^(?:\s|\ufeff)*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|script|iframe|frameset)(?=[\s>/])/i;

/**
 * True when decoded text is an HTML page (an error page, a login wall, a
 * listing) rather than a report. Looks only at the start: reports may quote
 * HTML further down, pages never start with prose.
 * @example isHtml('<!DOCTYPE html><html>…') // true
 */
export function isHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/**
 * Share of control bytes in the first 64 KB, ignoring whitespace controls and
 * NUL runs at the start or end (zero-filled tails of interrupted downloads
 * are repaired, not refused). Only meaningful for byte-oriented encodings.
 * @example controlByteRatio(new Uint8Array([0x41, 0x01])) // 0.5
 */
export function controlByteRatio(bytes: Uint8Array): number {
  let start = 0;
  let end = bytes.length;
  while (start < end && bytes[start] === 0) start++;
  while (end > start && bytes[end - 1] === 0) end--;
  end = Math.min(end, start + 64 * 1024);
  if (end <= start) return 0;
  let bad = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    // \t \n \v \f \r and 0x1A (DOS end-of-file) appear in real text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) bad++;
  }
  return bad / (end - start);
}

/**
 * Share of control characters in decoded text (NULs already removed), for
 * UTF-16 inputs where bytes say nothing.
 * @example controlCharRatio('a\u0001') // 0.5
 */
export function controlCharRatio(text: string): number {
  const sample = text.slice(0, 64 * 1024);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return sample.length === 0 ? 0 : bad / sample.length;
}
