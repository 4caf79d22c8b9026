import { ERROR_HINTS } from './error-hints.ts';
import { toErrorRecord } from './to-error-record.ts';

/** How to print an error. */
export interface FormatErrorOptions {
  /** Add the stack and the chain of causes (the CLI's `--debug`). */
  readonly debug?: boolean;
  /** Input path shown in the message. */
  readonly file?: string;
}

/**
 * One error → text for the terminal: `file: CODE: message` and a hint on what
 * to do. Stacks appear only with `debug`, so users see a sentence, not a
 * trace.
 * @param error the thrown value
 * @param options debug output and the file to name
 * @returns text without a trailing newline
 * @example process.stderr.write(`${formatError(e, { file, debug })}\n`)
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  const record = toErrorRecord(error, options.file ?? '');
  const head = `${record.file ? `${record.file}: ` : ''}${record.code}: ${record.message}`;
  const lines = [head, `  hint: ${ERROR_HINTS[record.code]}`];
  if (options.debug) {
    let e: unknown = error;
    for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
      const stack = e instanceof Error ? e.stack : String(e);
      lines.push(depth === 0 ? `  stage: ${record.stage}` : '  caused by:', indent(stack ?? String(e)));
      e = e instanceof Error ? e.cause : undefined;
    }
  }
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
