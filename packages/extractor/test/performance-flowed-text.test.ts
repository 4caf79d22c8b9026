import { describe, expect, it } from 'vitest';
import { PerformanceTable, Table } from '@budgetdoc/schema';
import { parsePerformanceTable, type PerformanceResult } from '../src/lib/performance/parse-performance-table.ts';
import { corpusLines, performanceSlices } from './performance-lines.ts';

const S002 = 's002_2023_final_baoji-fengxiang_healthcare-security-bureau.txt';
const S004 = 's004_2023_final_mizhi_medical-insurance-center.txt';

function parseAll(file: string): { line: number; result: PerformanceResult | null }[] {
  return performanceSlices(corpusLines(file)).map((s) => ({ line: s.title.line, result: parsePerformanceTable(s.lines, { file, tableId: `t${s.title.line}`, title: s.title.text.trim(), titleLine: s.title }) }));
}

function parseAt(file: string, line: number): PerformanceResult {
  const found = parseAll(file).find((r) => r.line === line)?.result;
  if (!found) throw new Error(`no table at ${file}:${line}`);
  PerformanceTable.parse(found.performance);
  Table.parse(found.table);
  return found;
}

function leaves(result: PerformanceResult): (string | null)[][] {
  return result.performance.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.printed ?? null, i.actual?.printed ?? null, i.weight?.printed ?? null, i.score?.printed ?? null, i.reason]);
}

describe('performance tables in flowed pdftotext-style text (s002)', () => {
  it('finds the overall table and the twelve project tables', () => {
    const all = parseAll(S002);
    expect(all.map((r) => r.result?.performance.kind)).toEqual(['overall_evaluation', ...Array<string>(12).fill('project_evaluation')]);
    expect(all.map((r) => r.result?.performance.indicators.length)).toEqual([8, 8, 7, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9]);
  });

  it('rebuilds vertical labels and wrapped cells of a project table', () => {
    const result = parseAt(S002, 716);
    const p = result.performance;
    expect(p).toMatchObject({
      project: '公务员等医疗补助',
      year: 2023,
      managingUnit: { name: '凤翔区医疗保障局' },
      // Wrapped over two lines in the source (凤翔区医疗保障经 / 办中心).
      implementingUnit: { name: '凤翔区医疗保障经办中心' },
      totalWeight: { value: '100' },
      totalScore: { value: '98' },
    });
    expect(p.goals).toBe('保障 2023 年度公务员医疗补助等行政事业单位医疗补助费用支付顺畅运行');
    expect(p.results).toMatch(/^2023年度产生公务员单次累计报销.*364\.06 万元。$/);
    expect(Object.fromEntries(p.funds[0]?.values.map((v) => [v.column, v.value.printed]) ?? [])).toEqual({ initial_budget: '364.06', annual_budget: '364.06', executed: '364.06', weight: '10', execution_rate: '100%', score: '10' });
    expect(p.funds.map((f) => [f.key, f.label])).toEqual([['total', '年度资金总额'], ['current_appropriation', '其中：当年财政拨款'], ['carryover', '上年结转资金'], ['other', '其他资金']]);
    expect(leaves(result)).toEqual([
      ['产出指标（50分）', '数量指标', '保障全区公务员医疗待遇', '根据需要', '已完成', '10', '10', null],
      ['产出指标（50分）', '质量指标', '按医保政策完成', '根据需要', '已完成', '10', '10', null],
      ['产出指标（50分）', '时效指标', '本年度内完成', '根据需要', '已完成', '20', '20', null],
      ['产出指标（50分）', '成本指标', '节约成本，降低费用', '根据需要', '已完成', '10', '10', null],
      ['效益指标（30分）', '经济效益指标', '保障全区经济不断增长', '逐年提高', '已完成', '10', '10', null],
      ['效益指标（30分）', '社会效益指标', '保障全区参保人员医疗待遇', '逐年提高', '已完成', '10', '10', null],
      ['效益指标（30分）', '可持续影响指标', '保障可持续发展', '逐年提高', '已完成', '10', '10', null],
      // The deviation reason is printed on the lines after the values.
      ['满意度指标（20分）', '服务对象满意度指标', '提高群众满意度', '逐年提高', '已完成', '20', '18', '政策宣传有待加强'],
    ]);
    // From the first line of the vertical level-1 label to the values line.
    expect(p.indicators[0]?.prov).toMatchObject({ line: 821, lineEnd: 837 });
    // 10+10+20+10 = 50 under 产出, 30 under 效益, 20 under 满意度; leaves 98 = 总分.
    expect(result.findings).toEqual([]);
  });

  it('puts the dashes of a flowed funds row under the columns the row above dashed', () => {
    const p = parseAt(S002, 1133).performance;
    expect(p.funds.map((f) => [f.key, f.values.map((v) => `${v.column}=${v.value.printed}`).join(' ')])).toEqual([
      ['total', 'initial_budget=5 annual_budget=5 executed=5 weight=10 execution_rate=100% score=10'],
      ['current_appropriation', 'initial_budget=5 annual_budget=5 executed=5 weight=— execution_rate=100% score=—'],
      ['carryover', 'weight=— score=—'],
      ['other', 'weight=— score=—'],
    ]);
  });

  it('keeps a reason that starts on the values line and wraps below it', () => {
    const result = parseAt(S002, 2179);
    expect(leaves(result)[2]).toEqual(['产 出 指标（50分）', '成本指标', '按照专项资金使用要求时限使用', '是', '是', '10', '8', '在项目推进过程中出现滞后。后期已完成。']);
    expect(leaves(result)[6]).toEqual(['满意度指标（10分）', '服务对象满意度指标', '医保服务对象满意', '100%', '99%', '10', '9', '继续加强资金使用效益']);
  });

  it('reads the overall table: tasks, goals and indicators', () => {
    const result = parseAt(S002, 442);
    const p = result.performance;
    expect(p.kind).toBe('overall_evaluation');
    expect(p.tasks.map((t) => [t.name, t.content, t.status, t.isTotal, Object.fromEntries(t.values.map((v) => [v.column, v.value.printed]))])).toEqual([
      ['基本支出', '人员和公用经费', '良好', false, { 'budget.total': '526.97', 'budget.appropriation': '526.97', 'executed.total': '559.85', 'executed.appropriation': '559.85', weight: '—', execution_rate: '106%', score: '—' }],
      ['项目支出', '医保政策执行、基金监管等', '良好', false, { 'budget.total': '135.4', 'budget.appropriation': '135.4', 'executed.total': '543.36', 'executed.appropriation': '543.36', weight: '—', execution_rate: '401%', score: '—' }],
      ['金额合计', null, null, true, { 'budget.total': '662.37', 'budget.appropriation': '662.37', 'executed.total': '1103.22', 'executed.appropriation': '1103.22', weight: '10', score: '10' }],
    ]);
    expect(p.goals).toMatch(/^保障机关正常运转.*165 个村级医保专职人员工作。$/);
    expect(p.results).toMatch(/^2023 年保障机关正常运行情况下.*推进特色亮点工作。$/);
    expect(leaves(result)).toEqual([
      ['产出指标（50分）', '数量指标', '为全区 47万医保群众服务。', '96%', '已完成', '20', '20', null],
      ['产出指标（50分）', '质量指标', '医保政策执行，基金监管等。', '100%', '已完成', '10', '10', null],
      ['产出指标（50分）', '时效指标', '2023 年内完成', '2023 年', '已完成', '10', '10', null],
      ['产出指标（50分）', '成本指标', '节约资金', '根据需要', '已完成', '10', '10', null],
      ['效益指标（30分）', '经济效益指标', '医保政策及规范性文件的执行，用好医保基金。', '逐步提高', '已完成', '20', '20', null],
      ['效益指标（30分）', '社会效益指标', '规范医疗行为，加强医疗监督，形成良好的社会反响', '逐步提高', '已完成', '10', '10', null],
      ['效益指标（30分）', '可持续影响指标', '保障可持续发展', '逐步提高', '已完成', '10', '10', null],
      ['满意度指标（10分）', '服务对象满意度指标', '服务对象满意', '100%', '99%', '10', '9', null],
    ]);
    // The 效益 leaves weigh 40 under a label that prints 30 分.
    expect(result.findings.map((f) => [f.code, f.expected, f.actual])).toEqual([['PERF_LEVEL_WEIGHT_SUM', '30', '40']]);
  });
});

