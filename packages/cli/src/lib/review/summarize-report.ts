import type { Report } from '@budgetdoc/schema';

/** One line of the review index: what a maintainer scans for across a batch. */
export interface ReportSummary {
  readonly id: string;
  readonly page: string;
  readonly file: string;
  readonly format: string;
  readonly unit: string | null;
  readonly year: number | null;
  readonly kind: string | null;
  readonly tables: number;
  readonly tablesWithData: number;
  readonly tablesNotData: number;
  readonly cells: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly unknownSections: number;
  /** Rows without a key, outside performance tables (whose indicator rows have none by design). */
  readonly unmatchedRows: number;
  readonly unknownTables: number;
}

/**
 * The index line of a report (small, so a 300-report batch keeps only these in memory).
 * @param report the report
 * @param page file name of its review page
 * @returns the summary
 * @example summarizeReport(report, 'a.html').cells
 */
export function summarizeReport(report: Report, page: string): ReportSummary {
  const rows = report.tables.flatMap((t) => t.rows);
  // Indicator rows of performance tables have no row keys by design; they would drown the real misses.
  const keyedRows = report.tables.filter((t) => !t.key?.includes('performance')).flatMap((t) => t.rows);
  return {
    id: report.id,
    page,
    file: report.source.file,
    format: report.source.format,
    unit: report.meta.unit,
    year: report.meta.year,
    kind: report.meta.kind,
    tables: report.tables.length,
    tablesWithData: report.tables.filter((t) => t.status === 'data').length,
    tablesNotData: report.tables.filter((t) => t.status !== 'data').length,
    cells: rows.reduce((sum, row) => sum + row.cells.length, 0),
    findings: report.findings.length,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    unknownSections: report.sections.filter((s) => s.key === null).length,
    unmatchedRows: keyedRows.filter((r) => r.key === null).length,
    unknownTables: report.tables.filter((t) => t.key === null).length,
  };
}
