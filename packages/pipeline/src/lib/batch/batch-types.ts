import type { ErrorRecord } from '@budgetdoc/schema';
import type { InputLimits } from '../input/input-limits.ts';

/** Options of `runBatch`. */
export interface BatchOptions {
  /** Files, directories (walked recursively) and globs. */
  readonly inputs: readonly string[];
  /** Output folder. */
  readonly out: string;
  /** Worker threads (default: available cores). */
  readonly workers?: number;
  /** Time limit per file in milliseconds (default 120 000). */
  readonly timeoutMs?: number;
  /** Redo every input, even unchanged ones. */
  readonly force?: boolean;
  /** CSV with a UTF-8 BOM and CRLF, for Excel. */
  readonly excel?: boolean;
  /** Input limits passed to every worker. */
  readonly limits?: Partial<InputLimits>;
  /** Heap limit per worker in MiB (a worker over it fails its file and is replaced). */
  readonly workerMemoryMb?: number;
  /** Abort: stop dispatching, terminate workers, keep what is done. */
  readonly signal?: AbortSignal;
  /** Progress events. */
  readonly onEvent?: (event: BatchEvent) => void;
}

/** Progress of a batch, for progress bars and JSON logs. */
export type BatchEvent =
  | { readonly type: 'plan'; readonly total: number; readonly todo: number; readonly skipped: number; readonly ignored: number; readonly missing: number; readonly workers: number }
  | { readonly type: 'file'; readonly file: string; readonly id: string; readonly ok: boolean; readonly error?: ErrorRecord; readonly pages: number; readonly ms: number; readonly stack?: string }
  | { readonly type: 'aggregate'; readonly reports: number; readonly reused: boolean }
  | { readonly type: 'output'; readonly chunk: string };

/** What a batch run did. */
export interface BatchSummary {
  readonly out: string;
  readonly files: {
    /** Inputs of the batch (including names that matched nothing). */
    readonly total: number;
    /** Inputs with a report. */
    readonly ok: number;
    /** Inputs without one (listed in errors.jsonl). */
    readonly failed: number;
    /** Inputs not redone because they are unchanged since the last run. */
    readonly skipped: number;
    /** Inputs processed in this run. */
    readonly processed: number;
    /** Files in input directories skipped for their extension. */
    readonly ignored: number;
  };
  /** Totals over every report of the batch. */
  readonly tables: number;
  readonly cells: number;
  readonly findings: number;
  /** Pages processed in this run, and time spent. */
  readonly pages: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  readonly filesPerSecond: number;
  /** True when the run was aborted before finishing; aggregates were not rewritten. */
  readonly interrupted: boolean;
}
