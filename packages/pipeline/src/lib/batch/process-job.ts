import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ErrorRecord } from '@budgetdoc/schema';
import { cellRecords } from '../flatten.ts';
import { type InputLimits, resolveLimits } from '../input/input-limits.ts';
import { readBytes } from '../input/read-input.ts';
import { toErrorRecord } from '../input/to-error-record.ts';
import { processBytes } from '../process-file.ts';
import type { ReportSummary } from './run-state.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** One input to process, as sent to a worker. */
export interface Job {
  readonly path: string;
  readonly file: string;
  readonly id: string;
  readonly outDir: string;
  readonly limits?: Partial<InputLimits>;
}

/** What became of a job. `sha256` is null when the file could not be read. */
export type JobOutcome =
  | { readonly ok: true; readonly sha256: string; readonly summary: ReportSummary; readonly ms: number }
  | { readonly ok: false; readonly sha256: string | null; readonly error: ErrorRecord; readonly ms: number; readonly stack?: string };

/**
 * Process one input and write `out/<id>.json` atomically. Never throws:
 * failures come back as an ErrorRecord.
 * @param job input, id and output folder
 * @returns counts of the written report, or why there is none
 * @example await processJob({ path: '/c/a.txt', file: 'c/a.txt', id: 'a', outDir: 'out' })
 */
export async function processJob(job: Job): Promise<JobOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let sha256: string | null = null;
  try {
    const bytes = await readBytes(job.path, resolveLimits(job.limits).maxBytes);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    const report = await processBytes(bytes, job.file, { id: job.id, ...(job.limits ? { limits: job.limits } : {}) });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    try {
      await writeFileAtomic(join(job.outDir, `${job.id}.json`), json);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, sha256, error: { file: job.file, code: 'INTERNAL', stage: 'write', message: `cannot write the report: ${message}` }, ms: elapsed() };
    }
    const summary = { pages: report.source.pages, tables: report.tables.length, cells: cellRecords(report).length, findings: report.findings.length };
    return { ok: true, sha256, summary, ms: elapsed() };
  } catch (error) {
    const stack = error instanceof Error ? (deepestStack(error) ?? undefined) : undefined;
    return { ok: false, sha256, error: toErrorRecord(error, job.file), ms: elapsed(), ...(stack ? { stack } : {}) };
  }
}

/** Stack of the root cause, for `--debug`. */
function deepestStack(error: Error): string | null {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? (current.stack ?? null) : null;
}
