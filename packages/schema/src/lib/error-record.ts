import { z } from 'zod';

/** Stable codes for files the pipeline could not turn into a report. */
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
  ])
  .meta({ id: 'ErrorCode' });
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One line of `errors.jsonl`: a file that produced no report, and why. */
export const ErrorRecord = z
  .object({
    file: z.string(),
    code: ErrorCode,
    stage: z.enum(['read', 'detect', 'decode', 'extract', 'normalize', 'validate', 'write']),
    message: z.string(),
  })
  .meta({ id: 'ErrorRecord' });
export type ErrorRecord = z.infer<typeof ErrorRecord>;
