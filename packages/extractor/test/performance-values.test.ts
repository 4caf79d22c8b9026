import { describe, expect, it } from 'vitest';
import type { PerformanceTable, Report } from '@budgetdoc/schema';
import { SCHEMA_VERSION } from '@budgetdoc/schema';
import { INDICATORS_HEADER, indicatorRecords } from '../../pipeline/src/lib/flatten-indicators.ts';
import { checkPerformance } from '../src/lib/performance/check-performance.ts';
import { parseIndicatorValue } from '../src/lib/performance/parse-indicator-value.ts';
import { textToLines } from './performance-lines.ts';
import { parsePerformanceTable } from '../src/lib/performance/parse-performance-table.ts';

describe('parseIndicatorValue', () => {
  it.each([
    ['≥95%', '≥', '95', '%'],
    ['=100%', '=', '100', '%'],
    ['11人', null, '11', '人'],
    ['≤35人', '≤', '35', '人'],
    ['>437112', '>', '437112', null],
    ['578家/年', null, '578', '家/年'],
    ['大于等于90%', '≥', '90', '%'],
    ['≥0.71万份', '≥', '0.71', '万份'],
  ])('%s', (printed, comparator, number, unit) => {
    expect(parseIndicatorValue(printed)).toEqual({ printed, comparator, number, unit });
  });

  it('keeps texts that are not one number as printed only', () => {
    expect(parseIndicatorValue('2023年1-12月')).toEqual({ printed: '2023年1-12月', comparator: null, number: null, unit: null });
    expect(parseIndicatorValue('有效提升')).toEqual({ printed: '有效提升', comparator: null, number: null, unit: null });
  });
});

function perf(overrides: Partial<PerformanceTable>): PerformanceTable {
  return {
    kind: 'project_evaluation', table: 't1', title: 'x项目绩效自评表', year: 2023, project: 'x', managingUnit: null, implementingUnit: null,
    funds: [], goals: null, results: null, tasks: [], indicators: [], totalWeight: null, totalScore: null, grade: null,
    prov: { file: 'f', page: 1, line: 1 },
    ...overrides,
  };
}

describe('checkPerformance', () => {
  it('checks 执行率 against 执行数 / 全年预算数 within half a unit of the last printed digit', () => {
    const row = (executed: string, rate: string) => perf({
      funds: [{ label: '年度资金总额', key: 'total', prov: { file: 'f', page: 1, line: 5 }, values: [
        { column: 'annual_budget', header: '全年预算数', value: { kind: 'number', value: '55.04', printed: '55.04' } },
        { column: 'executed', header: '全年执行数', value: { kind: 'number', value: executed, printed: executed } },
        { column: 'execution_rate', header: '执行率', value: { kind: 'percent', value: rate, printed: `${rate}%` } },
      ] }],
    });
    expect(checkPerformance(row('51.13', '93'))).toEqual([]); // 92.897…% prints as 93%
    expect(checkPerformance(row('51.13', '92.90'))).toEqual([]); // 92.8968… within 0.005
    const broken = checkPerformance(row('51.13', '92.8'));
    expect(broken.map((f) => [f.code, f.expected, f.actual, f.tolerance, f.where.line])).toEqual([['PERF_EXECUTION_RATE', '92.90', '92.8', '0.05', 5]]);
  });

  it('checks leaf scores against 总分', () => {
    const leaf = (score: string) => ({ project: null, level1: null, level1Weight: null, level2: null, level3: 'a', target: null, targetAdjusted: null, actual: null, weight: { kind: 'number' as const, value: '50', printed: '50' }, score: { kind: 'number' as const, value: score, printed: score }, reason: null, prov: { file: 'f', page: 1, line: 9 } });
    const table = perf({ indicators: [leaf('40'), leaf('45.5')], totalScore: { kind: 'number', value: '85.5', printed: '85.5' }, totalWeight: { kind: 'number', value: '100', printed: '100' } });
    expect(checkPerformance(table)).toEqual([]);
    const off = checkPerformance({ ...table, totalScore: { kind: 'number', value: '86', printed: '86' } });
    expect(off.map((f) => [f.code, f.expected, f.actual])).toEqual([['PERF_SCORE_SUM', '85.5', '86']]);
  });
});

describe('indicatorRecords', () => {
  it('flattens every leaf with its table, project and place', () => {
    const text = ['测试项目绩效自评表', '项目名称\t测试项目\t\t', '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标 (50分)\t数量指标\t人数\t≥5人\t6人\t50\t50\t', '\t\t质量指标\t合格率\t100%\t99%\t50\t45\t原因', '总分\t\t\t\t\t\t100\t95\t'].join('\n');
    const lines = textToLines(text);
    const title = lines[0];
    if (!title) throw new Error('no title');
    const result = parsePerformanceTable(lines, { file: 'x.txt', tableId: 't7', title: title.text, titleLine: title });
    if (!result) throw new Error('not parsed');
    const report = { schemaVersion: SCHEMA_VERSION, id: 'x', performance: [result.performance] } as unknown as Report;
    const records = indicatorRecords(report);
    expect(Object.keys(records[0] ?? {})).toEqual([...INDICATORS_HEADER]);
    expect(records.map((r) => [r.table, r.project, r.level1, r.level2, r.level3, r.target, r.actual, r.weight, r.score, r.reason, r.line])).toEqual([
      ['t7', '测试项目', '产出指标 (50分)', '数量指标', '人数', '≥5人', '6人', '50', '50', '', 4],
      ['t7', '测试项目', '产出指标 (50分)', '质量指标', '合格率', '100%', '99%', '50', '45', '原因', 5],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(['PERF_LEVEL_WEIGHT_SUM']);
  });
});
