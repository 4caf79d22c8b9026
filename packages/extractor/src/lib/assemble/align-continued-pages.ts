import type { SourceCell, SourceLine } from '../source-line.ts';
import { isBodyLike } from './is-body-like.ts';

/** Horizontal extent of one column on the table's first page. */
interface Extent {
  readonly start: number;
  readonly end: number;
}

function mostCommonWidth(lines: readonly SourceLine[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.cells.length, (counts.get(line.cells.length) ?? 0) + 1);
  let best: number | null = null;
  for (const [width, count] of counts) if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && width > best)) best = width;
  return best;
}

/**
 * Column extents from the first page's rows of the reference width: each
 * position spans every text printed there; a position never printed on
 * (a column left blank) spans the gap between its neighbours.
 */
function referenceExtents(lines: readonly SourceLine[], width: number): Extent[] | null {
  const extents: (Extent | null)[] = Array.from({ length: width }, () => null);
  for (const line of lines) {
    if (line.cells.length !== width) continue;
    line.cells.forEach((cell, p) => {
      if (cell.text.trim() === '') return;
      const seen = extents[p];
      extents[p] = seen ? { start: Math.min(seen.start, cell.start), end: Math.max(seen.end, cell.end) } : { start: cell.start, end: cell.end };
    });
  }
  const done: Extent[] = [];
  for (let p = 0; p < width; p++) {
    const known = extents[p];
    if (known) {
      done.push(known);
      continue;
    }
    const before = done[p - 1]?.end ?? Number.NEGATIVE_INFINITY;
    const after = extents.slice(p + 1).find((e) => e !== null)?.start ?? Number.POSITIVE_INFINITY;
    // Several blank columns side by side share one gap: no way to tell them apart.
    if (extents[p + 1] === null || !Number.isFinite(before) || !Number.isFinite(after)) return null;
    done.push({ start: before, end: after });
  }
  // Overlapping extents cannot place a cell unambiguously.
  for (let p = 1; p < done.length; p++) if ((done[p] as Extent).start < (done[p - 1] as Extent).end) return null;
  return done;
}

function overlap(cell: SourceCell, extent: Extent): number {
  return Math.min(cell.end, extent.end) - Math.max(cell.start, extent.start);
}

/** The line's cells placed on the reference columns, or null when any cell is not inside exactly one column, in order. */
function placeOnColumns(line: SourceLine, extents: readonly Extent[]): SourceLine | null {
  const cells: SourceCell[] = extents.map((e) => ({ text: '', start: e.start, end: e.end }));
  let last = -1;
  for (const cell of line.cells) {
    if (cell.text.trim() === '') continue;
    const hits = extents.map((e, p) => ({ p, o: overlap(cell, e) })).filter((h) => h.o > 0);
    const [hit] = hits;
    if (hits.length !== 1 || !hit || hit.p <= last) return null;
    cells[hit.p] = cell;
    last = hit.p;
  }
  return { ...line, cells };
}

/**
 * Borderless PDF tables find their columns page by page, from the rows of
 * that page: a continuation page with a few short rows can split a row at
 * other positions than the first page did (a centred header word and a
 * left-aligned name become two columns). Rows of later pages whose cell count
 * differs from the first page's body rows are placed on the first page's
 * columns by their x extent, when every printed cell lies inside exactly one
 * column and their order is kept; otherwise the row is left as split.
 * Text is never changed, only which position a cell occupies.
 * @param lines grid lines of one table, in order
 * @returns the lines (re-placed where needed) and, for each re-placed line, the line it replaces
 * @example alignContinuedPages(lines).lines.length === lines.length
 */
export function alignContinuedPages(lines: readonly SourceLine[]): { lines: SourceLine[]; original: Map<SourceLine, SourceLine> } {
  const original = new Map<SourceLine, SourceLine>();
  const first = lines[0]?.page;
  const pdfLines = lines.filter((l) => l.split === 'pdf');
  if (first === undefined || pdfLines.length === 0 || lines.every((l) => l.page === first)) return { lines: [...lines], original };
  const onFirst = lines.filter((l) => l.page === first && l.split === 'pdf');
  const width = mostCommonWidth(onFirst.filter((l) => isBodyLike(l.cells.map((c) => c.text))));
  const extents = width === null ? null : referenceExtents(onFirst, width);
  if (width === null || !extents) return { lines: [...lines], original };
  const out = lines.map((line) => {
    if (line.page === first || line.split !== 'pdf' || line.cells.length === width) return line;
    const placed = placeOnColumns(line, extents);
    if (!placed) return line;
    original.set(placed, line);
    return placed;
  });
  return { lines: out, original };
}
