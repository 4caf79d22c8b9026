import { type AssembleLine, filledCells, isBlankLine, lineText } from '../assemble/assemble-line.ts';
import { headingNumbering } from '../assemble/heading-numbering.ts';
import { tableLineKind } from '../assemble/table-block-lines.ts';
import { isPerformanceTitle } from '../assemble/table-line-kinds.ts';
import { layoutTokens } from './layout-tokens.ts';
import { isBodyTokens } from './space-columns.ts';

/** The grid part of one space-aligned table: lines [start, end) of the document. */
export interface SpaceRegion {
  readonly start: number;
  readonly end: number;
  /** Lone page numbers at page breaks inside the region (page furniture, not cells). */
  readonly furniture: ReadonlySet<number>;
}

/** A cell longer than this, or with sentence punctuation, is prose, which ends a table. */
const MAX_CELL = 40;
/** A one-cell line inside a grid (a header word, a wrapped label) is at most this long. */
const MAX_LONE_CELL = 24;
const SENTENCE = /[。；;！？]|[^\s]{6,}，[^\s]{4,}/;
/** Meta lines between a title and its grid. */
const META = new Set(['title', 'label', 'unit', 'issuer', 'year', 'blank']);
/** Lines that end a grid: the next table, its meta, a note, a placeholder. */
const STOP = new Set(['title', 'label', 'unit', 'issuer', 'note', 'illegible']);

/** A lone page number (5, - 5 -, 第5页, 5/30) printed at a page break. */
export function isPageNumberText(text: string): boolean {
  return /^(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/.test(text.trim());
}

function isProse(line: AssembleLine): boolean {
  return line.cells.some((c) => c.text.length > MAX_CELL || SENTENCE.test(c.text));
}

/**
 * Index of the first non-blank line in direction `step` from `from`, or -1.
 */
function nextFilled(lines: readonly AssembleLine[], from: number, step: 1 | -1): number {
  for (let j = from; j >= 0 && j < lines.length; j += step) if (!isBlankLine(lines[j] as AssembleLine)) return j;
  return -1;
}

/**
 * A lone number that is the last line of its page or the first of the next:
 * pdftotext prints page numbers as text lines.
 */
function isFurniture(lines: readonly AssembleLine[], j: number): boolean {
  const line = lines[j] as AssembleLine;
  if (filledCells(line) !== 1 || !isPageNumberText(lineText(line))) return false;
  const before = nextFilled(lines, j - 1, -1);
  const after = nextFilled(lines, j + 1, 1);
  const pageEnd = after < 0 || (lines[after] as AssembleLine).page > line.page;
  const pageStart = before >= 0 && (lines[before] as AssembleLine).page < line.page;
  return pageEnd || pageStart;
}

/** Multi-cell lines without amounts at the top of a page, before its first body line, from which on the page reads as a new table. */
const NEW_HEADER_LINES = 2;

/**
 * True when the page starting at line `from` prints a header before its
 * first body line: several multi-cell lines without amounts (labels of rows
 * without amounts are one-cell lines, a continued label too).
 */
function opensWithHeader(lines: readonly AssembleLine[], from: number): boolean {
  const page = (lines[from] as AssembleLine).page;
  let header = 0;
  for (let j = from; j < lines.length && (lines[j] as AssembleLine).page === page; j++) {
    const line = lines[j] as AssembleLine;
    if (isBlankLine(line)) continue;
    if (isBodyTokens(layoutTokens(line.text.replace(/\f/g, '')))) return false;
    if (line.cells.length >= 2 && ++header >= NEW_HEADER_LINES) return true;
  }
  return false;
}

/**
 * The grids of space-aligned tables (`pdftotext -layout` text): after a
 * table title or form label and its meta lines (unit, issuer, year), the
 * lines up to the next title, label, unit line, note, heading or prose
 * line, across blank lines and page breaks (unless the next page opens with
 * a header of its own: another table whose title was not recognised). One-cell lines inside (header
 * words, wrapped labels) belong to the grid; the grid ends at its last line
 * with two or more cells. Tables under a performance title are left to the
 * performance parser, and a grid with tab-separated lines is left as it is.
 * @param lines source lines split on runs of spaces
 * @returns regions in document order
 * @example spaceTableRegions(lines).map((r) => [r.start, r.end])
 */
export function spaceTableRegions(lines: readonly AssembleLine[]): SpaceRegion[] {
  const regions: SpaceRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const opening = lines[i] as AssembleLine;
    const kind = tableLineKind(opening);
    if ((kind !== 'title' && kind !== 'label') || opening.split === 'tab') {
      i++;
      continue;
    }
    const performance = lines.slice(i, i + 3).some((l) => isPerformanceTitle(lineText(l)));
    // Meta lines (title, label, unit, issuer, year) before the grid.
    let j = i + 1;
    while (j < lines.length && META.has(tableLineKind(lines[j] as AssembleLine) ?? '')) j++;
    // The grid may start with one-cell header words (项目) before its first multi-cell line.
    const start = j;
    let end = start;
    const furniture = new Set<number>();
    let tabbed = false;
    let page = (lines[start] as AssembleLine | undefined)?.page ?? 0;
    for (; j < lines.length; j++) {
      const line = lines[j] as AssembleLine;
      if (isBlankLine(line)) continue;
      if (isFurniture(lines, j)) {
        furniture.add(j);
        continue;
      }
      // A page that opens with a header of its own starts another table (its title not recognised), not a continuation.
      if (line.page > page && end > start && opensWithHeader(lines, j)) break;
      page = line.page;
      const lineKind = tableLineKind(line);
      if (STOP.has(lineKind ?? '') || isProse(line) || line.heading) break;
      if (line.split === 'tab' || line.split === 'pipe') tabbed = true;
      const text = lineText(line);
      if (line.cells.length >= 2) {
        end = j + 1;
        continue;
      }
      // A one-cell line: a header word or a wrapped label, unless it is long or a part heading.
      if (text.replace(/\s+/g, '').length > MAX_LONE_CELL || headingNumbering(text)?.level === 1) break;
    }
    if (end > start && !performance && !tabbed) regions.push({ start, end, furniture: new Set([...furniture].filter((f) => f < end)) });
    i = Math.max(end, i + 1);
  }
  return regions;
}
