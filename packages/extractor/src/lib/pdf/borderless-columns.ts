import type { RowChunk } from './chunk-text-row.ts';
import type { PageToken } from './page-token.ts';

/** An x range of a borderless table's column. */
export interface ColumnSpan {
  readonly x0: number;
  readonly x1: number;
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
  const loose: PageToken[] = [];
  for (const row of rows) for (const chunk of row) for (const t of chunk.tokens) if (!spans.some((s) => Math.min(s.x1, t.x1) - Math.max(s.x0, t.x0) > 0)) loose.push(t);
  if (loose.length > 0) spans = settle([...spans, ...settle(loose.map((t) => ({ x0: t.x0, x1: t.x1 })))]);
  return spans;
}
