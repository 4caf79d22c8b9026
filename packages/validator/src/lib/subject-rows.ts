import type { Row } from '@budgetdoc/schema';

// Subject codes: 类 3 digits, 款 5, 项 7 (function and economic classification alike).
const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/;

// Tables whose codes are not subject codes (unit codes 509001…) or that have no hierarchy.
export const NOT_SUBJECT_CODED = new Set(['special_project_expenditure', 'government_procurement', 'government_purchase_services']);

/** The row's subject code (类 3, 款 5, 项 7 digits), from its code or its key. */
export function subjectCode(row: Row): string | null {
  const code = row.code ?? (row.key && SUBJECT_CODE.test(row.key) ? row.key : null);
  return code && SUBJECT_CODE.test(code) ? code : null;
}

/**
 * The rows one level below `code`: the 款 of a 类 (or its 项 when the table
 * skips the 款 level), the 项 of a 款. Rows repeating a code (budget tables
 * that split one department code over several government codes) all count.
 */
export function childRows(rows: readonly Row[], code: string): Row[] {
  const below = rows.filter((row) => {
    const c = subjectCode(row);
    return c !== null && c.length > code.length && c.startsWith(code);
  });
  const nextLength = Math.min(...below.map((row) => subjectCode(row)?.length ?? 99));
  return below.filter((row) => subjectCode(row)?.length === nextLength);
}