describe('performance tables in flowed text (s004)', () => {
  it('reads the overall table with its rate printed without a % sign', () => {
    const result = parseAt(S004, 279);
    const p = result.performance;
    expect(p.project).toBe('米脂县医疗保险经办中心');
    expect(p.tasks.map((t) => t.name)).toEqual(['人员经费', '公用经费', '业务经费', '金额合计']);
    expect(p.tasks[0]).toMatchObject({ content: '为工作人员发放工资津补贴、缴纳社会保险等', status: '工作人员发放工资津补贴、缴纳社会保险等' });
    expect(Object.fromEntries(p.tasks[3]?.values.map((v) => [v.column, v.value.printed]) ?? [])).toEqual({ 'budget.total': '311.16', 'budget.appropriation': '311.16', 'executed.total': '372.65', 'executed.appropriation': '372.65', weight: '10', execution_rate: '119.76', score: '10' });
    expect(leaves(result).slice(0, 8)).toEqual([
      ['产出指标（50分）', '数量指标', '全县居民参保人数', '159158 人', '159158 人', '15', '15', null],
      ['产出指标（50分）', '质量指标', '全县参保率', '≥95%', '≥97%', '15', '15', null],
      ['产出指标（50分）', '时效指标', '医疗保险相关业务办理期', '实时结算', '当日办结', '10', '10', null],
      ['产出指标（50分）', '成本指标', '控制预算数', '372.65', '372.65', '10', '10', null],
      ['效益指标（30分）', '经济效益指标', '无', null, null, null, null, null],
      ['效益指标（30分）', '社会效益指标', '减轻参保职工医疗经济压力，提升老百姓的社会满意度、获得感。', '有效提升', '明显提升', '30', '30', null],
      ['效益指标（30分）', '生态效益指标', '无', null, null, null, null, null],
      ['效益指标（30分）', '可持续影响指标', '无', null, null, null, null, null],
    ]);
    expect(p.indicators[8]).toMatchObject({ level2: '服务对象满意度指标', level3: '参保人员对医保经办工作的满意度', weight: { value: '10' }, score: { value: '10' } });
    expect(p.indicators[0]?.target).toEqual({ printed: '159158 人', comparator: null, number: '159158', unit: '人' });
    expect(result.findings).toEqual([]);
  });
});
