import { describe, expect, it } from 'vitest';
import { PerformanceTable, Table } from '@budgetdoc/schema';
import { parsePerformanceTable, type PerformanceResult } from '../src/lib/performance/parse-performance-table.ts';
import { corpusLines, performanceSlices } from './performance-lines.ts';

type Leaf = [string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null];

function parseAt(file: string, titleLine: number): PerformanceResult {
  const slice = performanceSlices(corpusLines(file)).find((s) => s.title.line === titleLine);
  if (!slice) throw new Error(`no performance title at ${file}:${titleLine}`);
  const result = parsePerformanceTable(slice.lines, { file, tableId: 't1', title: slice.title.text.trim(), titleLine: slice.title });
  if (!result) throw new Error('not parsed');
  PerformanceTable.parse(result.performance);
  Table.parse(result.table);
  return result;
}

/** [level1, level2, level3, target, actual, weight, score, reason] per leaf. */
function leaves(result: PerformanceResult): Leaf[] {
  return result.performance.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.printed ?? null, i.actual?.printed ?? null, i.weight?.printed ?? null, i.score?.printed ?? null, i.reason]);
}

const S000 = 's000_2023_final_xian-beilin_medical-insurance-center.txt';
const S001 = 's001_2023_final_gaoping_medical-insurance-center.txt';

describe('performance tables in tab-separated text (s000)', () => {
  it('finds every performance table of the report', () => {
    const slices = performanceSlices(corpusLines(S000));
    const results = slices.map((s) => parsePerformanceTable(s.lines, { file: S000, tableId: 't', title: s.title.text.trim(), titleLine: s.title }));
    expect(results.map((r) => [r?.performance.kind, r?.performance.indicators.length])).toEqual([
      ['overall_evaluation', 44],
      ['project_evaluation', 9],
      ['project_evaluation', 11],
      ['project_evaluation', 9],
    ]);
  });

  it('reads the header block and funds of a project self-evaluation', () => {
    const { performance, table } = parseAt(S000, 323);
    expect(performance).toMatchObject({
      kind: 'project_evaluation',
      year: 2023,
      project: '劳务派遣人员工作经费',
      managingUnit: { name: '西安市碑林区医疗保障局', code: null },
      implementingUnit: { name: '西安市碑林区医疗保险经办中心', code: null },
      totalWeight: { kind: 'number', value: '100' },
      totalScore: { kind: 'number', value: '98' },
      prov: { line: 323 },
    });
    expect(performance.goals).toMatch(/^维持碑林区医疗保险经办中心服务窗口正常工作/);
    expect(performance.results).toMatch(/^我单位于2023年招聘11位劳务派遣人员/);
    const funds = performance.funds.map((f) => [f.key, Object.fromEntries(f.values.map((v) => [v.column, v.value.printed]))]);
    expect(funds[0]).toEqual(['total', { initial_budget: '55.04', annual_budget: '55.04', executed: '51.13', weight: '10.0', execution_rate: '93%', score: '9' }]);
    expect(funds[1]).toEqual(['current_appropriation', { initial_budget: '55.04', annual_budget: '55.04', executed: '51.13', weight: '—', execution_rate: '93%', score: '—' }]);
    expect(funds.map((f) => f[0])).toEqual(['total', 'current_appropriation', 'carryover', 'other']);
    expect(table).toMatchObject({ key: 'project_performance_evaluation', status: 'data', unit: '万元' });
  });

  it('extracts the whole indicator tree, labels carried down from merged cells', () => {
    const result = parseAt(S000, 323);
    expect(leaves(result)).toEqual([
      ['产出指标 (50分)', '数量指标', '劳务派遣人员', '11人', '11人', '12.5', '12.5', null],
      ['产出指标 (50分)', '质量指标', '工资发放准确率', '100%', '100%', '12.5', '12.5', null],
      ['产出指标 (50分)', '时效指标', '工作完成时间', '2023年1-12月', '2023年1-12月', '12.5', '12.5', null],
      ['产出指标 (50分)', '成本指标', '劳务派遣人员工资社保及服务费', '55.04万元', '51.13万元', '12.5', '11.5', '1. 劳务派勤人员存在请假行为,下一步将加强考勤管理。2. 此项目为政府采购项目,服务费竞争性磋商后降低。'],
      ['效益指标 (30分)', '经济效益指标', null, null, null, null, null, null],
      ['效益指标 (30分)', '社会效益指标', '提升经办中心窗口服务质量', '有效提升', '显著提升', '15', '15', null],
      ['效益指标 (30分)', '生态效益指标', null, null, null, null, null, null],
      ['效益指标 (30分)', '可持续影响指标', '持续发挥影响基层作用', '≥2年', '2年', '15', '15', null],
      // This row is shifted one cell right in the source; content alignment puts it back.
      ['满意度指标 (10分)', '服务对象满意度指标', '工作人员满意度', '≥98%', '98%', '10', '10', null],
    ]);
    const first = result.performance.indicators[0];
    expect(first?.level1Weight).toBe('50');
    expect(first?.target).toEqual({ printed: '11人', comparator: null, number: '11', unit: '人' });
    expect(result.performance.indicators[8]?.target).toEqual({ printed: '≥98%', comparator: '≥', number: '98', unit: '%' });
    expect(first?.prov).toEqual({ file: S000, page: 1, line: 337 });
    // Leaf scores 89 + the funds row's 9 = 总分 98: no finding.
    expect(result.findings).toEqual([]);
  });

  it('reads the task list and total of the overall self-evaluation', () => {
    const { performance, findings } = parseAt(S000, 251);
    expect(performance.kind).toBe('overall_evaluation');
    expect(performance.project).toBe('西安市碑林区医疗保险经办中心');
    expect(performance.tasks.map((t) => [t.name, t.content, t.status, t.isTotal, Object.fromEntries(t.values.map((v) => [v.column, v.value.printed]))])).toEqual([
      ['任务1', '基本支出', '已完成', false, { 'budget.total': '160.74', 'budget.appropriation': '160.74', 'executed.total': '160.74', 'executed.appropriation': '160.74', weight: '—', execution_rate: '—', score: '—' }],
      ['任务2', '项目支出', '已完成', false, { 'budget.total': '785.1', 'budget.appropriation': '785.1', 'executed.total': '785.1', 'executed.appropriation': '785.1', weight: '—', execution_rate: '—', score: '—' }],
      ['金额合计', null, null, true, { 'budget.total': '945.84', 'budget.appropriation': '945.84', 'executed.total': '945.84', 'executed.appropriation': '945.84', weight: '10', execution_rate: '100.00%', score: '10' }],
    ]);
    expect(performance.totalScore?.printed).toBe('97.75');
    expect(performance.indicators[0]).toMatchObject({ level1: '产出 指标 (50分)', level3: '在职干部数', target: { printed: '11人' }, actual: { printed: '11人' }, weight: { value: '1.25' }, score: { value: '1.25' } });
    expect(performance.indicators.at(-1)).toMatchObject({ level1: '满意度 指标 (10分)', level2: '服务对象满意度指标', level3: '受众群体满意度', target: { printed: '≥95%' }, actual: { printed: '96%' } });
    // Leaf scores 87.75 + task total 10 = 97.75; the level-1 labels sit mid-group in this source, so their weights do not add up.
    expect(findings.map((f) => f.code)).not.toContain('PERF_SCORE_SUM');
  });

  it('reports a printed execution rate computed against the initial budget', () => {
    const { findings } = parseAt(S000, 348);
    expect(findings.map((f) => [f.code, f.severity, f.expected, f.actual])).toEqual([
      ['PERF_EXECUTION_RATE', 'info', '100.0', '99'],
      ['PERF_EXECUTION_RATE', 'info', '100.0', '99'],
    ]);
  });
});

