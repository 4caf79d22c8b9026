import type { Report, Table } from '@budgetdoc/schema';

/**
 * The table a `--table` argument names: its id (`t06`), canonical key
 * (`income`), printed form number (`01`, `4`) or form label (`公开01表`).
 * Form numbers compare without leading zeros, so `1` finds `01`.
 * @param report the report
 * @param query what the user typed
 * @returns the matching tables (several when e.g. a key repeats)
 * @example findTables(report, '01')[0]?.id // 't06'
 */
export function findTables(report: Report, query: string): Table[] {
  const q = query.trim();
  const number = /^\d+$/.test(q) ? String(Number(q)) : null;
  return report.tables.filter(
    (table) =>
      table.id === q ||
      table.key === q ||
      table.formLabel === q ||
      table.formNo === q ||
      (number !== null && table.formNo !== null && /^\d+$/.test(table.formNo) && String(Number(table.formNo)) === number),
  );
}
