import { ErrorCode, ErrorStage, type ErrorRecord } from '@budgetdoc/schema';
import { isInputError } from './input-error.ts';

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly stage?: unknown;
  readonly issues?: unknown;
}

/**
 * Any thrown value → one `errors.jsonl` record. Typed errors keep their code
 * and stage; Node fs errors, schema failures and stack overflows are
 * recognised; anything else is INTERNAL with a one-line message (never a
 * stack: records are for users and diffing, `--debug` is for stacks).
 * @param error the thrown value
 * @param file path of the input as shown to the user
 * @returns a schema-valid ErrorRecord
 * @example toErrorRecord(new InputError('INPUT_EMPTY', 'read', 'file is empty'), 'a.txt')
 */
export function toErrorRecord(error: unknown, file: string): ErrorRecord {
  const e = (error ?? {}) as ErrorLike;
  const message = oneLine(typeof e.message === 'string' && e.message !== '' ? e.message : String(error));
  if (isInputError(error) && ErrorCode.safeParse(error.code).success && ErrorStage.safeParse(error.stage).success) {
    return { file, code: error.code, stage: error.stage, message };
  }
  const stage = ErrorStage.safeParse(e.stage).success ? (e.stage as ErrorStage) : undefined;
  // Typed errors of other modules (PdfError, the batch runner's timeout) carry a code from the same enum.
  if (ErrorCode.safeParse(e.code).success) return { file, code: e.code as ErrorCode, stage: stage ?? 'extract', message };
  const fsCode = typeof e.code === 'string' ? e.code : '';
  if (fsCode === 'ENOENT') return { file, code: 'INPUT_NOT_FOUND', stage: 'read', message };
  if (fsCode === 'EISDIR') return { file, code: 'INPUT_UNSUPPORTED_TYPE', stage: 'read', message };
  if (/^E[A-Z]+$/.test(fsCode)) return { file, code: 'INPUT_UNREADABLE', stage: stage ?? 'read', message };
  if (e.name === 'ZodError' || Array.isArray(e.issues)) return { file, code: 'SCHEMA_INVALID', stage: stage ?? 'validate', message: `report does not match the schema: ${firstIssue(e.issues) ?? message}` };
  if (error instanceof RangeError && /call stack/i.test(message)) return { file, code: 'INPUT_TOO_COMPLEX', stage: stage ?? 'extract', message: 'input is nested too deeply to process' };
  const name = typeof e.name === 'string' && e.name !== 'Error' ? `${e.name}: ` : '';
  return { file, code: 'INTERNAL', stage: stage ?? 'extract', message: `internal error (please report): ${name}${message}` };
}

/** First line, bounded: messages go into JSONL and terminals. */
function oneLine(text: string): string {
  const line = (text.split('\n', 1)[0] ?? '').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** "path.to.field: message" of the first zod issue. */
function firstIssue(issues: unknown): string | null {
  if (!Array.isArray(issues) || issues.length === 0) return null;
  const issue = issues[0] as { path?: unknown; message?: unknown };
  const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${path || '(root)'}: ${String(issue.message)}${more}`;
}
