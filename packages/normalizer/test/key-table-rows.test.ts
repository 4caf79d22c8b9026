import { describe, expect, test } from 'vitest';
import { matchColumnHeader, normalizeTable } from '../src/index.ts';
import { column, row, table } from './fixtures.ts';

describe('normalizeTable rows', () => {
  test('should read codes printed inside labels and use them as evidence for the economic variant', () => {
    const columns = [column(0, ['政府支出经济分类科目']), column(1, ['合计'])];
    const input = table('t06', '预算06表 一般公共预算基本支出表', '预算06表', columns, [
      row(1, null, '30101-基本工资', [null, '1,721.98'], columns),
      row(2, null, '30102-津贴补贴', [null, '3,312.99'], columns),
      row(3, null, '3021101-差旅费', [null, '79.88'], columns),
    ]);
    const result = normalizeTable(input, 'budget');
    expect(result.table.key).toBe('basic_expenditure_economic');
    expect(result.table.rows.map((entry) => [entry.code, entry.name, entry.key])).toEqual([
      [null, '30101-基本工资', '30101'],
      [null, '30102-津贴补贴', '30102'],
      [null, '3021101-差旅费', '3021101'],
    ]);
    expect(result.findings.map((finding) => finding.code)).toEqual(['TABLE_KEY_FROM_CONTENT', 'CODE_SHAPE', 'CODE_UNKNOWN', 'CODE_PARENT_MISSING']);
  });

  test('should key unit rows of a unit-listed table without checking them as subject codes', () => {
    const columns = [column(0, ['单位编码']), column(1, ['单位（项目）名称']), column(2, ['项目金额']), column(3, ['项目简介'])];
    const input = table('t10', '2021年部门综合预算专项业务经费支出表（不含上年结转）', '表10', columns, [
      row(1, '509', '某某局（汇总）', [null, null, '702.58'], columns),
      row(2, '509001', '某某局（本级）', [null, null, '64.61'], columns),
      row(3, null, '打击欺诈骗保', [null, null, '3.00'], columns),
    ]);
    const result = normalizeTable(input, 'budget');
    expect(result.table.columns.map((entry) => entry.key)).toEqual(['code', 'name', 'amount', 'note']);
    expect(result.table.rows.map((entry) => entry.key)).toEqual(['total', 'unit:509001', null]);
    expect(result.findings).toEqual([]);
  });

  test('should key the funds listed under a balance row of 04 as parts of that balance', () => {
    const columns = [column(0, ['收入', '金额'], 'income')];
    const names = ['一、一般公共预算财政拨款', '本年收入合计', '年初财政拨款结转和结余', '一般公共预算财政拨款', '政府性基金预算财政拨款', '总计'];
    const input = table('t04', '财政拨款收入支出决算总表', '公开04表', columns, names.map((name, at) => row(at + 1, null, name, ['1.00'], columns, 'income')));
    expect(normalizeTable(input, 'final').table.rows.map((entry) => entry.key)).toEqual(['general_budget', 'income_total', 'opening_balance', 'opening_balance.general_budget', 'opening_balance.government_fund', 'grand_total']);
  });

  test('should key a row named over two label columns by its item, or by its group for the group 小计', () => {
    const columns = [column(0, ['金额'])];
    const names = ['收入总计', '一般公共预算资金/小计', '一般公共预算资金/公共财政拨款(补助)资金', '其他资金/小计', '其他资金/事业收入', '其他资金/其他收入', '上年结转和结余资金/小计'];
    const input = table('t02', '收入预算总表', '公开02表', columns, names.map((name, at) => row(at + 1, null, name, ['1.00'], columns)));
    const result = normalizeTable(input, 'budget');
    expect(result.table.rows.map((entry) => [entry.name, entry.key])).toEqual([
      ['收入总计', 'grand_total'],
      ['一般公共预算资金/小计', 'general_budget'],
      ['一般公共预算资金/公共财政拨款(补助)资金', null],
      ['其他资金/小计', 'other_funds'],
      ['其他资金/事业收入', 'business_income'],
      ['其他资金/其他收入', 'other_income'],
      ['上年结转和结余资金/小计', 'opening_balance'],
    ]);
    expect(result.findings.filter((f) => f.code === 'NAME_UNMATCHED').map((f) => f.where.row)).toEqual(['一般公共预算资金/公共财政拨款(补助)资金']);
  });

  test('should key a wide one-row 09 by its side', () => {
    const columns = [column(0, ['预算数', '合计'], 'budget'), column(1, ['决算数', '合计'], 'final')];
    const input = table('t09', '财政拨款“三公”经费支出决算表', '公开09表', columns, [row(1, null, '', ['1.58'], columns, 'budget'), row(2, null, '', ['1.58'], columns, 'final')]);
    expect(normalizeTable(input, 'final').table.rows.map((entry) => entry.key)).toEqual(['budget', 'final']);
  });
});

describe('matchColumnHeader year labels', () => {
  test('should read printed years of a year-on-year table against the report year', () => {
    expect(matchColumnHeader(['2022年', '小计'], 'three_public_expenses', 2022).key).toBe('current_year');
    expect(matchColumnHeader(['2021年'], 'three_public_expenses', 2022).key).toBe('previous_year');
    expect(matchColumnHeader(['增减变化情况'], 'three_public_expenses', 2022).key).toBe('change');
  });

  test('should split a two-level header printed in one cell', () => {
    expect(matchColumnHeader(['年初预算数/目标申报数'], 'project_performance_evaluation').key).toBe('initial_declared');
    expect(matchColumnHeader(['执行率(B/A%)'], 'project_performance_evaluation').key).toBe('execution_rate');
  });
});
