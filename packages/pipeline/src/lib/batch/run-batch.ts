import { createHash } from 'node:crypto';
import { access, mkdir, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ErrorRecord } from '@budgetdoc/schema';
import pLimit from 'p-limit';
import { ERRORS_FILE, writeAggregates } from './aggregate-outputs.ts';
import { assignReportIds, type IdentifiedInput } from './assign-report-ids.ts';
import type { BatchEvent, BatchOptions, BatchSummary } from './batch-types.ts';
import { expandInputs } from './expand-inputs.ts';
import { type Flattener, loadFlatteners } from './load-flatteners.ts';
import { planInput } from './plan-inputs.ts';
import type { Job, JobOutcome } from './process-job.ts';
import { RunState, type StateEntry } from './run-state.ts';
import { SCHEMA_VERSION, TOOL_VERSION } from './tool-version.ts';
import { WorkerPool } from './worker-pool.ts';
import { removeTempFiles } from './write-file-atomic.ts';

const WORKER_SCRIPT = new URL('./extract-worker.ts', import.meta.url);
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Run `budgetdoc extract` on a batch: expand the inputs, skip those
 * unchanged since the last run, process the rest on worker threads (each
 * writes `out/<id>.json` atomically and the run state is journaled as files
 * finish), then write the aggregate CSV/JSONL and `errors.jsonl` by
 * streaming over the per-report files in report-id order. Outputs do not
 * depend on the number of workers or the order of the inputs.
 * @param options inputs, output folder, workers, time limit, …
 * @returns counts and timing
 * @example const summary = await runBatch({ inputs: ['corpus'], out: 'out' })
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const emit = (event: BatchEvent) => options.onEvent?.(event);
  const expanded = await expandInputs(options.inputs);
  const inputs = assignReportIds(expanded.files);
  await mkdir(options.out, { recursive: true });
  await removeTempFiles(options.out);
  const state = RunState.open(options.out);
  try {
    const versions = { tool: TOOL_VERSION, schema: SCHEMA_VERSION };
    const todo: IdentifiedInput[] = [];
    for (const input of inputs) {
      const plan = options.force ? ({ todo: true, input } as const) : await planInput(input, state, options.out, versions);
      if (plan.todo) todo.push(input);
    }
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), todo.length || 1));
    emit({ type: 'plan', total: inputs.length + expanded.missing.length, todo: todo.length, skipped: inputs.length - todo.length, ignored: expanded.ignored, missing: expanded.missing.length, workers });

    let pages = 0;
    let processed = 0;
    const processStarted = performance.now();
    const interrupted = await processAll(todo, { ...options, workers }, async (input, outcome, before) => {
      const entry = await recordOutcome(state, input, outcome, before, options.out, versions);
      processed++;
      if (entry.outcome === 'ok') pages += entry.summary?.pages ?? 0;
      emit({ type: 'file', file: input.file, id: input.id, ok: outcome.ok, pages: outcome.ok ? outcome.summary.pages : 0, ms: outcome.ms, ...(outcome.ok ? {} : { error: outcome.error, ...(outcome.stack ? { stack: outcome.stack } : {}) }) });
    });
    const processSeconds = (performance.now() - processStarted) / 1000;

    const byId = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const entries = byId.map((input) => state.get(input.path)).filter((entry): entry is StateEntry => entry !== undefined);
    const okIds = entries.filter((entry) => entry.outcome === 'ok').map((entry) => entry.id);
    const errors = [...expanded.missing, ...entries.flatMap((entry) => (entry.error ? [entry.error] : []))].sort(compareErrors);
    let unreadable = 0;
    if (!interrupted) {
      const flatteners = await loadFlatteners();
      const fingerprint = aggregateFingerprint(entries, expanded.missing, flatteners, options.excel ?? false);
      // Note: reuse only when nothing was redone: a --force run after a code change must rewrite them.
      const reused = todo.length === 0 && state.aggregate === fingerprint && (await outputsExist(options.out, flatteners));
      if (!reused) {
        const totals = await writeAggregates(options.out, okIds, errors, flatteners, { excel: options.excel ?? false });
        unreadable = totals.unreadable;
        // Note: a report that vanished from the folder must not make the next run trust these aggregates.
        if (unreadable === 0) state.recordAggregate(fingerprint);
      }
      emit({ type: 'aggregate', reports: okIds.length - unreadable, reused });
    }
    await state.compact();

    const sum = (key: 'tables' | 'cells' | 'findings') => entries.reduce((n, entry) => n + (entry.summary?.[key] ?? 0), 0);
    const failed = errors.length + unreadable;
    return {
      out: options.out,
      files: { total: inputs.length + expanded.missing.length, ok: okIds.length - unreadable, failed, skipped: inputs.length - todo.length, processed, ignored: expanded.ignored },
      tables: sum('tables'),
      cells: sum('cells'),
      findings: sum('findings'),
      pages,
      seconds: (performance.now() - started) / 1000,
      pagesPerSecond: processSeconds > 0 ? pages / processSeconds : 0,
      filesPerSecond: processSeconds > 0 ? processed / processSeconds : 0,
      interrupted,
    };
  } finally {
    state.close();
  }
}

