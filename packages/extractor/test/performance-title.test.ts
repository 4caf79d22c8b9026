import { describe, expect, it } from 'vitest';
import { isPerformanceTitle } from '../src/lib/assemble/table-line-kinds.ts';
import { performanceKind } from '../src/lib/performance/parse-performance-table.ts';

describe('performance table titles', () => {
  it.each([
    ['医保专网建设项目绩效自评表', 'project_evaluation'],
    ['2023年度部门整体支出绩效自评表', 'overall_evaluation'],
    ['预算12表 项目支出绩效目标表', 'project_targets'],
    ['2022 年部门整体支出绩效目标表', 'overall_targets'],
    // An evaluation report's indicator table lists targets (指标值) without scores.
    ['表 1：项目年度绩效指标表', 'project_targets'],
  ])('%s is a performance table of kind %s', (title, kind) => {
    expect(isPerformanceTitle(title)).toBe(true);
    expect(performanceKind(title, false)).toBe(kind);
  });

  it.each(['一般公共预算财政拨款基本支出决算表', '绩效评价工作开展情况', '部门预算绩效管理情况说明'])('%s is not', (title) => {
    expect(isPerformanceTitle(title)).toBe(false);
  });
});
