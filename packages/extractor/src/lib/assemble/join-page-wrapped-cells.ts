import type { SourceCell, SourceLine } from '../source-line.ts';
import { headingNumbering } from './heading-numbering.ts';
import { parseCellValue } from './parse-cell-value.ts';
import { isSubjectCode } from './subject-code.ts';

/** Cell edges on two pages count as one column within this many points. */
const SAME_COLUMN = 2;

/**
 * A table row whose label wraps at the bottom of a page is printed in two
 * pieces: the label's first line on page N, its last characters
 * (十七、国土海洋气象等支 | 出) as the first body row of page N+1. The piece on
 * the new page is a continuation when
 * - it is the first body line after a page break and prints text in one cell
 *   only, with no numbering, code, amount or total word;
 * - the last body line of the previous page prints a label in the same column
 *   (same cell edges), and that label fills its cell: the gap to the right edge
 *   is narrower than the left padding plus one character, so the next
 *   character could not fit (needs PDF boxes; text input is left alone).
 * The piece's text is appended to that cell and the piece is dropped.
 * @param body body lines of one table in order
 * @returns the lines with continuations joined; `joined` maps each dropped piece to the line it was joined to, `original` each joined line to the line as printed
 * @example joinPageWrappedCells(body).joined.size // 1 when 出 continues 十七、国土海洋气象等支
 */
export function joinPageWrappedCells(body: readonly SourceLine[]): { lines: SourceLine[]; joined: Map<SourceLine, SourceLine>; original: Map<SourceLine, SourceLine> } {
  const lines: SourceLine[] = [];
  const joined = new Map<SourceLine, SourceLine>();
  const original = new Map<SourceLine, SourceLine>();
  for (const line of body) {
    const previous = lines[lines.length - 1];
    const at = previous && previous.page < line.page ? continuedCell(previous, line) : null;
    if (previous && at !== null) {
      const merged = withCellText(previous, at, line.cells[at] as SourceCell);
      const printed = original.get(previous) ?? previous;
      lines[lines.length - 1] = merged;
      original.set(merged, printed);
      joined.set(line, printed);
      continue;
    }
    lines.push(line);
  }
  return { lines, joined, original };
}

/** Index of the one cell of `piece` that continues the same cell of `above`, or null. */
function continuedCell(above: SourceLine, piece: SourceLine): number | null {
  if (above.cells.length !== piece.cells.length) return null;
  const filled = piece.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.text.trim() !== '');
  const only = filled.length === 1 ? filled[0] : undefined;
  if (!only) return null;
  const text = only.c.text.replace(/\s+/g, '');
  if (parseCellValue(text).kind !== 'text' || isSubjectCode(text) || headingNumbering(text) !== null || /^(?:合计|总计|小计|其中)/.test(text)) return null;
  const cell = above.cells[only.i];
  if (!cell || cell.text.trim() === '' || parseCellValue(cell.text).kind !== 'text') return null;
  if (Math.abs(cell.start - only.c.start) > SAME_COLUMN || Math.abs(cell.end - only.c.end) > SAME_COLUMN) return null;
  return fillsCell(cell) ? only.i : null;
}

/** The cell's text reaches its right edge: no room for one more character. */
function fillsCell(cell: SourceCell): boolean {
  if (!cell.box) return false;
  const [x0, y0, x1, y1] = cell.box;
  const height = y1 - y0;
  const padding = Math.max(0, x0 - cell.start);
  return height > 0 && cell.end - x1 < padding + 0.9 * height;
}

function withCellText(line: SourceLine, at: number, piece: SourceCell): SourceLine {
  const cells = line.cells.map((cell, i) => (i === at ? { ...cell, text: `${cell.text}${piece.text}` } : cell));
  return { ...line, cells, text: cells.map((c) => c.text).filter(Boolean).join(' ') };
}
