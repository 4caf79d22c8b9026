import { parseArgs } from 'node:util';
import { runExtract } from '@budgetdoc/pipeline';

const USAGE = `usage: budgetdoc extract <file|dir|glob>... --out <dir>`;

/**
 * CLI entry: returns the exit code (0 ok, 1 some files failed, 2 usage error).
 * @example await main(['extract', 'corpus', '--out', 'out'])
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'extract') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parseArgs({ args: [...rest], options: { out: { type: 'string', default: 'out' } }, allowPositionals: true });
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const result = await runExtract(positionals, { out: values.out ?? 'out' });
  process.stdout.write(`files ok ${result.ok}, failed ${result.failed}\n`);
  return result.failed > 0 ? 1 : 0;
}
