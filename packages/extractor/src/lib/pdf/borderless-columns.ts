import type { RowChunk } from './chunk-text-row.ts';
import type { PageToken } from './page-token.ts';
import { xOverlap } from './x-overlap.ts';

/** An x range of a borderless table's column. */
export interface ColumnSpan {
  readonly x0: number;
  readonly x1: number;
  /** Header words centred over a run of columns starting here (收入 over 项目 | 行次 | 决算数): they belong to this column. */
  readonly heads?: readonly PageToken[];
}

/** Edges of aligned cells agree to within this many points. */
const ALIGN = 2.5;

interface Cluster {
  edge: number;
  x0: number;
  x1: number;
  count: number;
}

function cluster(items: readonly { edge: number; x0: number; x1: number }[]): Cluster[] {
  const sorted = [...items].sort((a, b) => a.edge - b.edge);
  const out: Cluster[] = [];
  for (const item of sorted) {
    const last = out.at(-1);
    if (last && item.edge - last.edge <= ALIGN) {
      last.x0 = Math.min(last.x0, item.x0);
      last.x1 = Math.max(last.x1, item.x1);
      last.count++;
    } else out.push({ edge: item.edge, x0: item.x0, x1: item.x1, count: 1 });
  }
  return out;
}

/** Merge overlapping spans: a large overlap is one column; a small one is cut in the middle. */
function settle(spans: ColumnSpan[]): ColumnSpan[] {
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0);
  const out: ColumnSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (!last || span.x0 >= last.x1) {
      out.push({ ...span });
      continue;
    }
    const overlap = Math.min(last.x1, span.x1) - span.x0;
    const smaller = Math.min(last.x1 - last.x0, span.x1 - span.x0);
    if (overlap > 0.5 * smaller) out[out.length - 1] = { x0: last.x0, x1: Math.max(last.x1, span.x1) };
    else {
      const cut = (span.x0 + last.x1) / 2;
      out[out.length - 1] = { x0: last.x0, x1: cut };
      out.push({ x0: cut, x1: span.x1 });
    }
  }
  return out;
}

/**
 * Columns of a borderless table. Body rows (rows with a number) define them:
 * numbers are right-aligned, so their right edges cluster; labels and codes
 * are left-aligned, so their left edges cluster. Header text that lies over
 * no body column (a column with no amounts) gets a column of its own, so its
 * header is never pinned onto a neighbour's values.
 * @param rows the table's rows as chunks, top to bottom
 * @returns column spans left to right
 * @example borderlessColumns(rows.map((r) => chunkTextRow(r.tokens)))
 */
