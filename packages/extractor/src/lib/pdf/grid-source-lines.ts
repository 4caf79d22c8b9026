import type { SourceCell, SourceLine } from '../source-line.ts';
import type { RuledGrid } from './find-ruled-grids.ts';
import { joinCellText, roundBox, tokensBox } from './join-cell-text.ts';
import { type AlignedRow, mergeWrappedLabelRows } from './merge-wrapped-label-rows.ts';
import type { PageToken } from './page-token.ts';

const ON_RULE = 1.5;

/** Where a token counts as printed: the middle of its first character, or of its last for right-aligned numbers. */
export function tokenAnchorX(token: PageToken): number {
  const chars = [...token.text].length || 1;
  const charWidth = Math.min((token.x1 - token.x0) / chars, token.fontSize || 10);
  // Note: text that does not fit its cell overflows to the right (left-aligned labels) or to the left (numbers).
  return token.numeric ? token.x1 - charWidth / 2 : token.x0 + charWidth / 2;
}

/** Vertical middle of a token's glyphs. */
export function tokenMidY(token: PageToken): number {
  return (token.top + token.bottom) / 2;
}

/**
 * The column a token belongs to: the one it overlaps most. Text that does not
 * fit spills into a neighbour (labels to the right, numbers to the left,
 * centred headers both ways) but never covers more of it than of its own cell.
 */
function columnOfToken(xs: readonly number[], token: PageToken): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const overlap = Math.min(token.x1, xs[i + 1] as number) - Math.max(token.x0, xs[i] as number);
    if (overlap > bestOverlap + 0.5) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best >= 0 ? best : indexIn(xs, tokenAnchorX(token), false);
}

function indexIn(edges: readonly number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i] as number;
    const b = edges[i + 1] as number;
    if (descending ? v <= a && v >= b : v >= a && v <= b) return i;
  }
  return -1;
}

