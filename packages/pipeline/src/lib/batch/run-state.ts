import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorRecord } from '@budgetdoc/schema';
import { writeFileAtomic } from './write-file-atomic.ts';

/** Name of the run-state journal in the output folder. */
export const STATE_FILE = '.budgetdoc-state.jsonl';

/** Counts of one report, kept in the state so a re-run can sum them without reading the report. */
export interface ReportSummary {
  readonly pages: number;
  readonly tables: number;
  readonly cells: number;
  readonly findings: number;
}

/** What the last run did with one input. */
export interface StateEntry {
  readonly kind: 'input';
  /** Absolute input path: the key. */
  readonly input: string;
  readonly file: string;
  readonly id: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Content hash; null when the file could not be read. */
  readonly sha256: string | null;
  readonly tool: string;
  readonly schema: string;
  readonly outcome: 'ok' | 'failed';
  readonly summary?: ReportSummary;
  readonly error?: ErrorRecord;
}

interface AggregateLine {
  readonly kind: 'aggregate';
  readonly fingerprint: string;
}

/**
 * The run state of an output folder: an append-only JSONL journal (one line
 * per finished input, written as soon as the input is done, so `kill -9`
 * loses at most the files in flight) that is compacted to one line per input
 * at the end of a run. A torn last line is ignored on load.
 * @example const state = RunState.open('out'); state.record(entry); await state.compact(); state.close();
 */
export class RunState {
  readonly #path: string;
  readonly #entries = new Map<string, StateEntry>();
  #aggregate: string | undefined;
  #fd: number;

  private constructor(path: string) {
    this.#path = path;
    const torn = this.#load();
    this.#fd = openSync(path, 'a');
    // Note: end a torn last line so the next append starts on a line of its own.
    if (torn) writeSync(this.#fd, '\n');
  }

  /**
   * Load (or create) the state of an output folder.
   * @param outDir output folder (must exist)
   * @returns the open state
   */
  static open(outDir: string): RunState {
    return new RunState(join(outDir, STATE_FILE));
  }

  /** Last recorded entry of an input (absolute path). */
  get(input: string): StateEntry | undefined {
    return this.#entries.get(input);
  }

  /** Fingerprint of the aggregate files as last written. */
  get aggregate(): string | undefined {
    return this.#aggregate;
  }

  /** Append one finished input to the journal. */
  record(entry: StateEntry): void {
    this.#entries.set(entry.input, entry);
    this.#append(entry);
  }

  /** Record that the aggregates were written for `fingerprint`. */
  recordAggregate(fingerprint: string): void {
    this.#aggregate = fingerprint;
    this.#append({ kind: 'aggregate', fingerprint } satisfies AggregateLine);
  }

  /** Rewrite the journal as one line per input (sorted), atomically. */
  async compact(): Promise<void> {
    const lines = [...this.#entries.values()].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0)).map((entry) => JSON.stringify(entry));
    if (this.#aggregate) lines.push(JSON.stringify({ kind: 'aggregate', fingerprint: this.#aggregate } satisfies AggregateLine));
    closeSync(this.#fd);
    await writeFileAtomic(this.#path, lines.map((line) => `${line}\n`).join(''));
    this.#fd = openSync(this.#path, 'a');
  }

  /** Close the journal. */
  close(): void {
    closeSync(this.#fd);
  }

  #append(line: StateEntry | AggregateLine): void {
    writeSync(this.#fd, `${JSON.stringify(line)}\n`);
  }

  /** Load the journal; returns whether it ends in a torn line. */
  #load(): boolean {
    let text: string;
    try {
      text = readFileSync(this.#path, 'utf8');
    } catch {
      return false;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      let parsed: StateEntry | AggregateLine;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue; // Note: a line torn by kill -9 or power loss; that input is simply redone.
      }
      if (parsed.kind === 'input') this.#entries.set(parsed.input, parsed);
      else if (parsed.kind === 'aggregate') this.#aggregate = parsed.fingerprint;
    }
    return text.length > 0 && !text.endsWith('\n');
  }
}