export function borderlessColumns(rows: readonly (readonly RowChunk[])[]): ColumnSpan[] {
  const body = rows.filter((row) => row.some((c) => c.numeric));
  const rights: { edge: number; x0: number; x1: number }[] = [];
  const lefts: { edge: number; x0: number; x1: number }[] = [];
  for (const row of body) {
    for (const chunk of row) {
      // A chunk of several numbers is several cells: each number keeps its own right edge.
      if (chunk.numeric) for (const t of chunk.tokens) rights.push({ edge: t.x1, x0: t.x0, x1: t.x1 });
      else lefts.push({ edge: chunk.x0, x0: chunk.x0, x1: chunk.x1 });
    }
  }
  // A column needs support from at least two body rows (or the only row there is).
  const minCount = body.length > 1 ? 2 : 1;
  let spans = settle([...cluster(rights), ...cluster(lefts)].filter((c) => c.count >= minCount).map((c) => ({ x0: c.x0, x1: c.x1 })));
  const loose: { token: PageToken; row: number }[] = [];
  rows.forEach((row, r) => {
    for (const chunk of row) for (const t of chunk.tokens) if (!spans.some((s) => overlaps(s, t))) loose.push({ token: t, row: r });
  });
  const own: ColumnSpan[] = [];
  // Spanning words by the left edge of the first column they head (indices shift as columns are added).
  const heads: { x: number; token: PageToken }[] = [];
  // Spanning words of one row head disjoint runs, left to right: where the last run of each row ends.
  const runEnds = new Map<number, number>();
  const firstBody = rows.findIndex((row) => row.some((c) => c.numeric));
  const headerEnd = firstBody < 0 ? rows.length : firstBody;
  const headRun = (item: { token: PageToken; row: number }): boolean => {
    const run = spanningRun(item, spans, rows, headerEnd, runEnds.get(item.row) ?? Number.NEGATIVE_INFINITY);
    if (!run) return false;
    heads.push({ x: (spans[run.a] as ColumnSpan).x0, token: item.token });
    runEnds.set(item.row, (spans[run.b] as ColumnSpan).x1);
    return true;
  };
  for (const item of loose) {
    const widened = centredOver(item, spans, loose, rows, rights);
    if (widened) {
      spans = widened;
      continue;
    }
    if (!headRun(item)) own.push({ x0: item.token.x0, x1: item.token.x1 });
  }
  if (own.length > 0) spans = settle([...spans, ...settle(own)]);
  // Header words over a column but centred on a run of columns (支出 over 项目 | 行次 | 合计 | …) head the run too.
  rows.slice(0, Math.max(0, firstBody)).forEach((row, r) => {
    for (const chunk of row) {
      for (const t of chunk.tokens) {
        // A word with another header word under it in its column is a group label, whatever column it happens to be centred on.
        const headsWordsBelow = rows.slice(r + 1, firstBody).some((below) => below.some((c) => c.tokens.some((o) => overlaps(o, t))));
        if (loose.some((item) => item.token === t) || (centredOnOwnColumn(t, spans) && !headsWordsBelow)) continue;
        headRun({ token: t, row: r });
      }
    }
  });
  const columnAt = (x: number): number => spans.findIndex((s) => s.x0 <= x + 0.01 && x < s.x1);
  return spans.map((s, i) => {
    const mine = heads.filter((h) => columnAt(h.x) === i).map((h) => h.token);
    return mine.length > 0 ? { ...s, heads: mine } : s;
  });
}

function centredOnOwnColumn(t: PageToken, spans: readonly ColumnSpan[]): boolean {
  const centre = (t.x0 + t.x1) / 2;
  return spans.some((s) => overlaps(t, s) && Math.abs((s.x0 + s.x1) / 2 - centre) <= SPAN_TOLERANCE);
}

/** How far (points) a spanning word's centre may lie from the centre of the columns it spans. */
const SPAN_TOLERANCE = 8;

/**
 * A loose header word centred over a run of two or more columns that nothing
 * else of its row reaches into (a side label 收入 over 项目 | 行次 | 决算数, a
 * group label over its sub-columns) spans that run: it is anchored to the
 * run's first column rather than given a column of its own. Runs of the
 * words of one row do not overlap (人员经费 | 公用经费 | 公用经费 over blocks of
 * 科目编码 | 项目 | 决算数): a run starts after the previous word's run.
 * @param headerEnd index of the first body row (rows above it are header rows)
 * @param after the right edge of the previous word's run in the row
 * @returns the run's first and last column, or null
 */
