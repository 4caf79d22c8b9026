import { describe, expect, test } from 'vitest';
import { matchColumnHeader } from '../src/index.ts';

// Header paths as the corpus prints them (outermost first), with the table key.
const HEADERS: [string[], string, string | null, string | null][] = [
  [['收入', '决算数'], 'income_expenditure_summary', 'amount', 'income'],
  [['支出', '决算数'], 'income_expenditure_summary', 'amount', 'expenditure'],
  [['收入', '金额'], 'appropriation_summary', 'amount', 'income'],
  [['支出', '合计'], 'appropriation_summary', 'total', 'expenditure'],
  [['支出', '一般公共预算财政拨款'], 'appropriation_summary', 'general_budget', 'expenditure'],
  [['支出', '政府性基金预算财政拨款'], 'appropriation_summary', 'government_fund', 'expenditure'],
  [['支出', '国有资本经营预算财政拨款'], 'appropriation_summary', 'state_capital', 'expenditure'],
  [['项目', '本年收入合计'], 'income', 'total', null],
  [['财政拨款收入'], 'income', 'appropriation', null],
  [['上级补助收入'], 'income', 'higher_level_subsidy', null],
  [['事业收入'], 'income', 'business_income', null],
  [['经营收入'], 'income', 'operating_income', null],
  [['附属单位上缴收入'], 'income', 'affiliated_remittance', null],
  [['其他收入'], 'income', 'other_income', null],
  [['本年支出合计'], 'expenditure', 'total', null],
  [['基本支出'], 'expenditure', 'basic', null],
  [['项目支出'], 'expenditure', 'project', null],
  [['上缴上级支出'], 'expenditure', 'remit_to_higher', null],
  [['经营支出'], 'expenditure', 'operating_expenditure', null],
  [['对附属单位补助支出'], 'expenditure', 'subsidy_to_affiliates', null],
  [['本年支出', '小计'], 'general_budget_expenditure', 'total', null],
  [['本年支出', '基本支出'], 'general_budget_expenditure', 'basic', null],
  [['本年支出', '合计'], 'state_capital_expenditure', 'total', null],
  [['科目代码', '科目名称', '决算数'], 'general_budget_basic_expenditure', 'amount', null],
  [['年初结转和结余'], 'government_fund', 'opening_balance', null],
  [['本年收入'], 'government_fund', 'income_current_year', null],
  [['本年支出', '小计'], 'government_fund', 'expenditure_current_year', null],
  [['本年支出', '项目支出'], 'government_fund', 'project', null],
  [['年末结转和结余'], 'government_fund', 'closing_balance', null],
  [['财政拨款“三公”经费', '合计'], 'three_public_expenses', 'total', null],
  [['财政拨款“三公”经费', '因公出国（境）费'], 'three_public_expenses', 'overseas_travel', null],
  [['财政拨款“三公”经费', '公务用车购置及运行维护费', '小计'], 'three_public_expenses', 'vehicles_total', null],
  [['财政拨款“三公”经费', '公务用车购置及运行维护费', '公务用车购置费'], 'three_public_expenses', 'vehicle_purchase', null],
  [['财政拨款“三公”经费', '公务用车购置及运行维护费', '公务用车运行维护费'], 'three_public_expenses', 'vehicle_operation', null],
  [['财政拨款“三公”经费', '公务接待费'], 'three_public_expenses', 'reception', null],
  [['会议费'], 'three_public_expenses', 'meetings', null],
  [['培训费'], 'three_public_expenses', 'training', null],
  [['预算数', '公务用车购置及运行维护费', '小计'], 'three_public_expenses', 'vehicles_total', 'budget'],
  [['决算数', '合计'], 'three_public_expenses', 'total', 'final'],
  [['决算数', '因公出国(境)费'], 'three_public_expenses', 'overseas_travel', 'final'],
  [['统计数'], 'disclosure_statistics', 'amount', null],
  [['预算数'], 'government_fund', 'amount', null],
  [['基本支出', '人员经费'], 'general_budget_expenditure', 'personnel', null],
  [['基本支出', '公用经费'], 'general_budget_expenditure', 'public_funds', null],
  [['基本支出', '小计'], 'general_budget_expenditure', 'basic', null],
  [['项目支出', '项目支出总数'], 'general_budget_expenditure', 'project', null],
  [['项目金额'], 'special_project_expenditure', 'amount', null],
  [['项目简介'], 'special_project_expenditure', 'note', null],
];

describe('matchColumnHeader', () => {
  test.each(HEADERS)('should key %j in %s', (header, tableKey, key, side) => {
    const match = matchColumnHeader(header, tableKey as never);
    expect(match.key).toBe(key);
    expect(match.side).toBe(side);
  });

  test('should repair 档次 for 栏次 and report it', () => {
    const match = matchColumnHeader(['本年收入合计', '档次'], 'income');
    expect(match.key).toBe('total');
    expect(match.slips).toEqual([{ printed: '档次', read: '栏次' }]);
  });

  test('should read characters broken by spaces', () => {
    expect(matchColumnHeader(['基 本 支 出'], 'expenditure').key).toBe('basic');
    expect(matchColumnHeader(['本年支出', '小 计'], 'general_budget_expenditure').key).toBe('total');
  });

  test('should decline a header that names nothing', () => {
    expect(matchColumnHeader(['联系电话'], 'income')).toMatchObject({ key: null, via: 'none' });
  });

  test('should read a header word wrapped over two header rows as one word', () => {
    // Narrow borderless columns: 决算数 printed as 决算 / 数 under 公用经费.
    expect(matchColumnHeader(['公用经费', '决算', '数'], 'general_budget_basic_expenditure')).toMatchObject({ key: 'public_funds', via: 'group' });
    expect(matchColumnHeader(['公用经费', '决算数'], 'general_budget_basic_expenditure').key).toBe('public_funds');
  });
});
