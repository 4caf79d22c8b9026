import { isColumnNoLabel } from './table-line-kinds.ts';

/**
 * True for a 栏次 row: it carries the 栏次 label (also OCR'd 档次) among its
 * first cells, or is nothing but the integers 1, 2, 3 … in order.
 * @param cells cell texts of the row
 * @example isColumnNoRow(['栏次', '', '1', '2']) // true
 * @example isColumnNoRow(['1', '2', '3', '4']) // true
 */
export function isColumnNoRow(cells: readonly string[]): boolean {
  if (cells.slice(0, 4).some((c) => isColumnNoLabel(c))) return cells.some((c) => /^\d+$/.test(c.trim()));
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}

/**
 * Column numbers per position. The 栏次 row is taken at its positions when
 * they agree with where the body prints values; otherwise its numbers are
 * dealt out in order over the value positions (the row is shifted).
 * @param row the aligned 栏次 row
 * @param valuePositions value positions in order
 * @param filledPositions positions where some body row prints a non-blank value
 * @returns number per value position, and whether the numbers were re-dealt
 * @example columnNumbers(['栏次', '', '1', '2'], [2, 3], new Set([2])).numbers.get(2) // '1'
 */
export function columnNumbers(row: readonly string[], valuePositions: readonly number[], filledPositions: ReadonlySet<number>): { numbers: Map<number, string>; redealt: boolean } {
  const numbered = row.map((text, p) => ({ text: text.trim(), p })).filter((c) => /^\d+$/.test(c.text));
  const byIndex = new Map(numbered.filter((c) => valuePositions.includes(c.p)).map((c) => [c.p, c.text]));
  const agrees = numbered.every((c) => valuePositions.includes(c.p)) && [...filledPositions].every((p) => byIndex.has(p));
  if (agrees || numbered.length > valuePositions.length) return { numbers: byIndex, redealt: false };
  return { numbers: new Map(numbered.map((c, i) => [valuePositions[i] ?? -1, c.text])), redealt: true };
}