function spanningRun(item: { token: PageToken; row: number }, spans: readonly ColumnSpan[], rows: readonly (readonly RowChunk[])[], headerEnd: number, after: number): { a: number; b: number } | null {
  const t = item.token;
  const centre = (t.x0 + t.x1) / 2;
  const others = (rows[item.row] ?? []).flatMap((c) => c.tokens).filter((o) => o !== t);
  const candidates: { a: number; b: number }[] = [];
  for (let a = 0; a < spans.length; a++) {
    const start = spans[a] as ColumnSpan;
    if (start.x0 > t.x0) break;
    // Runs of the words to the left end before this one may start.
    if (start.x0 < after) continue;
    for (let b = a + 1; b < spans.length; b++) {
      const end = spans[b] as ColumnSpan;
      if (end.x1 < t.x1) continue;
      const range = { x0: start.x0, x1: end.x1 };
      if (others.some((o) => overlaps(o, range))) break;
      if (Math.abs((range.x0 + range.x1) / 2 - centre) <= SPAN_TOLERANCE) candidates.push({ a, b });
    }
  }
  if (candidates.length === 0) return null;
  // Evenly spaced columns make several runs symmetric about the word. The columns a group label spans have their
  // own headers on one level (小计 | 购置费 | 运行维护费 under 公务用车购置及运行维护费), unlike the vertically centred
  // neighbours (合计, 公务接待费) that a wider symmetric run would take in.
  const lowestWordRow = (k: number): number => {
    for (let r = headerEnd - 1; r > item.row; r--) if ((rows[r] ?? []).some((c) => c.tokens.some((o) => overlaps(o, spans[k] as ColumnSpan)))) return r;
    return -1;
  };
  const oneLevel = (run: { a: number; b: number }): boolean => {
    const levels = new Set<number>();
    for (let k = run.a; k <= run.b; k++) levels.add(lowestWordRow(k));
    return levels.size === 1 && !levels.has(-1);
  };
  const widest = (list: { a: number; b: number }[]): { a: number; b: number } => list.reduce((best, run) => (run.b - run.a > best.b - best.a ? run : best));
  const level = candidates.filter(oneLevel);
  return widest(level.length > 0 ? level : candidates);
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => xOverlap(a, b) > 0;

/**
 * A header word printed over no body cell may be centred over a column whose
 * cells do not reach it: short headers (小计) over right-aligned amounts, a
 * name header (科目名称) over left-aligned short names or 行次 numbers. It belongs to that
 * column when the column's box, mirrored about the word's centre from the
 * column's aligned edge, stays clear of the neighbouring columns, nothing
 * else of the word's row sits over the column, and no other loose word lies
 * between. Otherwise (an empty column with its own header) it is left alone.
 * @returns the spans with that column widened to take the word, or null
 */
function centredOver(item: { token: PageToken; row: number }, spans: readonly ColumnSpan[], loose: readonly { token: PageToken; row: number }[], rows: readonly (readonly RowChunk[])[], rights: readonly { x0: number; x1: number }[]): ColumnSpan[] | null {
  const t = item.token;
  const centre = (t.x0 + t.x1) / 2;
  const rowTokens = (rows[item.row] ?? []).flatMap((c) => c.tokens).filter((o) => o !== t);
  const clearBetween = (a: number, b: number): boolean => !loose.some((o) => o.token !== t && o.token.x0 < b && o.token.x1 > a);
  const numbersIn = (s: ColumnSpan): { x0: number; x1: number }[] => rights.filter((r) => r.x1 > s.x0 && r.x1 <= s.x1 + 0.01);
  const isNumeric = (s: ColumnSpan): boolean => numbersIn(s).length > 0;
  // Numbers are right-aligned, except short running numbers (行次, 序号) some producers left-align; numbers all of one
  // width (行次 31…60) show no alignment, and either edge may anchor their column.
  const edgeSpreads = (s: ColumnSpan): { left: number; right: number } | null => {
    const numbers = numbersIn(s);
    if (numbers.length < 2) return null;
    const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    return { left: spread(numbers.map((n) => n.x0)), right: spread(numbers.map((n) => n.x1)) };
  };
  const leftAligned = (s: ColumnSpan): boolean => {
    const e = edgeSpreads(s);
    return e !== null && e.left < e.right;
  };
  const maybeLeftAligned = (s: ColumnSpan): boolean => {
    const e = edgeSpreads(s);
    return e !== null && e.left <= e.right;
  };
  const right = spans.findIndex((s) => s.x0 >= t.x1);
  const left = right < 0 ? spans.length - 1 : right - 1;
  // Amounts are right-aligned: the column's box ends at their right edge.
  const next = spans[right];
  if (next && isNumeric(next) && !leftAligned(next) && !rowTokens.some((o) => overlaps(o, next)) && clearBetween(t.x1, next.x0)) {
    const box = { x0: 2 * centre - next.x1, x1: next.x1 };
    if (box.x0 >= (spans[left]?.x1 ?? Number.NEGATIVE_INFINITY) && box.x0 <= t.x0) return spans.map((s, i) => (i === right ? { x0: t.x0, x1: s.x1 } : s));
  }
  // Labels are left-aligned: the column's box starts at their left edge.
  const previous = spans[left];
  if (previous && (!isNumeric(previous) || maybeLeftAligned(previous)) && !rowTokens.some((o) => overlaps(o, previous)) && clearBetween(previous.x1, t.x0)) {
    const box = { x0: previous.x0, x1: 2 * centre - previous.x0 };
    if (box.x1 <= (spans[left + 1]?.x0 ?? Number.POSITIVE_INFINITY) && box.x1 >= t.x1) return spans.map((s, i) => (i === left ? { x0: s.x0, x1: t.x1 } : s));
  }
  return null;
}
