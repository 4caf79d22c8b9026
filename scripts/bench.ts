/**
 * `pnpm bench`: the PDF benchmark (scripts/bench-pdf.ts, when present) and
 * then the batch benchmark (scripts/bench-batch.ts). Arguments after `--`
 * go to the batch benchmark, e.g. `pnpm bench -- --files 2000`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scripts = fileURLToPath(new URL('./', import.meta.url));
const args = process.argv.slice(2).filter((arg) => arg !== '--');
let failed = false;
for (const [name, script, scriptArgs] of [
  ['PDF', 'bench-pdf.ts', []],
  ['batch', 'bench-batch.ts', args],
] as const) {
  const path = `${scripts}${script}`;
  if (!existsSync(path)) {
    process.stdout.write(`(${name} benchmark skipped: scripts/${script} not found)\n`);
    continue;
  }
  process.stdout.write(`\n== ${name} benchmark ==\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path, ...scriptArgs], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
