import { ErrorCode } from '@budgetdoc/schema';
import { InputError, isInputError } from './input-error.ts';

/** pdf.js `PasswordResponses`: why a password was asked for. */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

/** pdf.js exception classes that mean "this file is damaged", by `name`. */
const CORRUPT_NAMES = new Set(['InvalidPDFException', 'FormatError', 'XRefParseException', 'XRefEntryException', 'UnknownErrorException', 'MissingDataException']);

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly cause?: unknown;
}

/**
 * Map whatever PDF extraction threw to an InputError: the extractor's own
 * `PdfError` (code kept, message sharpened), a raw pdf.js exception (by class
 * name, since pdf.js errors cross a worker boundary as plain objects), or a
 * stack overflow. Anything else is a bug and becomes INTERNAL.
 * @param error the thrown value
 * @returns an InputError at stage `extract`
 * @example throw classifyPdfError(e)
 */
export function classifyPdfError(error: unknown): InputError {
  if (isInputError(error)) return error;
  const e = (error ?? {}) as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const password = findPasswordException(error);
  if (password) return encrypted(password, error);
  if (name === 'PdfError' && ErrorCode.safeParse(e.code).success) return new InputError(e.code as ErrorCode, 'extract', message, { cause: error });
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') {
    return new InputError('INPUT_UNREADABLE', 'extract', `PDF data could not be loaded: ${message}`, { cause: error });
  }
  if (/truncat|unexpected end|end of (file|stream)|startxref/i.test(message) && CORRUPT_NAMES.has(name)) {
    return new InputError('PDF_TRUNCATED', 'extract', `PDF is truncated: ${message}`, { cause: error });
  }
  if (CORRUPT_NAMES.has(name) || /invalid (pdf|xref|root)|xref|bad (fcheck|encoding)|corrupt/i.test(message)) {
    return new InputError('PDF_CORRUPT', 'extract', `PDF is damaged and cannot be read: ${message}`, { cause: error });
  }
  if (error instanceof RangeError && /call stack/i.test(message)) {
    return new InputError('INPUT_TOO_COMPLEX', 'extract', 'PDF structure is nested too deeply to read', { cause: error });
  }
  return new InputError('INTERNAL', 'extract', `unexpected failure while reading the PDF: ${firstLine(message)}`, { cause: error });
}

/** The pdf.js PasswordException behind an error, following `cause` links (the extractor wraps it). */
function findPasswordException(error: unknown): ErrorLike | null {
  let e = error as ErrorLike | null | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as ErrorLike | null | undefined) {
    if (e.name === 'PasswordException') return e;
  }
  const top = error as ErrorLike | null;
  if (top?.name === 'PdfError' && top.code === 'PDF_ENCRYPTED') return top;
  return null;
}

function encrypted(password: ErrorLike, cause: unknown): InputError {
  const message =
    password.code === INCORRECT_PASSWORD
      ? 'PDF is encrypted and the password given is wrong'
      : password.code === NEED_PASSWORD
        ? 'PDF is protected by a password needed to open it; budgetdoc cannot read it without the password'
        : 'PDF is encrypted and cannot be opened without a password';
  return new InputError('PDF_ENCRYPTED', 'extract', message, { cause });
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
