import type { AssembleLine } from '../assemble/assemble-line.ts';
import { isColumnNoRow } from '../assemble/column-numbers.ts';
import { positionKinds } from '../assemble/grid-layout.ts';
import { isBodyLike } from '../assemble/is-body-like.ts';
import type { SourceCell } from '../source-line.ts';
import { isRigid, type LayoutToken, layoutTokens } from './layout-tokens.ts';
import { alignPageColumns, columnOfToken, isBodyTokens, type SpaceColumn, spaceColumns, type TableColumn, tableColumns } from './space-columns.ts';
import { joinCodeLevelColumns } from './space-code-levels.ts';
import { type HeaderRow, joinWrappedHeaderCells, keepHeaderLinesApart, placeGroupHeaders, placeHeaderTokens } from './space-header.ts';
import { foldWrappedRows, type GridRow } from './space-rows.ts';
import { type SpaceRegion, spaceTableRegions } from './space-table-regions.ts';

/** Header lines above the first body line, and columns, beyond which a block is not read as a grid (keeps the work bounded). */
const MAX_HEADER_LINES = 40;
const MAX_COLUMNS = 80;

const cellText = (tokens: readonly LayoutToken[]): string => tokens.map((t) => t.text).join(' ');

/**
 * Space-aligned tables (`pdftotext -layout`) → tab-like lines: for each
 * table grid, infer the columns from character positions over the body
 * rows, re-split every grid line at them (one cell per column, empty cells
 * kept, so the assembler reads the grid as it reads tab-separated text),
 * join header cells wrapped over several lines, fold wrapped label pieces
 * into the row they belong to, and blank page numbers inside the grid.
 * Lines outside table grids are returned unchanged.
 * @param lines document lines split on runs of spaces
 * @returns the lines, with grid lines replaced (same count, same line numbers)
 * @example alignSpaceTables(textToSourceLines(text, 'txt'))
 */
export function alignSpaceTables(lines: readonly AssembleLine[]): AssembleLine[] {
  const out = [...lines];
  for (const region of spaceTableRegions(lines)) {
    const replaced = alignRegion(lines, region);
    for (const [index, line] of replaced) out[index] = line;
  }
  return out;
}

const blankLine = (line: AssembleLine): AssembleLine => ({ page: line.page, line: line.line, text: line.text, cells: [], split: 'none' });

function alignRegion(lines: readonly AssembleLine[], region: SpaceRegion): Map<number, AssembleLine> {
  const replaced = new Map<number, AssembleLine>();
  const printed: { index: number; page: number; tokens: LayoutToken[] }[] = [];
  for (let i = region.start; i < region.end; i++) {
    const line = lines[i] as AssembleLine;
    if (region.furniture.has(i)) {
      replaced.set(i, blankLine(line));
      continue;
    }
    const tokens = layoutTokens(line.text.replace(/\f/g, ''));
    if (tokens.length > 0) printed.push({ index: i, page: line.page, tokens });
  }
  const body = printed.map((p) => isBodyTokens(p.tokens));
  const firstBody = body.indexOf(true);
  // No body, or more header lines than any table prints: not a grid to re-split.
  if (firstBody < 0 || firstBody > MAX_HEADER_LINES) return new Map();
  // pdftotext lays out each page on its own: columns per page, aligned into the table's columns.
  const segments = pageSegments(
    printed.map((p) => p.page),
    body,
  );
  let table: TableColumn[] = [];
  let collided = false;
  const rows: GridRow[] = [];
  const placedRows: { row: GridRow; map: TableColumn[]; cells: LayoutToken[][] }[] = [];
  for (const segment of segments) {
    const tokens = segment.map((r) => (printed[r] as { tokens: LayoutToken[] }).tokens);
    const columns = spaceColumns(
      tokens,
      segment.map((r) => body[r] ?? false),
    );
    if (columns.length === 0) continue;
    let map: TableColumn[];
    if (table.length === 0) map = table = tableColumns(columns);
    else ({ map, merged: table } = alignPageColumns(table, columns));
    const headerCount = segment.filter((r) => r < firstBody).length;
    const headerCells = placeHeaderTokens(tokens.slice(0, headerCount), columns);
    segment.forEach((r, k) => {
      const p = printed[r] as { index: number; tokens: LayoutToken[] };
      let cells = headerCells[k];
      if (!cells) {
        cells = columns.map(() => []);
        for (const token of p.tokens) cells[columnOfToken(columns, token)]?.push(token);
        if (!spreadCollisions(cells, columns)) collided = true;
      }
      const source = lines[p.index] as AssembleLine;
      const row: GridRow = { index: p.index, line: source.line, page: source.page, body: body[r] ?? false, cells: [], texts: [], folded: [], moved: new Set() };
      rows.push(row);
      placedRows.push({ row, map, cells });
    });
  }
  // Two amounts in one cell: the columns are wrong somewhere; leave the table as printed.
  if (table.length < 2 || table.length > MAX_COLUMNS || collided) return new Map();
  const position = new Map(table.map((entry, c) => [entry, c]));
  for (const { row, map, cells } of placedRows) {
    const at = map.map((entry) => position.get(entry) ?? 0);
    const full: LayoutToken[][] = table.map(() => []);
    cells.forEach((tokens, k) => full[at[k] ?? 0]?.push(...tokens));
    row.cells = full;
    row.texts = full.map(cellText);
  }
  rows.sort((a, b) => a.index - b.index);
  const columns = joinCodeLevelColumns(
    rows,
    table.map((entry) => entry.column),
  );
  const bodyStart = rows.findIndex((r) => r.body);
  const headerRows: HeaderRow[] = rows.slice(0, bodyStart).map((r) => ({ cells: r.texts, extents: r.cells.map((t) => (t.length === 0 ? null : { start: (t[0] as LayoutToken).start, end: (t[t.length - 1] as LayoutToken).end })) }));
  joinWrappedHeaderCells(headerRows, columns);
  placeGroupHeaders(rows.slice(0, bodyStart), columns);
  keepHeaderLinesApart(rows.slice(0, bodyStart));
  const blanks = new Set<number>();
  for (let i = region.start; i < region.end; i++) if ((lines[i] as AssembleLine).cells.length === 0) blanks.add((lines[i] as AssembleLine).line);
  foldWrappedRows(rows.slice(0, bodyStart), rows.slice(bodyStart), columns, blanks);
  // Integers moved with a label (序号, codes) must land in columns the grid parser reads as line numbers or codes.
  if (movedIntoValues(rows, columns.length)) return new Map();
  for (const row of rows) {
    const line = lines[row.index] as AssembleLine;
    if (row.texts.every((t) => t === '')) {
      replaced.set(row.index, blankLine(line));
      continue;
    }
    const cells: SourceCell[] = columns.map((column, c) => {
      const tokens = row.cells[c] ?? [];
      const text = row.texts[c] ?? '';
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      return first && last && text !== '' ? { text, start: first.start, end: last.end } : { text, start: column.start, end: column.end };
    });
    replaced.set(row.index, { page: line.page, line: line.line, text: line.text, cells, split: 'tab' });
  }
  return replaced;
}

