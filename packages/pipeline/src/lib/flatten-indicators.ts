import type { Report } from '@budgetdoc/schema';

/** Header of indicators.csv: one row per indicator leaf of every performance table. */
export const INDICATORS_HEADER = ['report_id', 'table', 'table_key', 'project', 'level1', 'level2', 'level3', 'target', 'target_adjusted', 'actual', 'weight', 'score', 'reason', 'page', 'line'] as const;

export type IndicatorRecord = Record<(typeof INDICATORS_HEADER)[number], string | number>;

const KEY_OF_KIND = {
  project_evaluation: 'project_performance_evaluation',
  overall_evaluation: 'overall_performance_evaluation',
  project_targets: 'project_performance_targets',
  overall_targets: 'overall_performance_targets',
} as const;

/**
 * One record per indicator leaf: report, table id, project (the leaf's own
 * for tables listing several projects), the three level
 * labels, target / adjusted target / actual as printed, weight and score as
 * printed, the deviation reason, and where the leaf was printed.
 * @example indicatorRecords(report)[0]?.level3 // '劳务派遣人员'
 */
export function indicatorRecords(report: Report): IndicatorRecord[] {
  const out: IndicatorRecord[] = [];
  for (const perf of report.performance) {
    for (const leaf of perf.indicators) {
      out.push({
        report_id: report.id,
        table: perf.table,
        table_key: KEY_OF_KIND[perf.kind],
        project: leaf.project ?? perf.project ?? '',
        level1: leaf.level1 ?? '',
        level2: leaf.level2 ?? '',
        level3: leaf.level3 ?? '',
        target: leaf.target?.printed ?? '',
        target_adjusted: leaf.targetAdjusted?.printed ?? '',
        actual: leaf.actual?.printed ?? '',
        weight: leaf.weight?.printed ?? '',
        score: leaf.score?.printed ?? '',
        reason: leaf.reason ?? '',
        page: leaf.prov.page,
        line: leaf.prov.line,
      });
    }
  }
  return out;
}
