import { join } from 'node:path';
import type { BatchSummary } from '@budgetdoc/pipeline/batch';
import { formatDuration } from './format-duration.ts';

/**
 * The closing summary of `budgetdoc extract`, for people.
 * @param summary what the batch did
 * @returns lines ending in a newline
 * @example process.stdout.write(formatSummary(summary))
 */
export function formatSummary(summary: BatchSummary): string {
  const { files } = summary;
  const lines = [
    `${summary.interrupted ? 'interrupted' : 'done'}: ${files.total} files: ${files.ok} ok, ${files.failed} failed, ${files.skipped} skipped (unchanged)${files.ignored ? `, ${files.ignored} ignored` : ''}; ${files.processed} processed in ${formatDuration(summary.seconds)}`,
    `  reports: ${summary.tables} tables, ${summary.cells} cells, ${summary.findings} findings`,
    `  speed: ${summary.filesPerSecond.toFixed(1)} files/s, ${summary.pagesPerSecond.toFixed(1)} pages/s (${summary.pages} pages processed)`,
  ];
  if (summary.interrupted) lines.push('  run the same command again to finish: unchanged finished files are skipped');
  else lines.push(`  output: ${summary.out}${summary.out.endsWith('/') ? '' : '/'} (<id>.json per report; *.csv and *.jsonl for the batch)`);
  if (files.failed > 0) lines.push(`  ${files.failed} failed file${files.failed === 1 ? ' is' : 's are'} listed in ${join(summary.out, 'errors.jsonl')}`);
  return `${lines.join('\n')}\n`;
}
