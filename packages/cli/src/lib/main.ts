import { type Command, UsageError } from './command.ts';

/**
 * Subcommands by name: add a command with one line here. Loaded lazily so a
 * command does not pay for the imports of the others (a skip-everything
 * `extract` re-run should not load pdf.js in the main thread).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  extract: async () => (await import('./extract/extract-command.ts')).extractCommand,
  inspect: async () => (await import('./inspect/inspect-command.ts')).inspectCommand,
  review: async () => (await import('./review/review-command.ts')).reviewCommand,
};

/** Top-level usage, listing the commands (loads them all). */
async function usage(): Promise<string> {
  const commands = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()] as const));
  const width = Math.max(...commands.map(([name]) => name.length));
  const list = commands.map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return ['usage: budgetdoc <command> [options]', '', 'commands:', ...list, '', "run 'budgetdoc <command> --help' for the options of a command"].join('\n');
}

/**
 * CLI entry: dispatch to a subcommand and return the exit code
 * (0 ok, 1 some files failed, 2 usage error, 130 interrupted). Errors
 * print one line; stack traces only with `--debug`.
 * @param argv arguments after `budgetdoc`
 * @returns the exit code
 * @example await main(['extract', 'corpus', '--out', 'out'])
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return 0;
  }
  const load = name === undefined || !Object.hasOwn(COMMANDS, name) ? undefined : COMMANDS[name];
  if (!load) {
    process.stderr.write(`${name === undefined ? '' : `budgetdoc: unknown command '${name}'\n`}${await usage()}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      // Note: node's parseArgs messages go on to explain '--'; the first sentence is the point.
      process.stderr.write(`budgetdoc ${name}: ${(error as Error).message.split('. To specify')[0]}\n${command.usage}\n`);
      return 2;
    }
    const debug = rest.includes('--debug');
    process.stderr.write(`budgetdoc ${name}: ${debug && error instanceof Error ? (error.stack ?? error.message) : error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
