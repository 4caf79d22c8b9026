import type { Cell } from '@budgetdoc/schema';

// A unit printed in parentheses at the end of a row name or header: "车辆数合计(辆)".
const PRINTED_UNIT = /[（(](辆|个|人|人次|台|台（套）|套|平方米|次|批次|家|项)[）)]$/;
const SCORE_KEYS = new Set(['weight', 'score']);

/**
 * The unit of one numeric cell in the flat outputs. The table's money unit
 * applies only where nothing more specific is printed: percentages are %,
 * performance weights and scores are 分, and a count whose row or column names
 * its unit ("车辆数合计(辆)") keeps that unit, so no count is read as 万元.
 * @example cellUnit('万元', '(一)车辆数合计(辆)', cell) // '辆'
 */
export function cellUnit(tableUnit: string | null, rowName: string, cell: Cell): string {
  if (cell.value.kind === 'percent') return '%';
  if (cell.key && SCORE_KEYS.has(cell.key)) return '分';
  const printed = PRINTED_UNIT.exec(rowName.trim()) ?? PRINTED_UNIT.exec((cell.header[cell.header.length - 1] ?? '').trim());
  if (printed?.[1]) return printed[1];
  return tableUnit ?? '';
}
