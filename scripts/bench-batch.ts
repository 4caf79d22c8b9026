/**
 * Batch benchmark: the text corpus replicated to a small and a large batch
 * (default 250 and 1000 files) in a temp dir, run through the real CLI
 * (`budgetdoc extract --json`) as a child process. Reports throughput with
 * 1 and 2 workers (on the small batch), peak memory (VmHWM of the CLI
 * process, worker threads included) at both sizes, and the time of a re-run
 * of the large batch that skips everything. Not a test: timings depend on
 * the machine (and on whoever else shares its cores).
 *
 *   node --import tsx scripts/bench-batch.ts [--files 1000] [--small 250] [--workers 1,2] [--json] [--keep]
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');

/** One measured CLI run. */
export interface BatchBenchRun {
  readonly name: string;
  readonly files: number;
  readonly workers: number;
  readonly seconds: number;
  readonly filesPerSecond: number;
  readonly processed: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cells: number;
  readonly peakRssMb: number;
  readonly exitCode: number | null;
}

/**
 * Copy the corpus text files round-robin into `dir` until there are `count`
 * (100 per sub-folder, unique names so ids do not need the duplicate rule).
 * @example await replicateCorpus('/tmp/b/in', 1000)
 */
export async function replicateCorpus(dir: string, count: number): Promise<void> {
  const seeds = (await readdir(join(root, 'corpus'))).filter((name) => name.endsWith('.txt')).sort();
  if (seeds.length === 0) throw new Error('no .txt files in corpus/');
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length] as string;
    const folder = join(dir, `part-${String(Math.floor(index / 100)).padStart(3, '0')}`);
    if (index % 100 === 0) await mkdir(folder, { recursive: true });
    await copyFile(join(root, 'corpus', seed), join(folder, `${String(index).padStart(5, '0')}-${seed}`));
  }
}

/**
 * Run `budgetdoc extract` as a child process, sampling its peak RSS.
 * @example await runCli('2 workers', '/tmp/b/in', '/tmp/b/out', 2, 1000)
 */
export async function runCli(name: string, input: string, out: string, workers: number, files: number): Promise<BatchBenchRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'extract', input, '--out', out, '--workers', String(workers), '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakKb = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
  };
  const timer = setInterval(() => void sample(), 100);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const summaryLine = stdout.split('\n').find((line) => line.includes('"event":"summary"'));
  if (!summaryLine) throw new Error(`${name}: no summary (exit ${exitCode})\n${stderr.slice(-2000)}`);
  const summary = JSON.parse(summaryLine) as { files: { processed: number; skipped: number; failed: number }; cells: number };
  return {
    name,
    files,
    workers,
    seconds,
    filesPerSecond: summary.files.processed / seconds,
    processed: summary.files.processed,
    skipped: summary.files.skipped,
    failed: summary.files.failed,
    cells: summary.cells,
    peakRssMb: Math.round(peakKb / 1024),
    exitCode,
  };
}

/**
 * The batch benchmark: the small batch with each worker count (throughput),
 * the large batch with the most workers (peak memory against the small one),
 * and a re-run of the large batch (skips everything).
 * @example await runBatchBench({ files: 1000, small: 250, workers: [1, 2] })
 */
export async function runBatchBench(options: { files: number; small: number; workers: readonly number[]; keep?: boolean; log?: (line: string) => void }): Promise<BatchBenchRun[]> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'budgetdoc-bench-'));
  const runs: BatchBenchRun[] = [];
  const plural = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;
  const measure = async (name: string, input: string, out: string, workers: number, files: number) => {
    const run = await runCli(name, join(dir, input), join(dir, out), workers, files);
    log(formatRun(run));
    runs.push(run);
  };
  try {
    await replicateCorpus(join(dir, 'small'), options.small);
    await replicateCorpus(join(dir, 'large'), options.files);
    const most = Math.max(...options.workers);
    for (const workers of options.workers) await measure(`${options.small} files, ${plural(workers)}`, 'small', `out-small-${workers}`, workers, options.small);
    await measure(`${options.files} files, ${plural(most)}`, 'large', 'out-large', most, options.files);
    await measure(`${options.files} files, re-run (unchanged)`, 'large', 'out-large', most, options.files);
  } finally {
    if (options.keep) log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
  return runs;
}

/** One line per run. */
export function formatRun(run: BatchBenchRun): string {
  return `${run.name.padEnd(34)} ${run.seconds.toFixed(1).padStart(7)} s  ${run.filesPerSecond.toFixed(2).padStart(7)} files/s  processed ${run.processed}, skipped ${run.skipped}, failed ${run.failed}, cells ${run.cells}  peak RSS ${run.peakRssMb} MB  exit ${run.exitCode}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, small: { type: 'string', default: '250' }, workers: { type: 'string', default: '1,2' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
  const workers = values.workers.split(',').map(Number);
  process.stdout.write(`batch benchmark: ${values.files} text files (corpus replicated), workers ${workers.join(' vs ')}; peak memory at ${values.small} vs ${values.files} files\n`);
  const runs = await runBatchBench({ files: Number(values.files), small: Number(values.small), workers, keep: values.keep, log: values.json ? undefined : (line) => process.stdout.write(`${line}\n`) });
  if (values.json) process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
  const [one, two] = runs;
  if (!values.json && one && two && workers.length >= 2) process.stdout.write(`speed-up ${workers[1]} vs ${workers[0]} workers: ${(two.filesPerSecond / one.filesPerSecond).toFixed(2)}x (${values.small} files)\n`);
  const small = runs[workers.length - 1];
  const large = runs[workers.length];
  if (!values.json && small && large) process.stdout.write(`peak memory: ${small.peakRssMb} MB at ${small.files} files, ${large.peakRssMb} MB at ${large.files} files\n`);
}
