import type { SourceCell } from '../source-line.ts';

/**
 * Split a tab-separated line into cells, keeping empty cells: in
 * spreadsheet exports an empty cell is a column position, not noise.
 * Positions are character columns of the raw line.
 * @param line raw line without the line break
 * @returns one cell per tab-separated field
 * @example splitTabCells('208\t社会保障\t\t10.05').length // 4
 */
export function splitTabCells(line: string): SourceCell[] {
  const cells: SourceCell[] = [];
  let start = 0;
  for (const field of line.split('\t')) {
    const lead = field.length - field.trimStart().length;
    const text = field.trim();
    cells.push({ text, start: start + lead, end: start + lead + text.length });
    start += field.length + 1;
  }
  return cells;
}

/**
 * Split a pdftotext-style line on runs of two or more spaces (single spaces
 * occur inside Chinese text and numbers such as `945. 84`). Empty cells
 * cannot be seen in this layout, so none are produced.
 * @param line raw line
 * @returns the non-empty cells with their character columns
 * @example splitSpaceCells('合计   945.84   160.74').map((c) => c.text) // ['合计', '945.84', '160.74']
 */
export function splitSpaceCells(line: string): SourceCell[] {
  const cells: SourceCell[] = [];
  const pattern = /\S(?:\S| (?! ))*/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    cells.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return cells;
}
