import type { SourceLine } from '../source-line.ts';

/**
 * A SourceLine with optional hints from the input format. Text input knows
 * Markdown heading depth; PDF input may know nothing beyond the cells. The
 * assembler treats every hint as optional so it stays format-agnostic.
 */
export interface AssembleLine extends SourceLine {
  /** Markdown heading depth (1–6) when the source marked the line as a heading. */
  readonly heading?: number;
}

/**
 * The printed text of a line without markup: its cells joined by a space
 * when it has several, else the single cell.
 * @example lineText({ page: 1, line: 1, text: '## 目录', cells: [{ text: '目录', start: 3, end: 5 }], split: 'none' }) // '目录'
 */
export function lineText(line: SourceLine): string {
  const texts = line.cells.map((c) => c.text).filter((t) => t !== '');
  return texts.join(' ');
}

/** Non-empty cells of a line. */
export function filledCells(line: SourceLine): number {
  return line.cells.filter((c) => c.text !== '').length;
}

/** True for a line with no printed text. */
export function isBlankLine(line: SourceLine): boolean {
  return filledCells(line) === 0;
}
