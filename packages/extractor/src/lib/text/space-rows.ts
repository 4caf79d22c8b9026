import { headingNumbering } from '../assemble/heading-numbering.ts';
import { parseCellValue } from '../assemble/parse-cell-value.ts';
import { isSubjectCode } from '../assemble/subject-code.ts';
import type { LayoutToken } from './layout-tokens.ts';
import type { SpaceColumn } from './space-columns.ts';

/** One printed line of a grid with its tokens and texts per column. */
export interface GridRow {
  /** Index into the document's lines. */
  readonly index: number;
  /** 1-based source line number. */
  readonly line: number;
  readonly page: number;
  readonly body: boolean;
  /** Tokens per column (as printed; texts may differ after joins). */
  cells: LayoutToken[][];
  /** Texts per column, after joins. */
  texts: string[];
  /** Source lines folded into this row (wrapped label pieces, numbers printed a line off). */
  readonly folded: number[];
  /** Columns where this row received integers printed on another line (序号, codes): they must not be read as amounts. */
  readonly moved: Set<number>;
}

const isNumberCell = (text: string): boolean => {
  const kind = parseCellValue(text).kind;
  return kind === 'number' || kind === 'percent' || kind === 'dash';
};

/** Headers of the code-level columns, which a converter may print on a line of their own under the first body line. */
const STUB_ONLY = /^(?:类|款|项)(?:\s*(?:款|项))*$/;

/** A total label (合计, 总计, 小计, 本年收入合计 …). */
const isTotal = (text: string): boolean => /^(?:本年.{0,6})?(?:合计|总计|小计)$/.test(text.replace(/\s+/g, ''));

/** Headers of columns whose integers are line numbers or codes: 行次 / 行号 / 序号, or a code header. */
const STUB_NUMBER_HEADER = /^(?:行次|行号|序号)$|代码|编码|编号|^[类款项]$/;

const printed = (row: GridRow): boolean => row.texts.some((t) => t !== '');

/** True when the row prints a number or dash in a value column. */
function hasValue(row: GridRow, columns: readonly SpaceColumn[]): boolean {
  return row.texts.some((t, c) => t !== '' && columns[c]?.kind !== 'text' && isNumberCell(t));
}

/** True when the row prints text (not numbers) only. */
function labelOnly(row: GridRow, columns: readonly SpaceColumn[]): boolean {
  return !hasValue(row, columns) && printed(row);
}

/** True when the row prints values and nothing in its label columns. */
function numbersOnly(row: GridRow, columns: readonly SpaceColumn[]): boolean {
  return hasValue(row, columns) && row.texts.every((t, c) => t === '' || columns[c]?.kind !== 'text');
}

/** Every cell `part` prints is blank in `main`. */
function fitsInto(part: GridRow, main: GridRow): boolean {
  return part.texts.every((t, c) => t === '' || (main.texts[c] ?? '') === '');
}

/** Text that starts a row of its own: numbering, a subject code, a total word. */
function startsRow(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return headingNumbering(compact) !== null || isSubjectCode(compact.slice(0, 7)) || /^\d/.test(compact) || /^(?:合计|总计|小计|其中)/.test(compact);
}

/** Source lines a row covers, folded ones included. */
const firstLine = (row: GridRow): number => Math.min(row.line, ...row.folded);
const lastLine = (row: GridRow): number => Math.max(row.line, ...row.folded);

/**
 * Fold rows into one, cell by cell in line order. Amounts never move: the
 * row that prints numbers receives the others (so every number keeps the
 * line it is printed on as its provenance), and rows that print numbers on
 * two lines are not folded. Returns whether the fold happened.
 */
function fold(parts: readonly GridRow[], main: GridRow, numeric: (row: GridRow) => boolean): boolean {
  const all = [...parts, main];
  const printing = all.filter(numeric);
  if (printing.length > 1) return false;
  const into = printing[0] ?? main;
  const ordered = [...all].sort((a, b) => a.line - b.line);
  into.texts = into.texts.map((_, c) =>
    ordered
      .map((r) => r.texts[c] ?? '')
      .filter((t) => t !== '')
      .join(''),
  );
  for (const part of all) {
    if (part === into) continue;
    into.folded.push(part.line, ...part.folded);
    part.cells.forEach((tokens, c) => {
      if (tokens.some((t) => t.kind === 'int' || t.kind === 'amount')) into.moved.add(c);
    });
    for (const c of part.moved) into.moved.add(c);
    part.texts = part.texts.map(() => '');
  }
  return true;
}

