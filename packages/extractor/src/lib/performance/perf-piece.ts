import type { SourceLine } from '../source-line.ts';
import { parsePerfCellValue } from './parse-cell-value.ts';

/**
 * One source line of a performance table as a list of cell texts. `gridded`
 * lines come from tab/pipe/PDF/multi-space splitting (empty cells kept where
 * the splitter keeps them); the others are flowed text whose cells are
 * separated by single spaces and wrapped across lines.
 */
export interface PerfPiece {
  readonly line: SourceLine;
  readonly cells: readonly string[];
  readonly gridded: boolean;
}

/** Whitespace-free form used to compare labels (`产出 指标` = `产出指标`). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const CJK = /\p{Script=Han}/u;
const PURE_NUMBER = /^[-−]?\d[\d,]*(?:\.\d+)?$/;
const OPEN_PAREN_NUMBER = /^[（(]\s*\d+(?:\.\d+)?$/;

/**
 * Tokens of a flowed line: split on spaces, then re-join what the converter
 * split inside one cell — a bare number followed by a Han token (`2023 年`,
 * `159158 人`, the space pdftotext puts between digits and Han text) and an
 * opening bracket with its number followed by the closing part (`（50 分）`).
 */
export function flowTokens(text: string): string[] {
  const raw = text.trim().split(/\s+/).filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] ?? '';
    const next = raw[i + 1];
    // Not after another number: `10 10 无` is 分值, 得分 and a reason.
    const afterNumber = i > 0 && PURE_NUMBER.test(raw[i - 1] ?? '');
    if (next !== undefined && !afterNumber && PURE_NUMBER.test(token) && CJK.test(next.charAt(0)) && !isValueToken(next)) {
      out.push(`${token} ${next}`);
      i++;
    } else if (next !== undefined && /[（(]$/.test(token) && PURE_NUMBER.test(next)) {
      // `指（ 10`: a weight opened at the end of a label fragment.
      out.push(`${token}${next}`);
      i++;
    } else if (next !== undefined && OPEN_PAREN_NUMBER.test(token) && /^[^\d]*[）)]$/.test(next)) {
      out.push(`${token}${next}`);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** A token that reads as an amount, percentage or dash. */
export function isValueToken(token: string): boolean {
  const kind = parsePerfCellValue(token).kind;
  return kind === 'number' || kind === 'percent' || kind === 'dash';
}

/** True when the line's cells come from a grid (tabs, pipes, PDF boxes, wide space gaps). */
export function isGriddedLine(line: SourceLine): boolean {
  if (line.split === 'tab' || line.split === 'pipe' || line.split === 'pdf') return true;
  // Single spaces also separate words inside a cell in flowed text, so only
  // runs of two or more spaces mark a column gap.
  return /\S[ \u3000]{2,}\S/.test(line.text);
}

/**
 * Lines → pieces. A table is read as gridded when most of its non-blank lines
 * carry several cells; otherwise every line is flowed text.
 */
export function toPieces(lines: readonly SourceLine[]): { pieces: PerfPiece[]; gridded: boolean } {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const griddedCount = nonBlank.filter(isGriddedLine).length;
  const gridded = nonBlank.length > 0 && griddedCount * 3 >= nonBlank.length;
  const pieces = nonBlank.map((line) => {
    if (gridded) {
      // Space-split lines are re-split on wide gaps only: one space is a word gap inside a cell.
      const ruled = line.split === 'tab' || line.split === 'pipe' || line.split === 'pdf';
      const cells = ruled && line.cells.length > 0 ? line.cells.map((c) => c.text.trim()) : line.text.trim().split(/[ \u3000]{2,}/);
      return { line, cells, gridded: true };
    }
    return { line, cells: flowTokens(line.text), gridded: false };
  });
  return { pieces, gridded };
}
