import { Report } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { normalizeReport } from '../src/index.ts';
import { column, report, row, table } from './fixtures.ts';

const summaryColumns = [column(0, ['收入', '决算数'], 'income'), column(1, ['支出', '决算数'], 'expenditure')];
const summary = table('t01', '收入支出决算总表', '公开01表', summaryColumns, [
  row(10, null, '一、一般公共预算财政拨款收入', ['945.84'], summaryColumns, 'income'),
  row(11, null, '八、社会保障和就业支出', ['10.05'], summaryColumns, 'expenditure'),
  row(12, null, '十、卫生健康支岀', ['922.02'], summaryColumns, 'expenditure'),
  row(13, null, '本年收入合计', ['945.84'], summaryColumns, 'income'),
  row(14, null, '本年支出合计', ['945.84'], summaryColumns, 'expenditure'),
  row(15, null, '年末结转和结余', [null], summaryColumns, 'expenditure'),
  row(16, null, '总计', ['945.84'], summaryColumns, 'income'),
  row(17, null, '二十七、月球探索支出', ['1.00'], summaryColumns, 'expenditure'),
]);
const incomeColumns = [column(0, ['项目', '本年收入合计']), column(1, ['财政拨款收入']), column(2, ['其他收入']), column(3, ['档次'])];
const income = table('t02', '收入决算表', '公开02表', incomeColumns, [
  row(20, null, '合计', ['945.84', '945.84'], incomeColumns),
  row(21, '208', '社会保障和就业支出', ['10.05', '10.05'], incomeColumns),
  row(22, '2080505', '机关事业单位基本养老保险缴费支出', ['10.00', '10.00'], incomeColumns),
  row(23, '2101101', '行政单位医疗', ['558.50', '558.50'], incomeColumns),
  row(24, '30201', '办公费', ['1.00', '1.00'], incomeColumns),
]);
const basicColumns = [column(0, ['科目代码', '科目名称', '决算数'])];
const basic = table('t06', '一般公共预算财政拨款基本支出决算表', '公开06表', basicColumns, [
  row(30, '301', '工资福利支出', ['150.42'], basicColumns),
  row(31, '30101', '基本工资', ['39.00'], basicColumns),
  row(32, '30213', '维修(护)费', ['0.10'], basicColumns),
  row(33, '30999', '其他资本性支出', ['0.10'], basicColumns),
  row(36, '30102', '绩效工资', ['1.00'], basicColumns),
  row(34, null, '人员经费合计', ['152.93'], basicColumns),
  row(35, null, '公用经费合计', ['7.81'], basicColumns),
]);
const threeColumns = [column(0, ['财政拨款“三公”经费', '合计']), column(1, ['财政拨款“三公”经费', '公务用车购置及运行维护费', '小计']), column(2, ['会议费'])];
const three = table('t09', '财政拨款“三公”经费及会议费、培训费支出决算表', '公开09表', threeColumns, [row(40, null, '预算数', ['1.58', '1.46', '0.30'], threeColumns), row(41, null, '决算数', ['1.58', '1.46', '0.20'], threeColumns)]);

const input = report('final', ['第一部分 单位概况', '一、单位主要职责及内设机构', '### 2. 健全严密有力的基金监管机制'], [summary, income, basic, three]);
const output = normalizeReport(input);

