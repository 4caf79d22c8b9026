import type { BatchEvent } from '@budgetdoc/pipeline/batch';
import { formatDuration } from './format-duration.ts';

/** How progress is shown. */
export type ProgressMode = 'bar' | 'lines' | 'json';

/** Options of {@link createProgressReporter}. */
export interface ProgressOptions {
  readonly mode: ProgressMode;
  readonly debug: boolean;
  /** Where the bar and lines go (stderr); JSON goes to `jsonOut` (stdout). */
  readonly err: NodeJS.WritableStream & { columns?: number };
  readonly jsonOut: NodeJS.WritableStream;
  /** Seconds between plain progress lines. */
  readonly lineEverySeconds?: number;
}

/** A progress sink for batch events. */
export interface ProgressReporter {
  readonly onEvent: (event: BatchEvent) => void;
  /** Clear the bar (before the summary is printed). */
  readonly finish: () => void;
  /** Files finished so far and planned. */
  readonly counts: () => { readonly done: number; readonly todo: number };
}

/**
 * Progress for `budgetdoc extract`: a redrawn bar with counts, rate and ETA
 * on a terminal; a plain line every few seconds otherwise; one JSON object
 * per event with `--json`. Failed files are always reported as they happen.
 * @param options mode and streams
 * @returns the event handler and a finisher
 * @example const progress = createProgressReporter({ mode: 'bar', debug: false, err: process.stderr, jsonOut: process.stdout })
 */
export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const { mode, err } = options;
  let todo = 0;
  let done = 0;
  let failed = 0;
  let started = performance.now();
  let lastDraw = 0;
  let barShown = false;
  const lineEvery = (options.lineEverySeconds ?? 5) * 1000;

  const rate = () => done / Math.max((performance.now() - started) / 1000, 1e-3);
  const status = () => {
    const r = rate();
    const eta = done === 0 ? '?' : formatDuration((todo - done) / r);
    return { r, eta, percent: todo === 0 ? 100 : Math.floor((done / todo) * 100) };
  };
  const clearBar = () => {
    if (barShown) err.write('\r\u001b[K');
    barShown = false;
  };
  const drawBar = (force = false) => {
    const now = performance.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const { r, eta, percent } = status();
    const text = ` ${done}/${todo} ${String(percent).padStart(3)}%  failed ${failed}  ${r.toFixed(1)} files/s  ETA ${eta}`;
    const width = Math.max(10, Math.min(40, (err.columns ?? 80) - text.length - 3));
    const filled = todo === 0 ? width : Math.round((done / todo) * width);
    err.write(`\r\u001b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`);
    barShown = true;
  };
  const writeLine = (line: string) => {
    if (mode === 'bar') clearBar();
    err.write(`${line}\n`);
    if (mode === 'bar') drawBar(true);
  };

  // Note: redraw every second in bar mode so elapsed rate and ETA move while a slow file runs.
  let ticker: NodeJS.Timeout | undefined;

  const onEvent = (event: BatchEvent) => {
    if (mode === 'json') {
      if (event.type === 'output') {
        if (options.debug) err.write(event.chunk);
        return;
      }
      options.jsonOut.write(`${JSON.stringify(jsonEvent(event, options.debug))}\n`);
      return;
    }
    switch (event.type) {
      case 'plan':
        todo = event.todo;
        started = performance.now();
        lastDraw = started;
        if (mode === 'bar' && event.todo > 0) ticker = setInterval(() => drawBar(true), 1000).unref();
        writeLine(`budgetdoc extract: ${event.total} files, ${event.todo} to do, ${event.skipped} unchanged${event.ignored ? `, ${event.ignored} ignored (not .pdf/.txt/.md)` : ''}; ${event.workers} worker${event.workers === 1 ? '' : 's'}`);
        break;
      case 'file':
        done++;
        if (!event.ok) {
          failed++;
          writeLine(`failed: ${event.file}: ${event.error?.code ?? 'INTERNAL'}: ${event.error?.message ?? ''}${options.debug && event.stack ? `\n${event.stack}` : ''}`);
        }
        if (mode === 'bar') drawBar(done === todo);
        else if (performance.now() - lastDraw >= lineEvery || done === todo) {
          lastDraw = performance.now();
          const { r, eta, percent } = status();
          err.write(`progress: ${done}/${todo} files (${percent}%), ${failed} failed, ${r.toFixed(1)} files/s, ETA ${eta}\n`);
        }
        break;
      case 'aggregate':
        clearInterval(ticker);
        if (mode === 'bar') clearBar();
        break;
      case 'output':
        if (options.debug) writeLine(event.chunk.replace(/\n$/, ''));
        break;
    }
  };
  const finish = () => {
    clearInterval(ticker);
    if (mode === 'bar') clearBar();
  };
  return { onEvent, finish, counts: () => ({ done, todo }) };
}

/** JSON log line of an event. */
function jsonEvent(event: Exclude<BatchEvent, { type: 'output' }>, debug: boolean): Record<string, unknown> {
  const { type, ...rest } = event;
  if (type === 'file' && !debug && 'stack' in rest) {
    const { stack: _stack, ...withoutStack } = rest;
    return { event: type, ...withoutStack };
  }
  return { event: type, ...rest };
}
