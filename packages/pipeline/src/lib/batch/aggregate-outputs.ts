import { type FileHandle, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorRecord, Report } from '@budgetdoc/schema';
import { csvLine } from '../csv.ts';
import type { Flattener, FlatRecord } from './load-flatteners.ts';
import { tempPathFor } from './write-file-atomic.ts';

/** Name of the per-batch error list. */
export const ERRORS_FILE = 'errors.jsonl';

/** Options of {@link writeAggregates}. */
export interface AggregateOptions {
  /** CSV for Excel: UTF-8 BOM and CRLF line ends (JSONL files are unaffected). */
  readonly excel?: boolean;
}

/** Totals over the reports aggregated. */
export interface AggregateTotals {
  readonly reports: number;
  /** Records per flattener name (cells, tables, findings, …). */
  readonly records: Readonly<Record<string, number>>;
  /** Reports listed as ok whose JSON could not be read back (recorded as errors). */
  readonly unreadable: number;
}

/** A temporary output file, renamed into place when complete. */
interface PendingFile {
  readonly path: string;
  readonly temp: string;
  readonly handle: FileHandle;
}

/**
 * Write the aggregate outputs from the per-report files, one report at a
 * time (memory stays bounded by the largest report): `<name>.csv` and
 * `<name>.jsonl` per flattener, and `errors.jsonl`. Every file is written
 * under a temporary name and renamed at the end, so a run killed while
 * aggregating leaves the previous outputs whole.
 * @param outDir output folder holding `<id>.json`
 * @param reportIds ids of the reports to aggregate, in output order
 * @param errors error records, in output order
 * @param flatteners outputs to write
 * @param options Excel-friendly CSV
 * @returns record counts
 * @example await writeAggregates('out', ['a', 'b'], [], await loadFlatteners())
 */
export async function writeAggregates(outDir: string, reportIds: Iterable<string>, errors: readonly ErrorRecord[], flatteners: readonly Flattener[], options: AggregateOptions = {}): Promise<AggregateTotals> {
  const eol = options.excel ? '\r\n' : '\n';
  const pending: PendingFile[] = [];
  const create = async (name: string, first: string): Promise<FileHandle> => {
    const path = join(outDir, name);
    const temp = tempPathFor(path);
    const handle = await open(temp, 'w');
    pending.push({ path, temp, handle });
    if (first) await handle.write(first);
    return handle;
  };
  try {
    const outputs = [];
    for (const flattener of flatteners) {
      const csv = await create(`${flattener.name}.csv`, `${options.excel ? '\uFEFF' : ''}${csvLine(flattener.header)}${eol}`);
      const jsonl = await create(`${flattener.name}.jsonl`, '');
      outputs.push({ flattener, csv, jsonl });
    }
    const counts: Record<string, number> = Object.fromEntries(flatteners.map((f) => [f.name, 0]));
    const readErrors: ErrorRecord[] = [];
    let reports = 0;
    for (const id of reportIds) {
      const report = await readReport(join(outDir, `${id}.json`));
      if (!report) {
        readErrors.push({ file: `${id}.json`, code: 'INTERNAL', stage: 'write', message: 'report file is missing or unreadable in the output folder; run again to redo it' });
        continue;
      }
      reports++;
      for (const { flattener, csv, jsonl } of outputs) {
        const records = flattener.records(report);
        counts[flattener.name] = (counts[flattener.name] ?? 0) + records.length;
        if (records.length === 0) continue;
        await csv.write(records.map((record) => `${csvLine(flattener.header.map((key) => csvField(record, key)))}${eol}`).join(''));
        await jsonl.write(records.map((record) => `${JSON.stringify(ordered(record, flattener.header))}\n`).join(''));
      }
    }
    const errorsFile = await create(ERRORS_FILE, '');
    await errorsFile.write([...errors, ...readErrors].map((record) => `${JSON.stringify({ file: record.file, code: record.code, stage: record.stage, message: record.message })}\n`).join(''));
    for (const file of pending) {
      await file.handle.sync();
      await file.handle.close();
    }
    for (const file of pending) await rename(file.temp, file.path);
    return { reports, records: counts, unreadable: readErrors.length };
  } catch (error) {
    await Promise.all(pending.map(async (file) => {
      await file.handle.close().catch(() => undefined);
      await rm(file.temp, { force: true });
    }));
    throw error;
  }
}

async function readReport(path: string): Promise<Report | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Report;
  } catch {
    return undefined;
  }
}

function csvField(record: FlatRecord, key: string): string | number {
  const value = record[key];
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The record with its keys in header order (stable JSONL). */
function ordered(record: FlatRecord, header: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(header.map((key) => [key, record[key] ?? null]));
}
