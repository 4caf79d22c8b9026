/**
 * A `budgetdoc` subcommand. `main` dispatches on the first argument through
 * the `COMMANDS` table in `main.ts`; a new command is one entry there.
 */
export interface Command {
  /** One line for the command list of `budgetdoc --help`. */
  readonly summary: string;
  /** Full usage text (`budgetdoc <command> --help`). */
  readonly usage: string;
  /**
   * Run the command.
   * @param argv arguments after the command name
   * @returns the process exit code (0 ok, 1 failures, 2 usage error)
   */
  readonly run: (argv: readonly string[]) => Promise<number>;
}

/**
 * A command-line mistake: `main` prints the message and the command's usage
 * and exits with code 2.
 * @example throw new UsageError('--workers must be a positive integer')
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
