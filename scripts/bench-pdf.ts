/**
 * PDF benchmark: pages per second and peak memory of the full PDF pipeline
 * over the corpus PDFs, next to raw pdf.js `getTextContent` over the same
 * pages in the same run. Not a test: timings depend on the machine (and on
 * whoever else shares its cores: the CPU-time figures are the steadier ones).
 *
 * Fairness: all phases read the same files (the page counts are checked to
 * agree), in one process, with the same pdf.js build and options. One
 * unmeasured warm-up pass of every phase comes first (module loading, JIT,
 * CMaps and standard fonts), then `rounds` measured rounds; each round runs
 * every phase once, in an order rotated from round to round, after a full
 * garbage collection. Rates are medians over the rounds; the ratio is the
 * median of the per-round ratios (phases of one round share the machine's
 * load), with the ratio of the medians next to it.
 *
 *   node --import tsx scripts/bench-pdf.ts [--rounds 5] [--json] [dir]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rawTextExtraction, readPdfLines } from '@budgetdoc/extractor';
import { processBytes } from '@budgetdoc/pipeline';

/** One measured run of a phase over all files. */
export interface PdfBenchRun {
  readonly pages: number;
  readonly seconds: number;
  /** CPU seconds (user + system) of this process, GC and zlib helper threads included. */
  readonly cpuSeconds: number;
  /** Highest heap in use while the phase ran (after a full collection before it). */
  readonly peakHeapMb: number;
  /** Highest resident set size of the process while the phase ran (includes what earlier phases left mapped). */
  readonly peakRssMb: number;
  /** Files that failed in this phase (e.g. an unfinished assembler), with the error message. */
  readonly failures: readonly string[];
}

/** One phase: medians over the measured rounds, and the rounds themselves. */
export interface PdfBenchPhase {
  readonly name: string;
  readonly pages: number;
  /** Median wall-clock seconds per round. */
  readonly seconds: number;
  readonly pagesPerSecond: number;
  readonly minPagesPerSecond: number;
  readonly maxPagesPerSecond: number;
  /** Median CPU seconds per round. */
  readonly cpuSeconds: number;
  readonly pagesPerCpuSecond: number;
  /** Highest over all rounds. */
  readonly peakHeapMb: number;
  readonly peakRssMb: number;
  readonly failures: readonly string[];
  readonly runs: readonly PdfBenchRun[];
}

export interface PdfBenchResult {
  readonly files: number;
  readonly pages: number;
  readonly rounds: number;
  readonly phases: readonly PdfBenchPhase[];
  /** Full pipeline rate / raw text rate (wall clock): median of the per-round ratios. */
  readonly ratio: number;
  /** Median pipeline rate / median raw rate (wall clock). */
  readonly ratioOfMedians: number;
  /** The per-round ratio on CPU time (median). */
  readonly cpuRatio: number;
  /** Peak resident set size of the whole benchmark process (kernel high-water mark). */
  readonly processMaxRssMb: number;
}

interface Input {
  readonly file: string;
  readonly bytes: Uint8Array;
}

// A full collection before each phase, so one phase's garbage does not count as the next one's peak or time.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

