import type { SourceCell, SourceLine } from '../source-line.ts';
import { isBodyLike } from './is-body-like.ts';

interface Band {
  start: number;
  end: number;
}

/**
 * Put the cells of space-separated table lines (pdftotext -layout) on common
 * column positions, so that the grid parser can rely on positions as it does
 * for tab and PDF grids. Column bands are the unions of overlapping cell
 * extents of body rows (amounts are right-aligned, labels left-aligned, so
 * cells of one column overlap); header cells, which may span several bands
 * (merged headers), go to the first band they overlap. Empty cells are added
 * where a line prints nothing in a band.
 * @param lines the grid lines of one table, split on runs of spaces
 * @returns lines with one cell per band, same page/line/text
 * @example alignSpacedGrid(lines).map((l) => l.cells.length) // all equal
 */
export function alignSpacedGrid(lines: readonly SourceLine[]): SourceLine[] {
  const body = lines.filter((line) => isBodyLike(line.cells.map((c) => c.text)));
  const source = body.length >= 2 ? body : lines;
  const bands: Band[] = [];
  for (const cell of source.flatMap((line) => line.cells).sort((a, b) => a.start - b.start)) {
    const last = bands[bands.length - 1];
    if (last && cell.start < last.end) last.end = Math.max(last.end, cell.end);
    else bands.push({ start: cell.start, end: cell.end });
  }
  return lines.map((line) => {
    const texts: string[][] = bands.map(() => []);
    for (const cell of line.cells) texts[bandOf(bands, cell)]?.push(cell.text);
    const cells: SourceCell[] = bands.map((band, b) => ({ text: (texts[b] ?? []).join(' '), start: band.start, end: band.end }));
    return { ...line, cells };
  });
}

function bandOf(bands: readonly Band[], cell: SourceCell): number {
  const overlapping = bands.findIndex((band) => cell.start < band.end && band.start < cell.end);
  if (overlapping >= 0) return overlapping;
  const center = (cell.start + cell.end) / 2;
  let best = 0;
  bands.forEach((band, b) => {
    const current = bands[best] as Band;
    if (Math.abs((band.start + band.end) / 2 - center) < Math.abs((current.start + current.end) / 2 - center)) best = b;
  });
  return best;
}
