import type { SourceLine } from '../source-line.ts';
import { dropPageNumbers } from './drop-page-numbers.ts';
import { findRuledGrids } from './find-ruled-grids.ts';
import { freeTextLines, type FreeRow } from './free-text-lines.ts';
import { gridSourceLines, tokenInGrid, tokenMidY } from './grid-source-lines.ts';
import { groupTextRows } from './group-text-rows.ts';
import { splitTokenAt, type PageToken } from './page-token.ts';
import type { Segment } from './read-graphics.ts';

/** One page's geometry, as the layout step needs it. */
export interface PageLayoutInput {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly tokens: readonly PageToken[];
  /** Ruling segments; empty when the page was judged not to need them. */
  readonly segments: readonly Segment[];
}

/**
 * A page's tokens and rules → source lines in reading order (top to bottom):
 * ruled tables become grid-aligned lines, the rest goes through the
 * alignment-based reader (borderless tables, prose).
 * @param input tokens and segments of one page
 * @returns lines with `line` = text-row index on the page
 * @example pageSourceLines({ page: 1, width: 595, tokens, segments: [] })
 */
export function pageSourceLines(input: PageLayoutInput): SourceLine[] {
  const grids = input.segments.length > 0 ? findRuledGrids(input.segments) : [];
  const inGrid = new Map<PageToken, number>();
  const tokens: PageToken[] = [];
  for (const token of input.tokens) {
    const g = grids.findIndex((grid) => tokenInGrid(token, grid));
    const grid = grids[g];
    if (!grid) {
      tokens.push(token);
      continue;
    }
    const y = tokenMidY(token);
    const rules = grid.vertical.filter((s) => s.y0 <= y && y <= s.y1).map((s) => s.x0);
    for (const piece of splitTokenAt(token, rules)) {
      inGrid.set(piece, g);
      tokens.push(piece);
    }
  }
  const rows = groupTextRows(tokens);
  const rowIndex = new Map<PageToken, number>();
  for (const row of rows) for (const token of row.tokens) rowIndex.set(token, row.index);
  const rowOf = (token: PageToken): number => rowIndex.get(token) ?? 1;
  const ordered: { top: number; line: SourceLine }[] = [];
  grids.forEach((grid, g) => {
    const own = tokens.filter((t) => inGrid.get(t) === g);
    for (const line of gridSourceLines(grid, own, rowOf, input.page)) ordered.push({ top: line.box?.[3] ?? 0, line });
  });
  const free: FreeRow[] = [];
  for (const row of rows) {
    const outside = row.tokens.filter((t) => !inGrid.has(t));
    if (outside.length === 0) continue;
    // The block is the number of grids above the row: borderless runs never cross a ruled table.
    const block = grids.filter((grid) => grid.y0 > row.y).length;
    free.push({ row: { ...row, tokens: outside }, block });
  }
  for (const line of freeTextLines(free, input.width, input.page, rowOf)) ordered.push({ top: line.box?.[3] ?? 0, line });
  const lines = ordered.sort((a, b) => b.top - a.top || a.line.line - b.line.line).map((entry) => entry.line);
  return dropPageNumbers(lines, input.height);
}
