import { headingNumbering } from './heading-numbering.ts';
import { parseCellValue } from './parse-cell-value.ts';
import { isSubjectCode } from './subject-code.ts';

/**
 * True when a grid row reads as a body row rather than a header row: it
 * prints an amount with decimals or separators, or mostly numbers (amounts
 * in 元 have no decimals), starts with a subject code followed by a name, or
 * starts with a numbered or total label followed by at most one more text
 * cell (header rows carry many labels: 合计 | 因公出国费 | …).
 * @param cells cell texts
 * @example isBodyLike(['208', '社会保障和就业支出', '10.05']) // true
 * @example isBodyLike(['项目', '', '本年支出合计']) // false
 */
export function isBodyLike(cells: readonly string[]): boolean {
  if (cells.some((c) => /[.,]\d/.test(c) && parseCellValue(c).kind === 'number')) return true;
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const kinds = filled.map((c) => parseCellValue(c).kind);
  const numbers = kinds.filter((k) => k === 'number' || k === 'percent').length;
  const sequence = filled.every((c, i) => c === String(i + 1));
  if (numbers >= 2 && numbers > filled.length / 2 && !sequence) return true;
  const first = filled[0] ?? '';
  const second = filled[1] ?? '';
  if (isSubjectCode(first) && parseCellValue(second).kind === 'text') return true;
  const texts = kinds.filter((k) => k === 'text').length;
  return texts <= 2 && (headingNumbering(first) !== null || /^(?:合\s*计|总\s*计|小\s*计|本年.*合计)$/.test(first));
}
