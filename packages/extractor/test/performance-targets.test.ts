import { describe, expect, it } from 'vitest';
import { PerformanceTable, Table } from '@budgetdoc/schema';
import { parsePerformanceTable } from '../src/lib/performance/parse-performance-table.ts';
import { corpusLines, performanceSlices } from './performance-lines.ts';

const S003 = 's003_2021_budget_xian-baqiao_healthcare-security-bureau.txt';

function all() {
  return performanceSlices(corpusLines(S003)).map((s) => {
    const result = parsePerformanceTable(s.lines, { file: S003, tableId: `t${s.title.line}`, title: s.title.text.trim(), titleLine: s.title });
    if (!result) throw new Error(`not parsed: ${s.title.line}`);
    PerformanceTable.parse(result.performance);
    Table.parse(result.table);
    return result;
  });
}

describe('budget performance targets (s003 表13 / 表14)', () => {
  it('finds five project target tables and the overall target table', () => {
    const results = all();
    expect(results.map((r) => [r.performance.kind, r.performance.project, r.performance.indicators.length])).toEqual([
      ['project_targets', '打击欺诈骗保经费', 9],
      ['project_targets', '医疗救助', 9],
      ['project_targets', '劳务派遣业务委托费', 9],
      ['project_targets', '公务员医疗补助', 9],
      ['project_targets', '市管干部医疗费', 9],
      ['overall_targets', '西安市灞桥区医疗保障局', 22],
    ]);
    expect(results.map((r) => r.table.key)).toEqual([...Array<string>(5).fill('project_performance_targets'), 'overall_performance_targets']);
  });

  it('reads a project target table: funds, goal and every indicator', () => {
    const result = all()[2];
    const p = result?.performance;
    expect(p).toMatchObject({ year: 2021, managingUnit: { name: '西安市灞桥区医疗保障局', code: null }, implementingUnit: null, results: null, totalScore: null });
    expect(p?.goals).toBe('通过劳务派遣的形式补充人员不足的问题，确保我区医保业务顺利开展，为参保单位和参保群众提供优质、便捷、高效的服务。');
    expect(p?.funds.map((f) => [f.key, f.values.map((v) => `${v.column}=${v.value.printed}`).join()])).toEqual([
      ['total', 'amount=56.61'],
      ['current_appropriation', 'amount=56.61'],
      ['other', ''],
    ]);
    expect(p?.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.printed ?? null, i.actual, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '劳务派遣人数', '13人', null, null, null],
      ['产出指标', '质量指标', '派遣人员完成工作情况', '100%', null, null, null],
      ['产出指标', '时效指标', '业务委托费付款时间', '每季度月初', null, null, null],
      ['产出指标', '成本指标', '总成本', '56.61万元', null, null, null],
      ['效益指标', '经济效益指标', null, null, null, null, null],
      ['效益指标', '社会效益指标', '提供优质、便捷、高效的服务', '服务明显提升', null, null, null],
      ['效益指标', '生态效益指标', null, null, null, null, null],
      ['效益指标', '可持续影响指标', '执行年度', '≥2021年', null, null, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', null, null, null],
    ]);
    expect(p?.indicators[3]?.target).toEqual({ printed: '56.61万元', comparator: null, number: '56.61', unit: '万元' });
    expect(result?.findings).toEqual([]);
  });

  it('reads the overall target table: eleven tasks with a total, and its indicators', () => {
    const p = all()[5]?.performance;
    expect(p?.tasks).toHaveLength(12);
    expect(p?.tasks[0]).toMatchObject({ name: '任务1', content: '保障单位人员工资福利和单位正常运转', status: null, isTotal: false });
    expect(p?.tasks[11]).toMatchObject({ name: '金额合计', isTotal: true, values: [{ column: 'budget.total', value: { value: '1292.44' } }, { column: 'budget.appropriation', value: { value: '1292.44' } }] });
    expect(p?.goals).toMatch(/^目标1：保障我局正常运转/);
    expect(p?.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', level3: '指标1：机构人员', target: { printed: '28人', number: '28', unit: '人' } });
    expect(p?.indicators[16]).toMatchObject({ level1: '效益指标', level2: '经济效益指标', level3: '预算支出执行完成率', target: { printed: '大于90%', comparator: '>', number: '90', unit: '%' } });
    expect(p?.indicators[21]).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', target: { printed: '大于等于90%', comparator: '≥', number: '90' } });
  });
});
