import type { Report } from '@budgetdoc/schema';

/** Header of findings.csv / findings.jsonl: one record per finding of any source. */
export const FINDINGS_HEADER = ['report_id', 'code', 'severity', 'source', 'table_key', 'table_no', 'side', 'row', 'column', 'page', 'line', 'expected', 'actual', 'tolerance', 'message'] as const;

/** One findings.csv record. */
export type FindingRecord = Record<(typeof FINDINGS_HEADER)[number], string | number>;

/**
 * One record per finding (extractor, normalizer, validator, pipeline). The
 * table's form number comes from the table the finding names; fields a
 * finding does not have are empty strings. For prose findings (PROSE_*),
 * page/line point at the sentence and table/row/column at the table cell
 * the sentence was compared with.
 * @param report a processed report
 * @returns records in the report's finding order
 * @example findingRecords(report)[0].code // 'SIDES_UNBALANCED'
 */
export function findingRecords(report: Report): FindingRecord[] {
  const formNo = new Map(report.tables.map((table) => [table.id, table.formNo ?? '']));
  return report.findings.map((finding) => {
    const where = finding.where;
    return {
      report_id: report.id,
      code: finding.code,
      severity: finding.severity,
      source: finding.source,
      table_key: where.tableKey ?? '',
      table_no: where.table ? (formNo.get(where.table) ?? '') : '',
      side: where.side ?? '',
      row: where.row ?? '',
      column: where.column ?? '',
      page: where.page ?? '',
      line: where.line ?? '',
      expected: finding.expected ?? '',
      actual: finding.actual ?? '',
      tolerance: finding.tolerance ?? '',
      message: finding.message,
    };
  });
}
