import type { PageToken } from './page-token.ts';

/** Tokens sharing a baseline, left to right. */
export interface TextRow {
  /** 1-based index of the row on the page, top to bottom. */
  readonly index: number;
  readonly tokens: readonly PageToken[];
  readonly y: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Group tokens into text rows by baseline. Two tokens share a row when their
 * baselines differ by less than 40 % of the smaller font size: sub-point
 * jitter between runs of one line is common, a real next line is a full
 * line height away.
 * @param tokens tokens of one page
 * @returns rows top to bottom, tokens left to right
 * @example groupTextRows(tokens)[0]?.tokens.map((t) => t.text)
 */
export function groupTextRows(tokens: readonly PageToken[]): TextRow[] {
  const sorted = [...tokens].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: PageToken[][] = [];
  let current: PageToken[] = [];
  let rowY = Number.NaN;
  let rowFont = 0;
  for (const token of sorted) {
    if (current.length > 0 && Math.abs(rowY - token.y) <= 0.4 * Math.min(rowFont, token.fontSize || rowFont)) {
      current.push(token);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [token];
    rowY = token.y;
    rowFont = token.fontSize || 10;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => {
    const row = group.sort((a, b) => a.x0 - b.x0);
    return { index: i + 1, tokens: row, y: row[0]?.y ?? 0, top: Math.max(...row.map((t) => t.top)), bottom: Math.min(...row.map((t) => t.bottom)) };
  });
}
