import { chunkTextRow } from './chunk-text-row.ts';
import type { TextRow } from './group-text-rows.ts';

/**
 * Whether a page's text looks tabular enough to be worth reading its ruling
 * lines (the operator list costs about half as much again as the text).
 * Prose pages are skipped: a row of prose is one chunk, and its numbers sit
 * inside sentences, not in a chunk of their own.
 * @param rows the page's text rows
 * @returns true when two rows have three or more cells, or a separate numeric cell
 * @example needsRules(groupTextRows(tokens))
 */
export function needsRules(rows: readonly TextRow[]): boolean {
  let wide = 0;
  let numeric = 0;
  for (const row of rows) {
    const chunks = chunkTextRow(row.tokens);
    if (chunks.length >= 3) wide++;
    if (chunks.length >= 2 && chunks.some((c) => c.numeric)) numeric++;
    if (wide >= 2 || numeric >= 2) return true;
  }
  return false;
}