const mb = (n: number): number => Math.round((n / 1024 / 1024) * 10) / 10;
const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function measure(inputs: readonly Input[], run: (input: Input) => Promise<number>): Promise<PdfBenchRun> {
  collect?.();
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  // Sampling fires between pages (every await yields), which is where memory peaks are visible.
  const timer = setInterval(sample, 2);
  const failures: string[] = [];
  let pages = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const input of inputs) {
    try {
      pages += await run(input);
    } catch (error) {
      failures.push(`${input.file}: ${(error as Error).message.split('\n')[0]}`);
    }
    sample();
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(timer);
  return { pages, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakHeapMb: mb(peakHeap), peakRssMb: mb(peakRss), failures };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function summarize(name: string, runs: readonly PdfBenchRun[]): PdfBenchPhase {
  const pages = runs[0]?.pages ?? 0;
  const rates = runs.map((r) => r.pages / r.seconds);
  const seconds = median(runs.map((r) => r.seconds));
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
  return {
    name,
    pages,
    seconds: round(seconds, 3),
    pagesPerSecond: round(pages / seconds, 1),
    minPagesPerSecond: round(Math.min(...rates), 1),
    maxPagesPerSecond: round(Math.max(...rates), 1),
    cpuSeconds: round(cpuSeconds, 3),
    pagesPerCpuSecond: round(pages / cpuSeconds, 1),
    peakHeapMb: Math.max(...runs.map((r) => r.peakHeapMb)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    failures: [...new Set(runs.flatMap((r) => r.failures))],
    runs,
  };
}

/**
 * Run the benchmark: a warm-up pass of every phase, then `rounds` rounds of
 * every phase over all PDFs (order rotated per round); medians are reported.
 * @param dir directory with the PDFs
 * @param rounds measured rounds per phase
 * @returns per-phase rates and the pipeline/raw ratio
 * @example const { ratio } = await runPdfBench('corpus', 5)
 */
export async function runPdfBench(dir = 'corpus', rounds = 5): Promise<PdfBenchResult> {
  const names = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const inputs: Input[] = [];
  for (const name of names) inputs.push({ file: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  const phases: [string, (input: Input) => Promise<number>][] = [
    ['raw pdf.js getTextContent', async (input) => (await rawTextExtraction(input.bytes)).pages],
    ['pdf → source lines', async (input) => (await readPdfLines(input.bytes)).pages],
    ['full pipeline (extract+normalize+validate)', async (input) => (await processBytes(input.bytes, join(dir, input.file))).source.pages],
  ];
  // Warm-up: module loading, JIT and pdf.js's lazily read resources should count against no phase.
  for (const [, run] of phases) await measure(inputs, run);
  const runs: PdfBenchRun[][] = phases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < phases.length; k++) {
      const p = (r + k) % phases.length;
      const [, run] = phases[p]!;
      runs[p]!.push(await measure(inputs, run));
    }
  }
  const list = phases.map(([name], p) => summarize(name, runs[p]!));
  const raw = list[0]!;
  const fullAt = list[2]?.failures.length === 0 ? 2 : 1;
  const full = list[fullAt]!;
  for (const phase of list) {
    if (phase.failures.length === 0 && phase.pages !== raw.pages) throw new Error(`phase "${phase.name}" read ${phase.pages} pages, raw extraction ${raw.pages}: not the same pages`);
  }
  const perRound = (key: 'seconds' | 'cpuSeconds'): number => median(runs[0]!.map((rawRun, r) => rawRun[key] / runs[fullAt]![r]![key]));
  return {
    files: inputs.length,
    pages: raw.pages,
    rounds,
    phases: list,
    ratio: round(perRound('seconds'), 3),
    ratioOfMedians: round(full.pagesPerSecond / raw.pagesPerSecond, 3),
    cpuRatio: round(perRound('cpuSeconds'), 3),
    processMaxRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
  };
}

/**
 * Human-readable table of a result.
 * @example console.log(formatPdfBench(await runPdfBench()))
 */
export function formatPdfBench(result: PdfBenchResult): string {
  const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;
  const rows = result.phases.map(
    (p) =>
      `${p.name.padEnd(44)} ${p.pagesPerSecond.toFixed(1).padStart(6)} pages/s (${p.minPagesPerSecond.toFixed(1)}–${p.maxPagesPerSecond.toFixed(1)}) ${p.seconds.toFixed(2).padStart(6)} s ${p.pagesPerCpuSecond.toFixed(1).padStart(6)} pages/cpu-s  peak heap ${p.peakHeapMb.toFixed(0).padStart(4)} MB  RSS ${p.peakRssMb.toFixed(0).padStart(4)} MB${p.failures.length ? `  (${p.failures.length} failed: ${p.failures[0]})` : ''}`,
  );
  return [
    `PDF benchmark: ${result.files} files, ${result.pages} pages; 1 warm-up pass, then median of ${result.rounds} rounds (phase order rotated per round)`,
    ...rows,
    `pipeline / raw text rate: ${pct(result.ratio)} wall clock (ratio of medians ${pct(result.ratioOfMedians)}), ${pct(result.cpuRatio)} CPU time (goal ≥ 60 %)`,
    `process peak RSS ${result.processMaxRssMb.toFixed(0)} MB`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds needs a positive integer, got ${args[roundsAt + 1]}`);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'corpus';
  const result = await runPdfBench(dir, rounds);
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(result, null, 2) : formatPdfBench(result)}\n`);
}
