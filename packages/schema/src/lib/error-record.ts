import { z } from 'zod';

/**
 * Stable codes for files the pipeline could not turn into a report.
 * Additive only: codes are never renamed or removed (consumers match on them).
 * `docs/errors.md` explains each code and what the user should do.
 */
export const ErrorCode = z
  .enum([
    'INPUT_NOT_FOUND',
    'INPUT_UNSUPPORTED_TYPE',
    'INPUT_EMPTY',
    'INPUT_TOO_LARGE',
    'INPUT_UNREADABLE',
    'TEXT_ENCODING_UNKNOWN',
    'TEXT_BINARY',
    'PDF_TRUNCATED',
    'PDF_CORRUPT',
    'PDF_ENCRYPTED',
    'PDF_NO_PAGES',
    'PDF_TOO_MANY_PAGES',
    'HTML_NOT_REPORT',
    'TIMEOUT',
    'SCHEMA_INVALID',
    'INTERNAL',
    // Input structure too deep or too complex to process safely (e.g. Markdown nested thousands of levels).
    'INPUT_TOO_COMPLEX',
  ])
  .meta({ id: 'ErrorCode' });
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Pipeline stage a failure happened in. */
export const ErrorStage = z.enum(['read', 'detect', 'decode', 'extract', 'normalize', 'validate', 'write']).meta({ id: 'ErrorStage' });
export type ErrorStage = z.infer<typeof ErrorStage>;

/** One line of `errors.jsonl`: a file that produced no report, and why. */
export const ErrorRecord = z
  .object({
    file: z.string(),
    code: ErrorCode,
    stage: ErrorStage,
    message: z.string(),
  })
  .meta({ id: 'ErrorRecord' });
export type ErrorRecord = z.infer<typeof ErrorRecord>;
