/**
 * PDF benchmark: pages per second and peak memory of the full PDF pipeline
 * over the corpus PDFs, next to raw pdf.js `getTextContent` over the same
 * pages in the same run. Not a test: timings depend on the machine.
 *
 *   node --import tsx scripts/bench-pdf.ts [--rounds 3] [--json] [dir]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rawTextExtraction, readPdfLines } from '@budgetdoc/extractor';
import { processBytes } from '@budgetdoc/pipeline';

/** One measured phase. */
export interface PdfBenchPhase {
  readonly name: string;
  readonly pages: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  /** CPU seconds (user + system) of this process: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly pagesPerCpuSecond: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  /** Files that failed in this phase (e.g. an unfinished assembler), with the error message. */
  readonly failures: readonly string[];
}

export interface PdfBenchResult {
  readonly files: number;
  readonly pages: number;
  readonly phases: readonly PdfBenchPhase[];
  /** Full pipeline rate / raw text rate (wall clock). */
  readonly ratio: number;
  /** The same ratio on CPU time. */
  readonly cpuRatio: number;
}

interface Input {
  readonly file: string;
  readonly bytes: Uint8Array;
}

// A full collection before each phase, so one phase's garbage does not count as the next one's peak.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

async function measure(name: string, inputs: readonly Input[], run: (input: Input) => Promise<number>): Promise<PdfBenchPhase> {
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
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  const mb = (n: number): number => Math.round((n / 1024 / 1024) * 10) / 10;
  return { name, pages, seconds: Math.round(seconds * 1000) / 1000, pagesPerSecond: Math.round((pages / seconds) * 10) / 10, cpuSeconds: Math.round(cpuSeconds * 1000) / 1000, pagesPerCpuSecond: Math.round((pages / cpuSeconds) * 10) / 10, peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), failures };
}

/**
 * Run the benchmark: each phase over all PDFs, `rounds` times, phases
 * interleaved so that warm-up and machine load hit them alike; the best
 * round of each phase is reported.
 * @param dir directory with the PDFs
 * @param rounds rounds per phase
 * @returns per-phase rates and the pipeline/raw ratio
 * @example const { ratio } = await runPdfBench('corpus', 3)
 */
export async function runPdfBench(dir = 'corpus', rounds = 3): Promise<PdfBenchResult> {
  const names = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const inputs: Input[] = [];
  for (const name of names) inputs.push({ file: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  const phases: Record<string, (input: Input) => Promise<number>> = {
    'raw pdf.js getTextContent': async (input) => (await rawTextExtraction(input.bytes)).pages,
    'pdf → source lines': async (input) => (await readPdfLines(input.bytes)).pages,
    'full pipeline (extract+normalize+validate)': async (input) => (await processBytes(input.bytes, join(dir, input.file))).source.pages,
  };
  const best = new Map<string, PdfBenchPhase>();
  // Warm-up: module loading and JIT should not count against the first phase.
  for (const input of inputs.slice(0, 1)) await rawTextExtraction(input.bytes);
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(phases)) {
      const phase = await measure(name, inputs, run);
      const prior = best.get(name);
      const wall = !prior || phase.pagesPerSecond > prior.pagesPerSecond ? phase : prior;
      const cpu = !prior || phase.pagesPerCpuSecond > prior.pagesPerCpuSecond ? phase : prior;
      best.set(name, { ...wall, cpuSeconds: cpu.cpuSeconds, pagesPerCpuSecond: cpu.pagesPerCpuSecond, peakRssMb: Math.max(phase.peakRssMb, prior?.peakRssMb ?? 0), peakHeapMb: Math.max(phase.peakHeapMb, prior?.peakHeapMb ?? 0) });
    }
  }
  const list = [...best.values()];
  const raw = list[0]?.pagesPerSecond ?? 0;
  const full = list[2]?.failures.length === 0 ? list[2] : list[1];
  const pages = list[0]?.pages ?? 0;
  const rawCpu = list[0]?.pagesPerCpuSecond ?? 0;
  return {
    files: inputs.length,
    pages,
    phases: list,
    ratio: raw > 0 ? Math.round(((full?.pagesPerSecond ?? 0) / raw) * 100) / 100 : 0,
    cpuRatio: rawCpu > 0 ? Math.round(((full?.pagesPerCpuSecond ?? 0) / rawCpu) * 100) / 100 : 0,
  };
}

/**
 * Human-readable table of a result.
 * @example console.log(formatPdfBench(await runPdfBench()))
 */
export function formatPdfBench(result: PdfBenchResult): string {
  const rows = result.phases.map((p) => `${p.name.padEnd(44)} ${String(p.pages).padStart(5)} pages ${p.seconds.toFixed(2).padStart(7)} s ${p.pagesPerSecond.toFixed(1).padStart(7)} pages/s ${p.pagesPerCpuSecond.toFixed(1).padStart(6)} pages/cpu-s  peak RSS ${p.peakRssMb.toFixed(0).padStart(4)} MB  heap ${p.peakHeapMb.toFixed(0).padStart(4)} MB${p.failures.length ? `  (${p.failures.length} failed: ${p.failures[0]})` : ''}`);
  return [`PDF benchmark: ${result.files} files, ${result.pages} pages`, ...rows, `pipeline / raw text rate: ${(result.ratio * 100).toFixed(0)} % wall clock, ${(result.cpuRatio * 100).toFixed(0)} % CPU time (goal ≥ 60 %)`].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'corpus';
  const result = await runPdfBench(dir, rounds);
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(result, null, 2) : formatPdfBench(result)}\n`);
}
