import type { ErrorCode } from '@budgetdoc/schema';

/** The error codes a PDF input can fail with (a subset of the pipeline's `ErrorCode`). */
export type PdfErrorCode = Extract<ErrorCode, 'INPUT_TOO_LARGE' | 'PDF_TRUNCATED' | 'PDF_CORRUPT' | 'PDF_ENCRYPTED' | 'PDF_NO_PAGES' | 'PDF_TOO_MANY_PAGES'>;

/**
 * A PDF that cannot become a report at all (as opposed to problems inside a
 * report, which are findings). Carries a stable `code` for `errors.jsonl`.
 * @example throw new PdfError('PDF_ENCRYPTED', 'password required')
 */
export class PdfError extends Error {
  readonly code: PdfErrorCode;

  constructor(code: PdfErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfError';
    this.code = code;
  }
}