/**
 * Rows of one table body whose printed lines belong together. pdftotext
 * prints one table row over several lines when the row is taller than a
 * line: a wrapped label around its numbers (label piece, numbers, label
 * piece), or the amounts of some columns a line above the others (the PDF
 * aligns them differently). In order:
 * 1. lines holding only the code-level headers (类 款 项) printed under the
 *    first body line go to the header;
 * 2. a numbers-only line and the adjacent label-only row whose cells are
 *    blank where it prints are one row; when both neighbours fit, the
 *    direction the table's clear cases take decides (a layout prints such
 *    amounts consistently above or below their row); a numbers-only line
 *    with no neighbour takes a total label (合计) up to three lines further
 *    down across blank lines;
 * 3. a label-only line right above or below a line with numbers whose cells
 *    it fits into is part of that line (a label printed around its centred
 *    numbers), unless the line prints a total label (合计) in the same
 *    side-by-side group; so is a third piece continuing the second;
 * 4. a label-only line right under a row (or first on the next page) whose
 *    label in that column fills the column's width, and that does not start
 *    a row itself (numbering, code, total word), continues that label.
 * "Adjacent" means on the next source line, with no blank line between.
 * Amounts never move to another line (see {@link fold}): the grid assembler
 * cites one source line per row, and every number must be printed there.
 * @param header header rows (receive the code-level headers)
 * @param rows body rows (from the first body row on) in order
 * @param columns the grid's columns
 * @param blanks source line numbers of blank lines in the grid
 */
