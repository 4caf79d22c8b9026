import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './corpus.ts';

const bin = join(repoRoot, 'packages/cli/src/bin.ts');

/** A finished CLI run. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Start `budgetdoc <args>` as a child process (cwd: the repo). */
export function startCli(args: readonly string[]): ChildProcess & { stdout: NodeJS.ReadableStream; stderr: NodeJS.ReadableStream } {
  return spawn(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }) as never;
}

/** Run `budgetdoc <args>` to the end. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  const child = startCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The two smallest corpus text files: batch tests are about the runner, not the extractor, and share 2 cores. */
const SMALL_SEEDS = ['s004_2023_final_mizhi_medical-insurance-center.txt', 's003_2021_budget_xian-baqiao_healthcare-security-bureau.txt'];

/** A temp dir with `count` copies of small corpus text files under unique names (2 sub-folders). */
export function replicatedTextCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-batch-'));
  const seeds = SMALL_SEEDS;
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length] as string;
    const folder = join(dir, 'in', index % 2 === 0 ? 'even' : 'odd');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(repoRoot, 'corpus', seed), join(folder, `${String(index).padStart(3, '0')}-${seed}`));
  }
  return dir;
}

/** Every output file (except the run state) → sha256 of its bytes, for byte-for-byte comparison with readable diffs. */
export function outputFiles(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(out).sort()) {
    if (name === '.budgetdoc-state.jsonl') continue;
    files[name] = createHash('sha256').update(readFileSync(join(out, name))).digest('hex');
  }
  return files;
}

/** Lines of a JSONL file. */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