describe('normalizeReport', () => {
  test('should still satisfy the output contract', () => {
    expect(() => Report.parse(output)).not.toThrow();
  });

  test('should not change the input report', () => {
    expect(input.tables[0]?.key).toBeNull();
  });

  test('should key sections and leave the unknown one null with a finding', () => {
    expect(output.sections.map((section) => section.key)).toEqual(['overview', 'duties', null]);
    expect(output.findings.filter((finding) => finding.code === 'SECTION_UNKNOWN').map((finding) => finding.where.line)).toEqual([3]);
  });

  test('should key every table, column and cell', () => {
    expect(output.tables.map((entry) => entry.key)).toEqual(['income_expenditure_summary', 'income', 'general_budget_basic_expenditure', 'three_public_expenses']);
    expect(output.tables[1]?.columns.map((entry) => entry.key)).toEqual(['total', 'appropriation', 'other_income', null]);
    expect(output.tables[3]?.columns.map((entry) => entry.key)).toEqual(['total', 'vehicles_total', 'meetings']);
    for (const entry of output.tables) for (const body of entry.rows) for (const cell of body.cells) expect(cell.key).toBe(entry.columns[cell.column]?.key ?? null);
  });

  test('should key rows by code, by vocabulary and class rows by name', () => {
    expect(output.tables[0]?.rows.map((entry) => entry.key)).toEqual(['general_budget', '208', '210', 'income_total', 'expenditure_total', 'closing_balance', 'grand_total', null]);
    expect(output.tables[1]?.rows.map((entry) => entry.key)).toEqual(['total', '208', '2080505', '2101101', '30201']);
    expect(output.tables[2]?.rows.map((entry) => entry.key)).toEqual(['301', '30101', '30213', '30999', '30102', 'personnel_total', 'public_funds_total']);
    expect(output.tables[3]?.rows.map((entry) => entry.key)).toEqual(['budget', 'final']);
  });

  test('should record the fuzzy class match with its score and decline the unknown class', () => {
    const fuzzy = output.findings.find((finding) => finding.code === 'NAME_FUZZY_MATCH');
    expect(fuzzy).toMatchObject({ severity: 'info', where: { table: 't01', line: 12 }, evidence: { printed: '十、卫生健康支岀', code: '210' } });
    expect(fuzzy?.score).toBeGreaterThan(0.6);
    expect(fuzzy?.score).toBeLessThan(1);
    expect(output.findings.find((finding) => finding.code === 'NAME_UNMATCHED')).toMatchObject({ where: { table: 't01', line: 17 } });
  });

  test('should check codes: scheme, parents and names', () => {
    const codes = output.findings.filter((finding) => finding.code.startsWith('CODE_')).map((finding) => `${finding.code} ${finding.where.row} ${finding.where.line}`);
    expect(codes).toEqual([
      'CODE_PARENT_MISSING 2080505 22',
      'CODE_PARENT_MISSING 2101101 23',
      'CODE_SCHEME_MISMATCH 30201 24',
      'CODE_PARENT_MISSING 30201 24',
      'CODE_PARENT_MISSING 30213 32',
      'CODE_PARENT_MISSING 30999 33',
      'CODE_NAME_MISMATCH 30102 36',
    ]);
    expect(output.findings.find((finding) => finding.code === 'CODE_NAME_MISMATCH')).toMatchObject({ expected: '津贴补贴', actual: '绩效工资' });
  });

  test('should report the 档次 slip and the unkeyed 栏次 column', () => {
    expect(output.findings.find((finding) => finding.code === 'OCR_SLIP')).toMatchObject({ expected: '栏次', actual: '档次', where: { table: 't02' } });
  });
});

describe('rows without a side', () => {
  test('should take the side their columns get from the header path (收入 › 金额), and stay null across sides', () => {
    const columns = [column(0, ['收入', '金额']), column(1, ['支出', '合计'])];
    // row() places values by position: the second row prints only under 支出, the third under both.
    const rows = [row(10, null, '一、一般公共预算财政拨款', ['2365.94'], columns), row(11, null, '九、卫生健康支出', [null, '1931.29'], columns), row(12, null, '总计', ['2365.94', '2365.94'], columns)];
    const sided = normalizeReport(report('final', [], [table('t04', '财政拨款收入支出决算总表', '公开04表', columns, rows)])).tables[0];
    expect(sided?.columns.map((c) => c.side)).toEqual(['income', 'expenditure']);
    expect(sided?.rows.map((r) => r.side)).toEqual(['income', 'expenditure', null]);
  });
});

describe('rows named in a name column', () => {
  test('should take the innermost name printed in columns headed as names when the label column is blank', () => {
    const columns = [column(0, ['总计']), column(1, ['专项名称']), column(2, ['采购物品名称']), column(3, ['采购组织形式'])];
    const text = (at: number, printed: string) => ({ column: at, key: null, header: columns[at]?.header ?? [], value: { kind: 'text' as const, printed }, prov: { file: 'fixture.txt', page: 1, line: 11 } });
    const item = row(11, null, '', ['40.00'], columns);
    const rows = [row(10, null, '一、货物', ['268.00'], columns), { ...item, cells: [...item.cells, text(1, '网络运行维护费'), text(2, 'PC服务器'), text(3, '部门集中采购')] }];
    const keyed = normalizeReport(report('budget', [], [table('t12', '政府采购支出预算表', '公开12表', columns, rows)])).tables[0];
    expect(keyed?.rows.map((r) => r.name)).toEqual(['一、货物', 'PC服务器']);
  });
});
