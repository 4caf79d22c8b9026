import type { SourceCell } from '../source-line.ts';
import { readHtmlTable } from './html-table.ts';
import type { MdNode } from './md-node.ts';

/** One table row (or a caption / note printed with an HTML table) read from a Markdown source line. */
export interface MarkdownRow {
  readonly cells: readonly SourceCell[];
  /** 'pipe' for table rows (empty cells kept as column positions), 'none' for a one-cell text line. */
  readonly split: 'pipe' | 'none';
}

/**
 * Rows of a GFM pipe table, per 1-based source line. Cells come from the
 * tableCell positions, so each cell's text is the raw slice of its line
 * (what was printed) without the pipes around it, without the inline markup
 * ranges given (`**`, `<br>`), and with `\|` unescaped. The delimiter row
 * (`| --- | :---: |`) maps to no row, so it reads as a blank line. A row line
 * without any pipe is prose that GFM's lazy continuation pulled into the
 * table (a note printed right under it): it is left out, to be read as text.
 * @param table a `table` node
 * @param lines the raw source lines the tree was parsed from
 * @param markupOf markup ranges [start, end) of a 1-based line
 * @returns rows per line; an empty list marks the delimiter row
 * @example pipeTableRows(table, ['| 208 | 社会保障 |', '| --- | --- |'], () => []).get(2) // []
 */
export function pipeTableRows(table: MdNode, lines: readonly string[], markupOf: (line: number) => readonly (readonly [number, number])[]): Map<number, MarkdownRow[]> {
  const rows = new Map<number, MarkdownRow[]>();
  const start = table.position?.start.line;
  // GFM puts the delimiter row right under the one-line header row.
  if (start !== undefined && start + 1 <= (table.position?.end.line ?? start)) rows.set(start + 1, []);
  for (const row of table.children ?? []) {
    const lineNo = row.position?.start.line;
    const raw = lineNo === undefined ? undefined : lines[lineNo - 1];
    if (lineNo === undefined || raw === undefined || !raw.includes('|')) continue;
    const markup = markupOf(lineNo);
    const cells: SourceCell[] = [];
    for (const cell of row.children ?? []) {
      const position = cell.position;
      if (!position || position.start.line !== lineNo) continue;
      cells.push(pipeCell(raw, position.start.column - 1, position.end.line === lineNo ? position.end.column - 1 : raw.length, markup));
    }
    rows.set(lineNo, [{ cells, split: 'pipe' }]);
  }
  return rows;
}

/**
 * One pipe-table cell from the raw slice [from, to) of its line: the slice
 * runs from the cell's leading pipe to the next pipe (the last cell also
 * holds the closing pipe).
 */
function pipeCell(raw: string, from: number, to: number, markup: readonly (readonly [number, number])[]): SourceCell {
  let start = from;
  let end = Math.min(to, raw.length);
  while (start < end && /\s/.test(raw[start] as string)) start++;
  if (raw[start] === '|' && start < end) start++;
  while (start < end && /\s/.test(raw[start] as string)) start++;
  while (end > start && /\s/.test(raw[end - 1] as string)) end--;
  if (end > start && raw[end - 1] === '|' && raw[end - 2] !== '\\') end--;
  while (end > start && /\s/.test(raw[end - 1] as string)) end--;
  let text = '';
  for (let i = start; i < end; i++) if (!markup.some(([a, b]) => a <= i && i < b)) text += raw[i];
  return { text: text.replace(/\\\|/g, '|').trim(), start, end };
}

/**
 * Rows of an HTML table block (`html` node), per 1-based source line: each
 * `<tr>` belongs to the line its tag starts on, so a table printed one row a
 * line keeps exact line numbers. A table printed all on one line (MinerU
 * does this) gives all its rows that one line number: several rows then
 * share a line, which provenance can say no more precisely. Lines of the
 * block where no row starts (`<table>`, `</tr>`, cell lines of a multi-line
 * row) map to no row and read as blank. Cell columns are those of the line
 * the cell's text starts on.
 * @param node an `html` node holding a table
 * @param lines the raw source lines the tree was parsed from
 * @returns rows per line; an empty list marks a line with no row
 * @example htmlTableRows(node, lines).get(3)?.[0]?.cells.map((c) => c.text) // ['208', '社会保障和就业支出', '10.05', '10.05', '']
 */
export function htmlTableRows(node: MdNode, lines: readonly string[]): Map<number, MarkdownRow[]> {
  const rows = new Map<number, MarkdownRow[]>();
  const html = node.value ?? '';
  const first = node.position?.start.line;
  if (first === undefined) return rows;
  // Offset → (line, column). The node value drops container prefixes (`> `), so each value line is found at the end of its raw line.
  const starts: number[] = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(html); m; m = breaks.exec(html)) starts.push(m.index + m[0].length);
  const bases = starts.map((s, k) => {
    const valueLine = html.slice(s, (starts[k + 1] ?? html.length + 1) - 1).replace(/\r$/, '');
    const raw = lines[first - 1 + k] ?? '';
    return raw.endsWith(valueLine) ? raw.length - valueLine.length : 0;
  });
  const locate = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: first + lo, column: (bases[lo] ?? 0) + offset - (starts[lo] as number) };
  };
  for (let k = 0; k < starts.length; k++) rows.set(first + k, []);
  for (const item of readHtmlTable(html)) {
    const at = locate(item.offset);
    const cells: SourceCell[] =
      item.kind === 'row'
        ? item.cells.map((cell) => {
            const from = locate(cell.start);
            const to = locate(cell.end);
            return { text: cell.text, start: from.column, end: to.line === from.line ? to.column : (lines[from.line - 1]?.length ?? from.column) };
          })
        : [{ text: item.text, start: at.column, end: at.column + item.text.length }];
    rows.get(at.line)?.push({ cells, split: item.kind === 'row' ? 'pipe' : 'none' });
  }
  return rows;
}
