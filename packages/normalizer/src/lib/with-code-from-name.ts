import type { Row } from '@budgetdoc/schema';

// A subject code printed inside the label: "2010601-行政运行", "50101 工资奖金津补贴".
const CODE_IN_NAME = /^(\d{3}(?:\d{2}){0,2})\s*[-－—:：]?\s*(?=[^\d\s.])/;

/**
 * Read a subject code printed at the start of a row label. The returned row is
 * a working copy for keying (code set, label without the code); the report
 * keeps the row as printed.
 * @param row extracted row
 * @returns the row with `code` and `name` split, or the row itself
 * @example withCodeFromName(row).code // '2010601' for "2010601-行政运行"
 */
export function withCodeFromName(row: Row): Row {
  if (row.code) return row;
  const match = CODE_IN_NAME.exec(row.name);
  return match?.[1] ? { ...row, code: match[1], name: row.name.slice(match[0].length) } : row;
}