/**
 * Process inputs on a worker pool, at most `workers` in flight (p-limit);
 * returns true when aborted.
 */
async function processAll(todo: readonly IdentifiedInput[], options: BatchOptions & { readonly workers: number }, done: (input: IdentifiedInput, outcome: JobOutcome, before: FileStamp) => Promise<void>): Promise<boolean> {
  if (todo.length === 0) return options.signal?.aborted ?? false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pool = new WorkerPool<Job, JobOutcome>({
    script: WORKER_SCRIPT,
    size: options.workers,
    timeoutMs,
    onTimeout: (job) => ({ ok: false, sha256: null, ms: timeoutMs, error: { file: job.file, code: 'TIMEOUT', stage: 'extract', message: `processing took longer than the time limit (${timeoutMs / 1000} s); the file was abandoned` } }),
    onCrash: (job, error) => ({ ok: false, sha256: null, ms: 0, error: crashRecord(job.file, error) }),
    onOutput: (chunk) => options.onEvent?.({ type: 'output', chunk }),
    ...(options.workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb } } : {}),
  });
  const limit = pLimit(options.workers);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const onAbort = () => void pool.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (const input of todo) {
      if (options.signal?.aborted || failure !== undefined) break;
      const job: Job = { path: input.path, file: input.file, id: input.id, outDir: options.out, ...(options.limits ? { limits: options.limits } : {}) };
      const task = limit(async () => {
        if (options.signal?.aborted) return;
        // Note: stamp before reading, so a file changed while processed never looks unchanged next time.
        const before = await stampOf(input.path);
        const outcome = await pool.run(job);
        if (!options.signal?.aborted) await done(input, outcome, before);
      }).catch((error: unknown) => {
        if (!options.signal?.aborted) failure ??= error;
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      // Keep the queue short: only a few jobs wait beyond those running.
      if (inFlight.size >= options.workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await pool.close();
  }
  if (failure !== undefined) throw failure;
  return options.signal?.aborted ?? false;
}

/** Journal one finished input; a failed input loses any report left from an earlier run. */
async function recordOutcome(state: RunState, input: IdentifiedInput, outcome: JobOutcome, stamp: FileStamp, outDir: string, versions: { tool: string; schema: string }): Promise<StateEntry> {
  const base = { kind: 'input', input: input.path, file: input.file, id: input.id, ...stamp, sha256: outcome.sha256, ...versions } as const;
  const entry: StateEntry = outcome.ok ? { ...base, outcome: 'ok', summary: outcome.summary } : { ...base, outcome: 'failed', error: outcome.error };
  if (!outcome.ok) await rm(join(outDir, `${input.id}.json`), { force: true });
  state.record(entry);
  return entry;
}

/** Size and mtime of an input when it was sent; -1 when it cannot be stat'ed (never matches, so the next run looks again). */
interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

async function stampOf(path: string): Promise<FileStamp> {
  const info = await stat(path).catch(() => undefined);
  return info ? { size: info.size, mtimeMs: info.mtimeMs } : { size: -1, mtimeMs: -1 };
}

function crashRecord(file: string, error: Error): ErrorRecord {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { file, code: 'INPUT_TOO_COMPLEX', stage: 'extract', message: 'processing ran out of memory (worker heap limit); the file was abandoned' };
  }
  return { file, code: 'INTERNAL', stage: 'extract', message: `internal error (please report): the worker died: ${error.message}` };
}

function compareErrors(a: ErrorRecord, b: ErrorRecord): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Identity of the aggregate outputs: same fingerprint, same bytes. */
function aggregateFingerprint(entries: readonly StateEntry[], missing: readonly ErrorRecord[], flatteners: readonly Flattener[], excel: boolean): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ tool: TOOL_VERSION, schema: SCHEMA_VERSION, excel, outputs: flatteners.map((f) => [f.name, f.header]) }));
  for (const entry of entries) hash.update(`\n${entry.id}\t${entry.file}\t${entry.sha256}\t${entry.outcome}\t${JSON.stringify(entry.error ?? null)}`);
  for (const record of missing) hash.update(`\n${JSON.stringify(record)}`);
  return hash.digest('hex');
}

async function outputsExist(outDir: string, flatteners: readonly Flattener[]): Promise<boolean> {
  const names = [ERRORS_FILE, ...flatteners.flatMap((f) => [`${f.name}.csv`, `${f.name}.jsonl`])];
  const found = await Promise.all(names.map((name) => access(join(outDir, name)).then(() => true, () => false)));
  return found.every(Boolean);
}