/**
 * True when an integer printed on another line (a 序号 or code folded in
 * with its label) sits in a column the grid parser will read as amounts:
 * its header is decided as the parser decides it (the lines down to the
 * 栏次 row or to the first body-like line), and so are the position kinds.
 * The table is then left as printed, so that every number keeps its line.
 */
function movedIntoValues(rows: readonly GridRow[], width: number): boolean {
  if (!rows.some((r) => r.moved.size > 0)) return false;
  const printed = rows.filter((r) => r.texts.some((t) => t !== ''));
  const texts = printed.map((r) => r.texts);
  const numbered = texts.slice(0, 8).findIndex((t) => isColumnNoRow(t));
  let headerCount = numbered + 1;
  if (numbered < 0) headerCount = Math.max(0, texts.findIndex((t) => isBodyLike(t)));
  const header = texts.slice(0, headerCount).filter((_, k) => k !== numbered);
  const kinds = positionKinds(texts.slice(headerCount), header, width);
  return printed.some((r) => [...r.moved].some((c) => kinds[c] === 'value'));
}

/**
 * Two numbers that landed in one cell of a line (columns that crowd each
 * other): the outer one moves to the free neighbouring amount column on its
 * side. False when a cell still holds two numbers.
 */
function spreadCollisions(cells: LayoutToken[][], columns: readonly SpaceColumn[]): boolean {
  const free = (c: number): boolean => c >= 0 && c < cells.length && (cells[c]?.length ?? 1) === 0 && columns[c]?.kind !== 'text';
  for (let c = 0; c < cells.length; c++) {
    const tokens = cells[c] as LayoutToken[];
    if (tokens.filter(isRigid).length < 2) continue;
    const first = tokens[0] as LayoutToken;
    const last = tokens[tokens.length - 1] as LayoutToken;
    if (isRigid(first) && free(c - 1)) cells[c - 1] = [tokens.shift() as LayoutToken];
    if (tokens.filter(isRigid).length >= 2 && isRigid(last) && free(c + 1)) cells[c + 1] = [tokens.pop() as LayoutToken];
    if (tokens.filter(isRigid).length >= 2) return false;
  }
  return true;
}

/**
 * Indices of printed rows grouped by page; a page without body rows (a
 * header printed at the foot of a page, a wrapped piece at the top) joins
 * the next page's group, or the previous one at the end of the table.
 */
function pageSegments(pages: readonly number[], body: readonly boolean[]): number[][] {
  const groups: number[][] = [];
  pages.forEach((page, r) => {
    const last = groups[groups.length - 1];
    if (last && pages[last[0] as number] === page) last.push(r);
    else groups.push([r]);
  });
  const out: number[][] = [];
  let pending: number[] = [];
  for (const group of groups) {
    pending.push(...group);
    if (group.some((r) => body[r])) {
      out.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = out[out.length - 1];
    if (last) last.push(...pending);
    else out.push(pending);
  }
  return out;
}
