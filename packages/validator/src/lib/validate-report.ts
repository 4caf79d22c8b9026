import type { Report } from '@budgetdoc/schema';

/**
 * Run the arithmetic, cross-table and prose checks and extract key figures.
 * Stub until issue 5.
 * @example validateReport(normalizeReport(extractText(input)))
 */
export function validateReport(report: Report): Report {
  return report;
}
