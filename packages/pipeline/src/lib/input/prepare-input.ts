import { decodeText, type DecodedText } from '@budgetdoc/extractor';
import { InputError } from './input-error.ts';
import type { InputLimits } from './input-limits.ts';
import { binaryFormatOf, controlByteRatio, controlCharRatio, findPdfHeader, hasPdfTrailer, isHtml, looksLikeHeaderlessPdf } from './sniff-bytes.ts';

/** An input recognised by content: a PDF (from its header on) or decoded text. */
export type PreparedInput =
  | {
      readonly kind: 'pdf';
      readonly bytes: Uint8Array;
      readonly decoded?: undefined;
      /** Bytes of junk before `%PDF-`. */
      readonly offset: number;
      /** The `%PDF-` header is damaged or missing, but the body is PDF. */
      readonly headerMissing?: boolean;
    }
  | { readonly kind: 'text'; readonly bytes: Uint8Array; readonly decoded: DecodedText; readonly offset: 0 };

/** Above this share of control bytes a "text" file is binary junk (real reports have next to none). */
const MAX_CONTROL_RATIO = 0.02;
/** Bytes decoded up front to recognise HTML pages and binary junk. */
const HEAD_BYTES = 64 * 1024;
/** Above this share of replacement characters no encoding fits. */
const MAX_INVALID_RATIO = 0.2;
/** Below this share of ASCII/CJK characters in the best legacy decoding, no encoding fits. */
const MIN_CONFIDENCE = 0.5;

/**
 * Sniff, check and (for text) decode the bytes of one input.
 * @param bytes whole file content
 * @param limits size limits (only `maxBytes` is used here)
 * @returns the input kind with its bytes, and the decoded text for text inputs
 * @throws InputError INPUT_EMPTY, INPUT_TOO_LARGE, INPUT_UNSUPPORTED_TYPE, PDF_TRUNCATED, HTML_NOT_REPORT, TEXT_BINARY or TEXT_ENCODING_UNKNOWN
 * @example prepareInput(await readFile('a.txt'), DEFAULT_INPUT_LIMITS).kind // 'text'
 */
export function prepareInput(data: Uint8Array, limits: Pick<InputLimits, 'maxBytes'>): PreparedInput {
  // A Node Buffer is a Uint8Array, but pdf.js refuses Buffers: hand on a plain view of the same memory.
  const bytes = Buffer.isBuffer(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', 'read', 'file is empty (0 bytes); the download probably failed');
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  const pdfAt = findPdfHeader(bytes);
  // An HTML page that merely mentions "%PDF-" near its top is still an HTML page.
  if (pdfAt > 0 && isHtml(Buffer.from(bytes.buffer, bytes.byteOffset, pdfAt).toString('latin1'))) throw htmlError();
  if (pdfAt >= 0) {
    const pdf = bytes.subarray(pdfAt);
    if (!hasPdfTrailer(pdf)) throw new InputError('PDF_TRUNCATED', 'detect', 'PDF is truncated: it has no %%EOF or startxref at the end; the download was probably cut off');
    return { kind: 'pdf', bytes: pdf, offset: pdfAt };
  }
  if (looksLikeHeaderlessPdf(bytes)) return { kind: 'pdf', bytes, offset: 0, headerMissing: true };
  const format = binaryFormatOf(bytes);
  if (format) throw new InputError('INPUT_UNSUPPORTED_TYPE', 'detect', `file is a ${format}, not a PDF or text report`);
  // Judge HTML and binary junk on the head first, so a 200 MB junk file is refused without decoding it all.
  const whole = bytes.length <= HEAD_BYTES ? decodeText(bytes) : null;
  checkTextLike(whole ?? decodeText(bytes.subarray(0, HEAD_BYTES)), bytes);
  const decoded = whole ?? decodeText(bytes);
  if (decoded.text.trim() === '') {
    if (decoded.nulCount > 0) throw new InputError('TEXT_BINARY', 'detect', `file contains only NUL bytes (${decoded.nulCount}); the download was probably interrupted`);
    throw new InputError('INPUT_EMPTY', 'decode', 'file contains only whitespace');
  }
  if (decoded.invalidCount > decoded.text.length * MAX_INVALID_RATIO || decoded.confidence < MIN_CONFIDENCE) {
    throw new InputError('TEXT_ENCODING_UNKNOWN', 'decode', `no supported encoding (UTF-8, UTF-16, GB18030, Big5) fits this text; best guess ${decoded.encoding} leaves ${decoded.invalidCount} undecodable sequences`);
  }
  return { kind: 'text', bytes, decoded, offset: 0 };
}

/** HTML pages and binary junk are judged by the decoded head of the file, or by its bytes (non-UTF-16). */
function checkTextLike(head: DecodedText, bytes: Uint8Array): void {
  if (isHtml(head.text)) throw htmlError();
  const utf16 = head.encoding === 'utf-16le' || head.encoding === 'utf-16be';
  const controls = utf16 ? controlCharRatio(head.text) : controlByteRatio(bytes);
  if (controls > MAX_CONTROL_RATIO) throw new InputError('TEXT_BINARY', 'detect', `file is binary data, not text (${(controls * 100).toFixed(1)}% control bytes)`);
}

function htmlError(): InputError {
  return new InputError('HTML_NOT_REPORT', 'detect', 'file is an HTML page (often an error or login page saved by the crawler), not a report');
}

/**
 * The INPUT_TOO_LARGE error for a size over the limit.
 * @example throw tooLarge(stat.size, limits.maxBytes)
 */
export function tooLarge(size: number, max: number): InputError {
  return new InputError('INPUT_TOO_LARGE', 'read', `file has ${formatBytes(size)}, above the limit of ${formatBytes(max)} (raise it with the max-bytes option if the file is genuine)`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