describe('performance tables with codes and adjusted targets (s001)', () => {
  it('reads units with codes, split initial budget and adjusted targets', () => {
    const result = parseAt(S001, 563);
    const p = result.performance;
    expect(p.managingUnit).toEqual({ name: '高平市医疗保障局', code: '160', printed: '160-高平市医疗保障局' });
    expect(p.implementingUnit).toEqual({ name: '高平市医疗保险服务中心', code: '160002', printed: '160002-高平市医疗保险服务中心' });
    expect(p.grade).toBe('优');
    expect(p.totalScore?.printed).toBe('93.67');
    expect(Object.fromEntries(p.funds[0]?.values.map((v) => [v.column, v.value.printed]) ?? [])).toEqual({
      initial_declared: '160', initial_compiled: '160', annual_budget: '89.614', executed: '77.659', balance: '11.955', execution_rate: '86.66', score: '8.67',
    });
    expect(p.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.printed ?? null, i.targetAdjusted?.printed ?? null, i.actual?.printed ?? null, i.weight?.printed ?? null, i.score?.printed ?? null])).toEqual([
      ['产出指标', '数量指标', '宣传资料印刷份数', '≥2万份', '≥2万份', '≥0.71万份', '5', '5'],
      ['产出指标', '数量指标', '涉及乡镇个数', '=16家', '=16家', '=15家', '10', '10'],
      ['产出指标', '数量指标', '临时人员人数', '≥27人', '≥27人', '≥23人', '5', '5'],
      ['产出指标', '质量指标', '宣传资料印刷质量达标率', '=100%', '=100%', '=100%', '5', '5'],
      ['产出指标', '质量指标', '宣传活动完成率', '=100%', '=100%', '=100%', '5', '5'],
      ['产出指标', '时效指标', '城乡居民医疗保险缴费筹资临时工资发放时间', '9月-12月', '9月-12月', '达成预期指标', '5', '5'],
      // 未填报 is printed once across the merged target cells.
      ['成本指标', '成本指标', null, '未填报', null, '部分达成预期指标', '10', '5'],
      ['效益指标', '社会效益指标', '保证城乡居民基本医疗保险工作', '保障', '保障', '达成预期指标', '15', '15'],
      ['效益指标', '社会效益指标', '建立城乡居民基本医疗保险的长效机制', '建立', '建立', '达成预期指标', '15', '15'],
      ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', '≥90%', '≥90%', '10', '10'],
    ]);
    expect(p.indicators[1]?.target).toEqual({ printed: '=16家', comparator: '=', number: '16', unit: '家' });
    // 80 leaf points + 8.67 funds score = 88.67, but 总分 prints 93.67.
    expect(result.findings.map((f) => [f.code, f.expected, f.actual])).toEqual([['PERF_SCORE_SUM', '80', '93.67']]);
  });

  it('finds all eight project tables', () => {
    const slices = performanceSlices(corpusLines(S001));
    const counts = slices.map((s) => parsePerformanceTable(s.lines, { file: S001, tableId: 't', title: s.title.text.trim(), titleLine: s.title })?.performance.indicators.length);
    expect(counts).toEqual([10, 10, 8, 8, 12, 7, 7, 7]);
  });
});
