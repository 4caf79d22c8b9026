import { runBatch } from '@budgetdoc/pipeline/batch';
import type { Command } from '../command.ts';
import { formatSummary } from './format-summary.ts';
import { EXTRACT_USAGE, parseExtractArgs } from './parse-extract-args.ts';
import { createProgressReporter } from './progress-reporter.ts';

/** Exit code of a run stopped by Ctrl-C / SIGTERM (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

/**
 * `budgetdoc extract`: run a batch with progress, Ctrl-C handling and a closing summary.
 * @example await extractCommand.run(['corpus', '--out', 'out'])
 */
export const extractCommand: Command = {
  summary: 'extract reports (files, directories, globs) into JSON, CSV and JSONL',
  usage: EXTRACT_USAGE,
  async run(argv) {
    const args = parseExtractArgs(argv);
    const mode = args.json ? 'json' : process.stderr.isTTY ? 'bar' : 'lines';
    const progress = createProgressReporter({ mode, debug: args.debug, err: process.stderr, jsonOut: process.stdout });
    const controller = new AbortController();
    const stop = () => {
      // Note: a second Ctrl-C quits at once; finished files are safe either way.
      if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
      if (mode !== 'json') process.stderr.write('\ninterrupting: stopping workers, keeping finished files (Ctrl-C again to quit now)\n');
      controller.abort();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    try {
      const limits = { ...(args.maxBytes ? { maxBytes: args.maxBytes } : {}), ...(args.maxPages ? { maxPages: args.maxPages } : {}) };
      const summary = await runBatch({
        inputs: args.inputs,
        out: args.out,
        workers: args.workers,
        timeoutMs: args.timeoutMs,
        force: args.force,
        excel: args.excel,
        limits,
        ...(args.workerMemoryMb ? { workerMemoryMb: args.workerMemoryMb } : {}),
        signal: controller.signal,
        onEvent: progress.onEvent,
      });
      progress.finish();
      if (mode === 'json') process.stdout.write(`${JSON.stringify({ event: 'summary', ...summary })}\n`);
      else process.stdout.write(formatSummary(summary));
      if (summary.interrupted) return EXIT_INTERRUPTED;
      return summary.files.failed > 0 ? 1 : 0;
    } finally {
      progress.finish();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};
