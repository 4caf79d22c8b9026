import type { Report } from '@budgetdoc/schema';

/**
 * Fill canonical keys (sections, tables, columns, rows) and add normalizer
 * findings. Stub until issue 4.
 * @example normalizeReport(extractText(input))
 */
export function normalizeReport(report: Report): Report {
  return report;
}
