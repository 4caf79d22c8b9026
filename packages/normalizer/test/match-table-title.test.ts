import { describe, expect, test } from 'vitest';
import { matchTableTitle } from '../src/index.ts';

// Titles as printed in the corpus (text seeds and PDFs) and in domain.md.
const FINAL_TITLES: [string, string][] = [
  ['收入支出决算总表', 'income_expenditure_summary'],
  ['收入决算表', 'income'],
  ['支出决算表', 'expenditure'],
  ['财政拨款收入支出决算总表', 'appropriation_summary'],
  ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
  ['一般公共预算财政拨款基本支出决算表', 'general_budget_basic_expenditure'],
  ['一般公共预算财政拨款基本支出决算明细表', 'general_budget_basic_expenditure'],
  ['政府性基金预算财政拨款收入支出决算表', 'government_fund'],
  ['国有资本经营预算财政拨款支出决算表', 'state_capital_expenditure'],
  ['国有资本经营预算财政拨款收入支出决算表', 'state_capital_expenditure'],
  ['财政拨款“三公”经费及会议费、培训费支出决算表', 'three_public_expenses'],
  ['财政拨款“三公”经费支出决算表', 'three_public_expenses'],
  ['一般公共预算财政拨款“三公”经费支出决算表', 'three_public_expenses'],
  ['部门决算公开相关信息统计表', 'disclosure_statistics'],
  ['西安市碑林区医疗保险经办中心单位整体支出绩效自评表', 'overall_performance_evaluation'],
  ['医保部门整体支出绩效自评表', 'overall_performance_evaluation'],
  ['双定机构费用审核及稽核委外业务项目绩效自评表(政府购买服务)', 'project_performance_evaluation'],
  ['城乡医疗救助本级补助项目支出绩效自评表', 'project_performance_evaluation'],
  ['区级医保工作专项资金绩效自评表', 'project_performance_evaluation'],
  ['表7\t政府性基金预算财政拨款收入支出决算表', 'government_fund'],
  ['七、财政拨款“三公”经费支出决算表', 'three_public_expenses'],
  ['表 1：项目年度绩效指标表', 'evaluation_indicators'],
  ['表 2：综合评价得分情况表', 'evaluation_scores'],
];

const BUDGET_TITLES: [string, string][] = [
  ['2021年部门综合预算收支总表', 'income_expenditure_summary'],
  ['2021年部门综合预算收入总表', 'income'],
  ['2021年部门综合预算支出总表', 'expenditure'],
  ['2021年部门综合预算财政拨款收支总表', 'appropriation_summary'],
  ['2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）', 'general_budget_expenditure'],
  ['2021年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）', 'general_budget_expenditure_economic'],
  ['2021年部门综合预算一般公共预算基本支出明细表（按支出功能分类科目-不含上年结转）', 'basic_expenditure'],
  ['2021年部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）', 'basic_expenditure_economic'],
  ['2022年部门综合预算一般公共预算支出明细表（按功能科目分）', 'general_budget_expenditure'],
  ['2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）', 'general_budget_expenditure_economic'],
  ['2021年部门综合预算政府性基金收支表（不含上年结转）', 'government_fund'],
  ['2021年部门综合预算专项业务经费支出表（不含上年结转）', 'special_project_expenditure'],
  ['2021年部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）', 'government_procurement'],
  ['2021年部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表（不含上年结转）', 'three_public_expenses'],
  ['2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）', 'three_public_expenses'],
  ['2021年部门专项业务经费重点项目绩效目标表', 'project_performance_targets'],
  ['2021年部门整体支出绩效目标表', 'overall_performance_targets'],
  ['2022 年专项资金总体绩效目标表', 'special_fund_performance_targets'],
  ['2022部门综合预算财政拨款结转资金支出表', 'carryover_expenditure'],
  ['公开 01 表：收支预算总表', 'income_expenditure_summary'],
  ['公开 05 表：财政拨款支出预算表', 'appropriation_expenditure'],
  ['公开 06 表：财政拨款基本支出预算表', 'appropriation_basic_expenditure'],
  ['公开 07 表：一般公共预算支出预算表', 'general_budget_expenditure'],
  ['公开 09 表：一般公共预算“三公”经费、会议费、培训费支出预算表', 'three_public_expenses'],
  ['公开 10 表：政府性基金支出预算表', 'government_fund'],
  ['公开 11 表：一般公共预算机关运行经费支出预算表', 'operating_costs'],
  ['公开 12 表：政府采购支出预算表', 'government_procurement'],
  ['预算05表 一般公共预算支出表', 'general_budget_expenditure'],
  ['预算07表 政府性基金预算支出表', 'government_fund'],
  ['预算08表 国有资本经营预算支出表', 'state_capital_expenditure'],
  ['预算09表 财政拨款“三公”经费支出表', 'three_public_expenses'],
  ['预算10表 政府采购预算明细表', 'government_procurement'],
  ['预算11表 财政拨款政府购买服务明细表', 'government_purchase_services'],
  ['预算12表 项目支出绩效目标表', 'project_performance_targets'],
  ['预算13表 部门整体支出绩效目标表', 'overall_performance_targets'],
  ['预算14表 专项转移支付绩效目标表', 'transfer_payment_performance_targets'],
];

describe('matchTableTitle', () => {
  test.each(FINAL_TITLES)('should key the final-account title %s', (title, key) => {
    expect(matchTableTitle({ title, kind: 'final' }).key).toBe(key);
  });

  test.each(BUDGET_TITLES)('should key the budget title %s', (title, key) => {
    expect(matchTableTitle({ title, kind: 'budget' }).key).toBe(key);
  });

  test('should use the body codes when a budget basic-expenditure title has no qualifier', () => {
    const match = matchTableTitle({ title: '预算06表 一般公共预算基本支出表', kind: 'budget', codeScheme: 'economic' });
    expect(match.key).toBe('basic_expenditure_economic');
    expect(match.adjustments).toEqual(['content: body rows carry economic classification codes']);
  });

  test('should read a final-account basic expenditure table as 06 whatever its wording', () => {
    expect(matchTableTitle({ title: '一般公共预算基本支出表', kind: 'final' }).key).toBe('general_budget_basic_expenditure');
  });

  test('should fall back on the form number only when the title says nothing', () => {
    expect(matchTableTitle({ title: '', formLabel: '公开02表', formNo: '02', kind: 'final' })).toMatchObject({ key: 'income', via: 'form-number' });
    expect(matchTableTitle({ title: '', formLabel: '公开08表', formNo: '08', kind: 'final' }).key).toBeNull();
    expect(matchTableTitle({ title: '', formLabel: '表一', kind: 'budget' }).key).toBe('income_expenditure_summary');
  });

  test('should decline titles that name no standard table', () => {
    expect(matchTableTitle({ title: '表 3：项目人员名单', kind: 'final' }).key).toBeNull();
    expect(matchTableTitle({ title: '表 3：项目人员名单', formLabel: '表3', kind: 'budget' }).key).toBeNull();
    expect(matchTableTitle({ title: '联系方式', kind: 'final' }).key).toBeNull();
  });
});
