import type { ErrorCode, ErrorStage } from '@budgetdoc/schema';

/**
 * A file that cannot become a report, with a stable `code` for
 * `errors.jsonl` and the pipeline `stage` that gave up. The message is meant
 * for users: it names the problem, not the code path; the original error (if
 * any) is kept as `cause` for `--debug`.
 * @example throw new InputError('INPUT_EMPTY', 'read', 'file is empty (0 bytes)')
 */
export class InputError extends Error {
  readonly code: ErrorCode;
  readonly stage: ErrorStage;

  constructor(code: ErrorCode, stage: ErrorStage, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
    this.code = code;
    this.stage = stage;
  }
}

/**
 * True for an {@link InputError}, also one from another copy of this module
 * (worker threads, duplicated installs), which `instanceof` would miss.
 * @example if (isInputError(e)) console.log(e.code)
 */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError || (error instanceof Error && error.name === 'InputError' && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { stage?: unknown }).stage === 'string');
}