export function foldWrappedRows(header: readonly GridRow[], rows: readonly GridRow[], columns: readonly SpaceColumn[], blanks: ReadonlySet<number>): void {
  // Numbers a row prints itself, except integers under a 序号 / 行次 / code header, which the grid reads as
  // line numbers and subject codes, never as amounts (the same header words the grid parser tests).
  const stubNumbers = columns.map((column, c) => column.kind === 'text' && header.some((h) => STUB_NUMBER_HEADER.test((h.texts[c] ?? '').replace(/\s+/g, ''))));
  const numeric = (row: GridRow): boolean => row.cells.some((tokens, c) => tokens.some((t) => (t.kind === 'amount' || t.kind === 'int') && !(t.kind === 'int' && stubNumbers[c])));
  // 1. Code-level headers printed inside the body.
  const lastHeader = header[header.length - 1];
  for (const row of rows) {
    if (!lastHeader || !printed(row) || hasValue(row, columns)) continue;
    const stub = row.texts.map((t) => t !== '' && STUB_ONLY.test(t.trim()));
    if (!stub.some(Boolean) || row.texts.some((t, c) => t !== '' && !stub[c])) continue;
    row.texts.forEach((t, c) => {
      if (t === '') return;
      lastHeader.texts[c] = [lastHeader.texts[c] ?? '', t].filter((x) => x !== '').join(' ');
    });
    row.texts = row.texts.map(() => '');
  }
  const live = (): GridRow[] => rows.filter(printed);
  const noBlankBetween = (a: number, b: number): boolean => {
    for (let x = a + 1; x < b; x++) if (blanks.has(x)) return false;
    return true;
  };
  // Two rows are adjacent when nothing printed and no blank line lies between them.
  const adjacent = (a: GridRow | undefined, b: GridRow | undefined): boolean => a !== undefined && b !== undefined && noBlankBetween(lastLine(a), firstLine(b)) && firstLine(b) > lastLine(a);
  // 2. Numbers-only lines and their labels.
  let list = live();
  const target = (row: GridRow, other: GridRow | undefined): boolean => other !== undefined && printed(other) && !numeric(other) && (other.line < row.line ? adjacent(other, row) : adjacent(row, other)) && fitsInto(row, other);
  const choices = list.map((row, k) => (numbersOnly(row, columns) ? { up: target(row, list[k - 1]), down: target(row, list[k + 1]) } : null));
  const ups = choices.filter((c) => c?.up && !c.down).length;
  const downs = choices.filter((c) => c?.down && !c.up).length;
  list.forEach((row, k) => {
    const choice = choices[k];
    if (!choice || !printed(row)) return;
    const up = list[k - 1];
    const down = list[k + 1];
    if (choice.up && choice.down) fold([row], (ups > downs ? up : down) as GridRow, numeric);
    else if (choice.up) fold([row], up as GridRow, numeric);
    else if (choice.down) fold([row], down as GridRow, numeric);
    else {
      // A total label a few lines down across blank lines only (合计 printed under its amounts).
      let next = k + 1;
      while (next < list.length && !printed(list[next] as GridRow)) next++;
      const below = list[next];
      if (below && labelOnly(below, columns) && below.texts.some(isTotal) && firstLine(below) - lastLine(row) <= 4 && fitsInto(row, below)) fold([row], below, numeric);
    }
  });
  // Side-by-side groups: a label column after a value column starts a group.
  const groupOf: number[] = [];
  columns.forEach((column, c) => groupOf.push(c === 0 ? 0 : (groupOf[c - 1] as number) + (column.kind === 'text' && columns[c - 1]?.kind !== 'text' ? 1 : 0)));
  // A label piece fits a row with numbers when it fills blank cells, in groups where the row prints no total label
  // (a label-only line next to 合计 is a row of its own).
  const labelFits = (part: GridRow, main: GridRow): boolean => {
    if (!fitsInto(part, main)) return false;
    const totals = new Set(main.texts.flatMap((t, q) => (isTotal(t) ? [groupOf[q]] : [])));
    return part.texts.every((t, c) => t === '' || !totals.has(groupOf[c]));
  };
  // 3. Label pieces around numbers.
  list = live();
  const used = new Set<GridRow>();
  list.forEach((row, k) => {
    if (used.has(row) || !hasValue(row, columns)) return;
    const parts: GridRow[] = [];
    const above = list[k - 1];
    if (above && !used.has(above) && adjacent(above, row) && labelOnly(above, columns) && labelFits(above, row)) parts.push(above);
    const below = list[k + 1];
    if (below && adjacent(row, below) && labelOnly(below, columns) && labelFits(below, row)) {
      // A piece that could start the next row's label (label above its numbers) stays there unless it completes one.
      const next = list[k + 2];
      const claimed = parts.length === 0 && next !== undefined && adjacent(below, next) && hasValue(next, columns) && labelFits(below, next);
      if (!claimed) {
        parts.push(below);
        // A third piece continues the second in the same columns.
        const third = list[k + 2];
        if (third && adjacent(below, third) && labelOnly(third, columns) && labelFits(third, row) && third.texts.every((t, c) => t === '' || (below.texts[c] ?? '') !== '') && !third.texts.some((t) => t !== '' && startsRow(t))) parts.push(third);
      }
    }
    if (parts.length > 0 && fold(parts, row, numeric)) for (const part of parts) used.add(part);
  });
  // 4. Continuations of a full-width label on the next line.
  list = live();
  const longest = columns.map((_, c) => Math.max(0, ...list.map((r) => (r.texts[c] ?? '').length)));
  let previous: GridRow | undefined;
  for (const row of list) {
    // The first line of a new page may finish the label the previous page broke off (十七、国土海洋气象等支 | 出).
    if (previous && (adjacent(previous, row) || row.page > previous.page) && labelOnly(row, columns)) {
      const continues = row.texts.every((t, c) => {
        if (t === '') return true;
        const above = previous?.texts[c] ?? '';
        return columns[c]?.kind !== 'value' && above !== '' && !isNumberCell(above) && !startsRow(t) && above.length >= 0.75 * (longest[c] ?? 0);
      });
      if (continues && fold([row], previous, numeric)) continue;
    }
    previous = row;
  }
}
