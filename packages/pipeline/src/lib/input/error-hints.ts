import type { ErrorCode } from '@budgetdoc/schema';

/**
 * What the user should do about each error code: one sentence, shown by
 * `formatError` and mirrored in docs/errors.md.
 */
export const ERROR_HINTS: Readonly<Record<ErrorCode, string>> = {
  INPUT_NOT_FOUND: 'Check the path; the file may have been moved or deleted.',
  INPUT_UNSUPPORTED_TYPE: 'Only PDF and text/Markdown reports are read; convert the file or remove it from the batch.',
  INPUT_EMPTY: 'Download the file again; an empty file usually means the download failed.',
  INPUT_TOO_LARGE: 'Check that the file really is a report; if it is, raise the size limit.',
  INPUT_UNREADABLE: 'Check file permissions and the disk; then run again.',
  TEXT_ENCODING_UNKNOWN: 'Convert the file to UTF-8 (or GB18030) and run again.',
  TEXT_BINARY: 'The file is not text: download it again or find the original document.',
  PDF_TRUNCATED: 'Download the PDF again; it was cut off.',
  PDF_CORRUPT: 'Download the PDF again or open and re-save it in a PDF viewer.',
  PDF_ENCRYPTED: 'Obtain an unprotected copy (or the password) and run again.',
  PDF_NO_PAGES: 'The PDF has no pages; find the complete document.',
  PDF_TOO_MANY_PAGES: 'Check that the PDF is a single report; if it is, raise the page limit.',
  HTML_NOT_REPORT: 'The crawler saved a web page (often an error or login page); fetch the real document.',
  TIMEOUT: 'Run the file alone to see whether it finishes; report it if it never does.',
  SCHEMA_INVALID: 'This is a bug in budgetdoc: please report it with the input file.',
  INTERNAL: 'This is a bug in budgetdoc: please report it with the input file and the --debug output.',
  INPUT_TOO_COMPLEX: 'The file is nested far deeper than any report; check that it is a genuine report.',
};
