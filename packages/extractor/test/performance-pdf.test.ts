import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PerformanceTable, Table } from '@budgetdoc/schema';
import { readPdfLines } from '../src/lib/pdf/read-pdf-lines.ts';
import { parsePerformanceTable, type PerformanceResult } from '../src/lib/performance/parse-performance-table.ts';
import { performanceSlices } from './performance-lines.ts';

async function parsePdf(name: string): Promise<PerformanceResult[]> {
  const path = fileURLToPath(new URL(`../../../corpus/${name}`, import.meta.url));
  const pdf = await readPdfLines(new Uint8Array(readFileSync(path)), {});
  return performanceSlices(pdf.lines).flatMap((s, k) => {
    const result = parsePerformanceTable(s.lines, { file: name, tableId: `t${k}`, title: s.title.text.trim(), titleLine: s.title });
    if (!result) return [];
    PerformanceTable.parse(result.performance);
    Table.parse(result.table);
    return [result];
  });
}

const leaf = (r: PerformanceResult | undefined, k: number) => {
  const i = r?.performance.indicators[k];
  return i && [i.project, i.level1, i.level2, i.level3, i.target?.printed ?? null, i.actual?.printed ?? null, i.weight?.printed ?? null, i.score?.printed ?? null, i.reason];
};

describe('performance self-evaluations from a ruled PDF (p32)', () => {
  let results: PerformanceResult[] = [];
  beforeAll(async () => {
    results = await parsePdf('p32_2024_final_central_national-public-complaints-bureau.pdf');
  }, 120_000);

  it('finds the four project self-evaluations', () => {
    expect(results.map((r) => [r.performance.kind, r.performance.project, r.performance.indicators.length, r.performance.totalScore?.printed])).toEqual([
      ['project_evaluation', '信访干部培训专项', 10, '98'],
      ['project_evaluation', '信访研究宣传立法专项', 10, '94.7'],
      ['project_evaluation', '资产运行维护', 9, '98'],
      ['project_evaluation', '信息化运行维护', 8, '90.5'],
    ]);
  });

  it('reads header, funds and the whole tree of a table continued on the next page', () => {
    const r = results[0];
    expect(r?.performance).toMatchObject({ year: 2024, managingUnit: { name: '国家信访局', code: '292' }, implementingUnit: { name: '国家信访局' } });
    expect(Object.fromEntries(r?.performance.funds[0]?.values.map((v) => [v.column, v.value.printed]) ?? [])).toEqual({ initial_budget: '180.61', annual_budget: '180.03', executed: '180.03', weight: '10.0', execution_rate: '100.00%', score: '10' });
    expect(r?.performance.funds.map((f) => f.key)).toEqual(['total', 'current_appropriation', 'carryover', 'other']);
    expect(r?.performance.indicators.map((_, k) => leaf(r, k)?.slice(1, 8))).toEqual([
      ['成本指标', '经济成本指标', '参加培训学员人均培训费', '不超标准', '未超标准', '20', '20'],
      ['产出指标', '数量指标', '培养实践锻炼、跟班学习干部人数', '≥110 人', '123 人', '6', '6'],
      ['产出指标', '数量指标', '培训人数', '≥300 人', '366 人', '6', '6'],
      ['产出指标', '数量指标', '培训班次', '≥4 次', '4 次', '6', '6'],
      ['产出指标', '质量指标', '培训合格率', '≥98%', '100%', '8', '8'],
      ['产出指标', '质量指标', '培训参与度', '≥95%', '98%', '6', '6'],
      ['产出指标', '时效指标', '培训计划按期完成率', '≥100%', '100%', '8', '8'],
      ['效益指标', '社会效益指标', '信访工作质量', '有所提高', '着力推进信访工作法治化，持续深化矛盾源头预防化解，为维护群众合法权益及社会稳定作出积极贡献', '10', '9'],
      // Printed on the next page, after the page number.
      ['效益指标', '社会效益指标', '信访系统干部整体素质', '有所提高', '持续开展分层分类精准培训，信访干部的政治素养和履职能力明显提升，干事创业的精气神持续提振', '10', '9'],
      ['满意度指标', '服务对象满意度指标', '受训学员满意率', '≥95%', '100%', '10', '10'],
    ]);
    expect(r?.performance.indicators[9]?.prov.page).toBe(31);
    expect(r?.performance.indicators[1]?.target).toEqual({ printed: '≥110 人', comparator: '≥', number: '110', unit: '人' });
    // Leaves 88 + funds score 10 = 98; the sub-rows print a placeholder 0.0% rate.
    expect(r?.findings.map((f) => [f.code, f.severity])).toEqual([['PERF_EXECUTION_RATE', 'info'], ['PERF_EXECUTION_RATE', 'info']]);
  });
});

