import type { SourceCell, SourceLine } from '../source-line.ts';
import { borderlessColumns, type ColumnSpan as Column } from './borderless-columns.ts';
import { chunkTextRow, type RowChunk } from './chunk-text-row.ts';
import type { TextRow } from './group-text-rows.ts';
import { type AlignedRow, mergeWrappedLabelRows } from './merge-wrapped-label-rows.ts';
import { joinWrappedTitles, type PlainRow } from './join-wrapped-titles.ts';
import { joinCellText, roundBox, tokensBox } from './join-cell-text.ts';
import { splitTokenAt, type PageToken } from './page-token.ts';
import { xOverlap } from './x-overlap.ts';

/** A text row outside any ruled grid, with its chunks and the block (space between grids) it lies in. */
export interface FreeRow {
  readonly row: TextRow;
  readonly block: number;
}

/** A line wider than this share of the text width and unbroken is prose, which ends a borderless table. */
const PROSE_WIDTH = 0.45;
/** A chunk that reads as part of a sentence: sentence punctuation after some text. */
const SENTENCE = /[^\s]{4,}[，。；！？]|[，。；！？][^\s]{4,}/;

function columnOf(columns: readonly Column[], x: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  columns.forEach((col, i) => {
    const d = x < col.x0 ? col.x0 - x : x > col.x1 ? x - col.x1 : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

function touchingRuns(tokens: readonly PageToken[]): PageToken[][] {
  const runs: PageToken[][] = [];
  for (const token of tokens) {
    const last = runs.at(-1);
    const prev = last?.at(-1);
    if (last && prev && token.x0 - prev.x1 < 0.3 * (Math.min(prev.fontSize, token.fontSize) || 10)) last.push(token);
    else runs.push([token]);
  }
  return runs;
}

function columnOfToken(columns: readonly Column[], token: PageToken): number {
  let best = -1;
  let bestOverlap = 0;
  columns.forEach((col, i) => {
    const overlap = xOverlap(token, col);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = i;
    }
  });
  return best >= 0 ? best : columnOf(columns, (token.x0 + token.x1) / 2);
}

function plainLine(row: TextRow, chunks: readonly RowChunk[], page: number, rowOf: (t: PageToken) => number): SourceLine {
  const cells: SourceCell[] = chunks.map((chunk) => ({ text: joinCellText(chunk.tokens, rowOf), start: chunk.x0, end: chunk.x1, box: tokensBox(chunk.tokens) }));
  return { page, line: row.index, text: cells.map((c) => c.text).join(' '), cells, split: cells.length > 1 ? 'pdf' : 'none', box: tokensBox(row.tokens) };
}

function alignedLine(row: TextRow, chunks: readonly RowChunk[], columns: readonly Column[], page: number, rowOf: (t: PageToken) => number): SourceLine {
  const perColumn = columns.map(() => [] as PageToken[]);
  // Runs of touching tokens (one word split by a font change) go to one column together.
  // pdf.js joins the texts of two touching cells into one run with a space: cut it between the columns it straddles.
  const gaps = columns.slice(1).map((col, i) => ((columns[i] as Column).x1 + col.x0) / 2);
  const cut = (token: PageToken): PageToken[] => (columns.filter((col) => xOverlap(col, token) > 0).length > 1 ? splitTokenAt(token, gaps) : [token]);
  for (const piece of chunks.flatMap((c) => touchingRuns(c.tokens.flatMap(cut)))) {
    const box = { ...(piece[0] as PageToken), x0: Math.min(...piece.map((t) => t.x0)), x1: Math.max(...piece.map((t) => t.x1)) };
    // A spanning header word sits at the first column of its span, wherever its centre falls.
    const headed = columns.findIndex((col) => piece.some((t) => col.heads?.includes(t)));
    perColumn[headed >= 0 ? headed : columnOfToken(columns, box)]?.push(...piece);
  }
  const cells: SourceCell[] = columns.map((col, i) => {
    const tokens = perColumn[i] ?? [];
    if (tokens.length === 0) return { text: '', start: col.x0, end: col.x1, box: roundBox(col.x0, row.bottom, col.x1, row.top) };
    return { text: joinCellText(tokens, rowOf), start: col.x0, end: col.x1, box: tokensBox(tokens) };
  });
  return { page, line: row.index, text: cells.map((c) => c.text).filter(Boolean).join(' '), cells, split: 'pdf', box: tokensBox(row.tokens) };
}

/** Lines that sit above a table but belong to its caption: 单位：万元, 编制单位, a title ending in 表. */
const CAPTION = /单位|表$/;

/**
 * A row of single words right above a borderless table's first multi-cell
 * row, over its value columns only (本年支出 centred over 小计 | 基本支出 |
 * 项目支出): the top row of a spanning header, not a subtitle. Captions (单位,
 * titles) and rows separated by more than a line's gap stay outside.
 */
function isSpanningHeaderAbove(row: { row: TextRow; chunks: readonly RowChunk[] } | undefined, below: { row: TextRow } | undefined, columns: readonly Column[]): boolean {
  if (!row || !below || row.chunks.length === 0) return false;
  const labelEnd = columns[0]?.x1 ?? 0;
  const tableEnd = columns[columns.length - 1]?.x1 ?? 0;
  const font = Math.max(...row.row.tokens.map((t) => t.fontSize || 10));
  if (row.row.y - below.row.y > 2.2 * font) return false;
  return row.chunks.every((c) => c.x0 >= labelEnd && c.x1 <= tableEnd + font && !c.numeric && !CAPTION.test(c.tokens.map((t) => t.text).join('')));
}

/**
 * Text rows outside ruled grids → lines. Runs of rows with several cells
 * (at least two rows with three or more) form a borderless table whose
 * columns come from alignment; every other row becomes a line of its
 * chunks (one cell for prose).
 * @param rows free rows top to bottom
 * @param pageWidth page width in points
 * @param page 1-based page number
 * @param rowOf text-row index of a token
 * @returns lines top to bottom
 * @example freeTextLines(rows, 595, 1, (t) => 1)
 */
export function freeTextLines(rows: readonly FreeRow[], pageWidth: number, page: number, rowOf: (t: PageToken) => number): SourceLine[] {
  const chunked = rows.map((r) => ({ ...r, chunks: chunkTextRow(r.row.tokens) }));
  // Prose: one wide chunk, or a sentence (Chinese sentence punctuation inside a long chunk).
  const isProse = (c: (typeof chunked)[number]): boolean =>
    (c.chunks.length === 1 && (c.chunks[0]?.x1 ?? 0) - (c.chunks[0]?.x0 ?? 0) > PROSE_WIDTH * pageWidth) || c.chunks.some((chunk) => SENTENCE.test(chunk.tokens.map((t) => t.text).join('')));
  const lines: SourceLine[] = [];
  const rowOfLine = new Map<SourceLine, TextRow>();
  let i = 0;
  while (i < chunked.length) {
    const first = chunked[i];
    if (!first) break;
    // A run: same block, no prose line inside.
    let j = i;
    const gapBreak = (k: number): boolean => {
      // A blank band of more than two lines ends a table (a page number below it, a heading above the next one).
      const a = chunked[k - 1];
      const b = chunked[k];
      if (!a || !b) return false;
      const font = Math.max(...[...a.row.tokens, ...b.row.tokens].map((t) => t.fontSize || 10));
      return a.row.y - b.row.y > 3 * font;
    };
    while (j < chunked.length && chunked[j]?.block === first.block && !isProse(chunked[j] as (typeof chunked)[number]) && (j === i || !gapBreak(j))) j++;
    const run = chunked.slice(i, Math.max(j, i + 1));
    const multi = run.map((r, k) => (r.chunks.length >= 2 ? k : -1)).filter((k) => k >= 0);
    const wide = run.filter((r) => r.chunks.length >= 3).length;
    let from = multi[0] ?? 0;
    // Rows after the last multi-cell row stay in the table (labels of one side only) until the run ends.
    const to = multi.length > 0 ? run.length - 1 : -1;
    const tabular = wide >= 2 ? borderlessColumns(run.slice(from, to + 1).filter((r) => r.chunks.length >= 2).map((r) => r.chunks)) : [];
    while (tabular.length >= 2 && from > 0 && isSpanningHeaderAbove(run[from - 1], run[from], tabular)) from--;
    const aligned: AlignedRow[] = [];
    run.forEach((r, k) => {
      if (tabular.length >= 2 && k >= from && k <= to) aligned.push({ line: alignedLine(r.row, r.chunks, tabular, page, rowOf), row: r.row });
      else {
        if (aligned.length > 0) lines.push(...mergeWrappedLabelRows(aligned.splice(0)));
        const line = plainLine(r.row, r.chunks, page, rowOf);
        rowOfLine.set(line, r.row);
        lines.push(line);
      }
    });
    if (aligned.length > 0) lines.push(...mergeWrappedLabelRows(aligned));
    i = Math.max(j, i + 1);
  }
  // Wrapped titles: consecutive single-cell lines, judged with their rows' fonts.
  const out: SourceLine[] = [];
  let plain: PlainRow[] = [];
  for (const line of lines) {
    const row = rowOfLine.get(line);
    if (row && line.cells.length === 1) {
      plain.push({ line, row });
      continue;
    }
    out.push(...joinWrappedTitles(plain), line);
    plain = [];
  }
  out.push(...joinWrappedTitles(plain));
  return out;
}