/** Cells of a grid after merging the ones no rule separates: each has an anchor band/column; `size` counts its grid cells. */
function mergedCells(grid: RuledGrid): { id: (band: number, col: number) => number; spanOf: (id: number) => { b0: number; b1: number; c0: number; c1: number }; size: (id: number) => number } {
  const cols = grid.xs.length - 1;
  const bands = grid.ys.length - 1;
  const parent = Array.from({ length: cols * bands }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  const vAt = (x: number, y: number): boolean => grid.vertical.some((s) => Math.abs(s.x0 - x) <= ON_RULE && s.y0 - ON_RULE <= y && y <= s.y1 + ON_RULE);
  const hAt = (y: number, x: number): boolean => grid.horizontal.some((s) => Math.abs(s.y0 - y) <= ON_RULE && s.x0 - ON_RULE <= x && x <= s.x1 + ON_RULE);
  for (let b = 0; b < bands; b++) {
    const midY = ((grid.ys[b] as number) + (grid.ys[b + 1] as number)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((grid.xs[c] as number) + (grid.xs[c + 1] as number)) / 2;
      if (c + 1 < cols && !vAt(grid.xs[c + 1] as number, midY)) union(b * cols + c, b * cols + c + 1);
      if (b + 1 < bands && !hAt(grid.ys[b + 1] as number, midX)) union(b * cols + c, (b + 1) * cols + c);
    }
  }
  const spans = new Map<number, { b0: number; b1: number; c0: number; c1: number }>();
  const sizes = new Map<number, number>();
  for (let b = 0; b < bands; b++) {
    for (let c = 0; c < cols; c++) {
      const root = find(b * cols + c);
      sizes.set(root, (sizes.get(root) ?? 0) + 1);
      const span = spans.get(root);
      if (!span) spans.set(root, { b0: b, b1: b, c0: c, c1: c });
      else spans.set(root, { b0: Math.min(span.b0, b), b1: Math.max(span.b1, b), c0: Math.min(span.c0, c), c1: Math.max(span.c1, c) });
    }
  }
  return { id: (band, col) => find(band * cols + col), spanOf: (id) => spans.get(id) ?? { b0: 0, b1: 0, c0: 0, c1: 0 }, size: (id) => sizes.get(id) ?? 0 };
}

/** Whether a token lies inside the grid's outer box. */
export function tokenInGrid(token: PageToken, grid: RuledGrid): boolean {
  const x = tokenAnchorX(token);
  const y = tokenMidY(token);
  return x >= grid.x0 - ON_RULE && x <= grid.x1 + ON_RULE && y >= grid.y0 - ON_RULE && y <= grid.y1 + ON_RULE;
}

/**
 * A ruled grid and the tokens inside it → one line per row of the grid, one
 * cell per column (empty cells kept, a merged cell's text in its top-left
 * column). Wrapped text inside a cell is joined. When a ruled band holds
 * several printed rows (bodies ruled only between groups), it is split into
 * one line per text row. A rectangular merged cell over several ruled bands
 * (a label centred beside its items) is printed on its first line; the
 * empty cell at its column on each later line it covers carries its text as
 * `mergedText` (not for bands split into printed rows, whose rows no rule
 * separates).
 * @param grid the ruled grid
 * @param tokens tokens inside the grid
 * @param rowOf text-row index of a token on the page
 * @param page 1-based page number
 * @returns grid-aligned lines, top to bottom
 * @example gridSourceLines(grid, tokens, (t) => rowIndex.get(t) ?? 1, 3)
 */
export function gridSourceLines(grid: RuledGrid, tokens: readonly PageToken[], rowOf: (token: PageToken) => number, page: number): SourceLine[] {
  const cols = grid.xs.length - 1;
  const cells = mergedCells(grid);
  const byCell = new Map<number, PageToken[]>();
  for (const token of tokens) {
    const c = columnOfToken(grid.xs, token);
    const b = indexIn(grid.ys, tokenMidY(token), true);
    if (c < 0 || b < 0) continue;
    const id = cells.id(b, c);
    const list = byCell.get(id) ?? [];
    list.push(token);
    byCell.set(id, list);
  }
  const lines: SourceLine[] = [];
  // Several printed rows in one ruled band: a cell of one band that holds numbers on different rows.
  const stackedBands = new Set<number>();
  for (const [id, list] of byCell) {
    const span = cells.spanOf(id);
    if (span.b0 === span.b1 && new Set(list.filter((t) => t.numeric).map(rowOf)).size > 1) stackedBands.add(span.b0);
  }
  const mergedTextAt = (b: number, c: number): string | undefined => {
    const id = cells.id(b, c);
    const span = cells.spanOf(id);
    const list = byCell.get(id);
    if (span.b0 >= b || span.c0 !== c || !list || list.length === 0) return undefined;
    if (cells.size(id) !== (span.b1 - span.b0 + 1) * (span.c1 - span.c0 + 1)) return undefined;
    for (let k = span.b0; k <= span.b1; k++) if (stackedBands.has(k)) return undefined;
    return joinCellText(list, rowOf);
  };
  for (let b = 0; b + 1 < grid.ys.length; b++) {
    const top = grid.ys[b] as number;
    const bottom = grid.ys[b + 1] as number;
    const anchored = [...byCell.entries()].filter(([id]) => cells.spanOf(id).b0 === b);
    if (anchored.length === 0) continue;
    const stacked = stackedBands.has(b);
    const groups: Map<number, PageToken[]>[] = [];
    if (stacked) {
      const rows = [...new Set(anchored.flatMap(([, list]) => list.map(rowOf)))].sort((x, y) => x - y);
      for (const row of rows) groups.push(new Map(anchored.map(([id, list]) => [id, list.filter((t) => rowOf(t) === row)])));
    } else groups.push(new Map(anchored));
    const bandLines: AlignedRow[] = [];
    for (const group of groups) {
      const sourceCells: SourceCell[] = [];
      const lineTokens: PageToken[] = [];
      for (let c = 0; c < cols; c++) {
        const id = cells.id(b, c);
        const span = cells.spanOf(id);
        const x0 = grid.xs[span.c0] as number;
        const x1 = grid.xs[span.c1 + 1] as number;
        const list = span.c0 === c ? (group.get(id) ?? []) : [];
        lineTokens.push(...list);
        const mergedText = list.length === 0 && !stacked ? mergedTextAt(b, c) : undefined;
        if (list.length === 0) sourceCells.push({ text: '', start: grid.xs[c] as number, end: grid.xs[c + 1] as number, box: roundBox(grid.xs[c] as number, bottom, grid.xs[c + 1] as number, top), ...(mergedText ? { mergedText } : {}) });
        else sourceCells.push({ text: joinCellText(list, rowOf), start: x0, end: x1, box: tokensBox(list) });
      }
      if (lineTokens.length === 0) continue;
      const line: SourceLine = {
        page,
        line: Math.min(...lineTokens.map(rowOf)),
        text: sourceCells.map((cell) => cell.text).filter(Boolean).join(' '),
        cells: sourceCells,
        split: 'pdf',
        ruled: true,
        box: stacked ? tokensBox(lineTokens) : roundBox(grid.xs[0] as number, bottom, grid.xs[cols] as number, top),
      };
      const y = Math.max(...lineTokens.map((t) => t.y));
      bandLines.push({ line, row: { index: line.line, tokens: lineTokens, y, top: Math.max(...lineTokens.map((t) => t.top)), bottom: Math.min(...lineTokens.map((t) => t.bottom)) } });
    }
    // A band split into printed rows may still hold wrapped labels around centred numbers.
    lines.push(...(stacked ? mergeWrappedLabelRows(bandLines) : bandLines.map((b) => b.line)));
  }
  return lines;
}