describe('performance targets from PDFs (p25 gridded, p14b list-style)', () => {
  let xian: PerformanceResult[] = [];
  let beijing: PerformanceResult[] = [];
  beforeAll(async () => {
    xian = await parsePdf('p25_2022_budget_xian_meteorological-bureau.pdf');
    beijing = await parsePdf('p14b_2026_budget_beijing_finance-bureau_tables.pdf');
  }, 240_000);

  it('joins wrapped indicator cells and relabels level-1 labels printed mid-span (p25)', () => {
    const r = xian[0];
    expect(r?.performance).toMatchObject({ kind: 'project_targets', project: '其他履职经费', managingUnit: { name: '西安市气象局' } });
    expect(r?.performance.funds.map((f) => [f.key, f.values[0]?.value.printed])).toEqual([['total', '1715.97'], ['current_appropriation', '1715.97'], ['other', undefined]]);
    expect(r?.performance.indicators).toHaveLength(32);
    const byL3 = (text: string) => r?.performance.indicators.find((i) => i.level3?.startsWith(text));
    // `…治污减霾工` + next grid row `作`.
    expect(byL3('指标 2：做好抗旱减灾')).toMatchObject({ level1: '效 益 指 标', level2: '经济效益指标', level3: '指标 2：做好抗旱减灾、森林防火及治污减霾工作', target: { printed: '减少公共财政支出' } });
    expect(byL3('指标 5：天气预报节目')?.target).toEqual({ printed: '≥366 期', comparator: '≥', number: '366', unit: '期' });
    expect(xian[1]?.performance.kind).toBe('overall_targets');
    expect(xian[1]?.performance.tasks.length).toBeGreaterThan(0);
    // 表16 is printed as an unfilled template: no values at all.
    expect(xian[2]?.table.status).toBe('empty');
  });

  it('reads list-style target tables with a project per row (p14b)', () => {
    const list = beijing[0];
    expect(list?.performance.project).toBeNull();
    expect([list?.table.formLabel, list?.table.formNo]).toEqual(['预算12表', '12']);
    expect(leaf(list, 0)).toEqual(['11000022T0000004557 94-评审工作经费', '产出指标', '质量指标', '评审报告内容依据充分、合法合规、结论严谨合理准确率', '≥98%', null, null, null, null]);
    expect(list?.performance.indicators[2]?.target).toEqual({ printed: '≥420个', comparator: '≥', number: '420', unit: '个' });
    const overall = beijing[1];
    expect(overall?.performance.kind).toBe('overall_targets');
    // One 绩效指标 cell holds all three levels; 指标性质 / 指标值 / 度量单位 make the target.
    expect(leaf(overall, 0)).toEqual(['预算评审', '产出指标', '数量指标', '财政评审项目数量', '≥420个', null, null, null, null]);
    expect(leaf(overall, 4)?.slice(1, 5)).toEqual(['效益指标', '社会效益指标', '提高财政资金使用效益，节约财政资金、规范项目预算申报、推动支出标准建设', '优']);
  });
});
