import { describe, expect, test } from 'vitest';
import { catalogEntriesForTest } from './catalog-entries.ts';
import { DAMAGE_KINDS, damage, seededRandom } from './damage.ts';
import { matchColumnHeader, matchRowLabel, matchSectionTitle, matchTableTitle } from '../src/index.ts';

interface Tally {
  correct: number;
  declined: number;
  wrong: string[];
  total: number;
}

/** Run every damage kind over every case; a declined case is fine, a wrong key is not. */
function tally<T>(cases: readonly [string, T][], resolve: (text: string, context: T) => string | null, expected: (context: T) => string, seed: number, yearPrefix = true): Record<string, Tally> {
  const random = seededRandom(seed);
  const out: Record<string, Tally> = {};
  for (const kind of DAMAGE_KINDS) {
    const entry: Tally = { correct: 0, declined: 0, wrong: [], total: 0 };
    for (const [text, context] of cases) {
      const damaged = damage(text, kind, random, yearPrefix);
      const got = resolve(damaged, context);
      entry.total++;
      if (got === expected(context)) entry.correct++;
      else if (got === null) entry.declined++;
      else entry.wrong.push(`${damaged} → ${got} (want ${expected(context)})`);
    }
    out[kind] = entry;
  }
  return out;
}

function report(label: string, result: Record<string, Tally>): { correct: number; wrong: number; total: number } {
  let correct = 0;
  let wrong = 0;
  let total = 0;
  const lines = Object.entries(result).map(([kind, entry]) => {
    correct += entry.correct;
    wrong += entry.wrong.length;
    total += entry.total;
    return `  ${kind.padEnd(10)} ${entry.correct}/${entry.total} correct, ${entry.declined} declined, ${entry.wrong.length} wrong${entry.wrong.length ? `: ${entry.wrong.slice(0, 3).join('; ')}` : ''}`;
  });
  // The score is part of the test's output on purpose.
  process.stdout.write(`${label}: ${correct}/${total} correct, ${wrong} wrong\n${lines.join('\n')}\n`);
  return { correct, wrong, total };
}

const TABLE_TITLES: [string, { key: string; kind: 'budget' | 'final' }][] = [
  ['收入支出决算总表', { key: 'income_expenditure_summary', kind: 'final' }],
  ['收入决算表', { key: 'income', kind: 'final' }],
  ['支出决算表', { key: 'expenditure', kind: 'final' }],
  ['财政拨款收入支出决算总表', { key: 'appropriation_summary', kind: 'final' }],
  ['一般公共预算财政拨款支出决算表', { key: 'general_budget_expenditure', kind: 'final' }],
  ['一般公共预算财政拨款基本支出决算表', { key: 'general_budget_basic_expenditure', kind: 'final' }],
  ['政府性基金预算财政拨款收入支出决算表', { key: 'government_fund', kind: 'final' }],
  ['国有资本经营预算财政拨款支出决算表', { key: 'state_capital_expenditure', kind: 'final' }],
  ['财政拨款“三公”经费及会议费、培训费支出决算表', { key: 'three_public_expenses', kind: 'final' }],
  ['部门决算公开相关信息统计表', { key: 'disclosure_statistics', kind: 'final' }],
  ['部门整体支出绩效自评表', { key: 'overall_performance_evaluation', kind: 'final' }],
  ['部门综合预算收支总表', { key: 'income_expenditure_summary', kind: 'budget' }],
  ['部门综合预算收入总表', { key: 'income', kind: 'budget' }],
  ['部门综合预算财政拨款收支总表', { key: 'appropriation_summary', kind: 'budget' }],
  ['部门综合预算一般公共预算支出明细表（按支出经济分类科目）', { key: 'general_budget_expenditure_economic', kind: 'budget' }],
  ['部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', { key: 'basic_expenditure', kind: 'budget' }],
  ['部门综合预算政府性基金收支表', { key: 'government_fund', kind: 'budget' }],
  ['部门综合预算专项业务经费支出表', { key: 'special_project_expenditure', kind: 'budget' }],
  ['部门综合预算政府采购（资产配置、购买服务）预算表', { key: 'government_procurement', kind: 'budget' }],
  ['部门专项业务经费重点项目绩效目标表', { key: 'project_performance_targets', kind: 'budget' }],
  ['政府性基金预算支出表', { key: 'government_fund', kind: 'budget' }],
  ['财政拨款政府购买服务明细表', { key: 'government_purchase_services', kind: 'budget' }],
];

const HEADINGS: [string, string][] = [
  ['第一部分 单位概况', 'overview'],
  ['一、单位主要职责及内设机构', 'duties'],
  ['二、部门决算单位构成', 'organisation'],
  ['三、单位人员情况', 'staff'],
  ['一、收入支出决算总体情况说明', 'income_expenditure_overview'],
  ['四、财政拨款收入支出决算总体情况说明', 'appropriation_overview'],
  ['五、一般公共预算财政拨款支出决算情况说明', 'general_budget_expenditure'],
  ['六、一般公共预算财政拨款基本支出决算情况说明', 'basic_expenditure'],
  ['七、政府性基金预算财政拨款收入支出决算情况说明', 'government_fund'],
  ['八、国有资本经营预算财政拨款支出决算情况说明', 'state_capital'],
  ['九、财政拨款“三公”经费及会议费、培训费支出决算情况说明', 'three_public_expenses'],
  ['1. 因公出国（境）费支出情况说明', 'overseas_travel'],
  ['3. 公务用车运行维护费支出情况说明', 'vehicle_operation'],
  ['4. 公务接待费支出情况说明', 'reception'],
  ['十、机关运行经费支出情况说明', 'operating_costs'],
  ['十一、政府采购支出情况说明', 'procurement'],
  ['十二、国有资产占用及购置情况说明', 'state_assets'],
  ['(一) 预算绩效管理工作开展情况说明', 'performance_management'],
  ['(二) 单位整体支出绩效自评结果', 'overall_performance_evaluation'],
  ['(三) 项目绩效自评结果', 'project_performance_evaluation'],
  ['（四）专项资金绩效自评结果', 'special_fund_evaluation'],
  ['（六）财政重点评价项目绩效评价结果', 'fiscal_key_evaluation'],
  ['十四、其他需要说明的情况', 'other_matters'],
  ['第四部分 专业名词解释', 'glossary'],
  ['#### 七、部门国有资产占有使用及资产购置情况说明', 'state_assets'],
  ['## **九、部门预算绩效目标情况说明**', 'performance'],
];

const HEADERS: [string, { header: string[]; table: string; key: string }][] = [
  ['本年收入合计', { header: [], table: 'income', key: 'total' }],
  ['财政拨款收入', { header: [], table: 'income', key: 'appropriation' }],
  ['上级补助收入', { header: [], table: 'income', key: 'higher_level_subsidy' }],
  ['附属单位上缴收入', { header: [], table: 'income', key: 'affiliated_remittance' }],
  ['对附属单位补助支出', { header: [], table: 'expenditure', key: 'subsidy_to_affiliates' }],
  ['上缴上级支出', { header: [], table: 'expenditure', key: 'remit_to_higher' }],
  ['一般公共预算财政拨款', { header: ['支出'], table: 'appropriation_summary', key: 'general_budget' }],
  ['政府性基金预算财政拨款', { header: ['支出'], table: 'appropriation_summary', key: 'government_fund' }],
  ['国有资本经营预算财政拨款', { header: ['支出'], table: 'appropriation_summary', key: 'state_capital' }],
  ['年初结转和结余', { header: [], table: 'government_fund', key: 'opening_balance' }],
  ['年末结转和结余', { header: [], table: 'government_fund', key: 'closing_balance' }],
  ['因公出国（境）费', { header: ['财政拨款“三公”经费'], table: 'three_public_expenses', key: 'overseas_travel' }],
  ['公务用车购置费', { header: ['公务用车购置及运行维护费'], table: 'three_public_expenses', key: 'vehicle_purchase' }],
  ['公务用车运行维护费', { header: ['公务用车购置及运行维护费'], table: 'three_public_expenses', key: 'vehicle_operation' }],
  ['公务接待费', { header: ['财政拨款“三公”经费'], table: 'three_public_expenses', key: 'reception' }],
  ['用事业基金弥补收支差额', { header: [], table: 'income', key: 'use_of_business_fund' }],
];

describe('synthetic damage', () => {
  test('should map damaged table titles back or decline', () => {
    const result = report('table titles', tally(TABLE_TITLES, (text, context) => matchTableTitle({ title: text, kind: context.kind }).key, (context) => context.key, 1));
    expect(result.total).toBe(110);
    expect(result.correct).toBeGreaterThanOrEqual(104);
    expect(result.wrong).toBeLessThanOrEqual(1);
  });

  test('should map damaged section headings back or decline', () => {
    const result = report('section headings', tally(HEADINGS, (text) => matchSectionTitle(text).key, (key) => key, 2));
    expect(result.total).toBe(130);
    expect(result.correct).toBeGreaterThanOrEqual(117);
    expect(result.wrong).toBeLessThanOrEqual(3);
  });

  test('should map damaged column headers back or decline', () => {
    const result = report('column headers', tally(HEADERS, (text, context) => matchColumnHeader([...context.header, text], context.table as never).key, (context) => context.key, 3, false));
    expect(result.total).toBe(80);
    expect(result.correct).toBeGreaterThanOrEqual(76);
    expect(result.wrong).toBe(0);
  });

  test('should map damaged class names to their codes or decline, never invent', () => {
    const cases = catalogEntriesForTest();
    const result = report('class names', tally(cases, (text, context) => matchRowLabel(text, 'income_expenditure_summary', context.scheme, '').key, (context) => context.code, 4, false));
    expect(result.total).toBe(275);
    expect(result.correct).toBeGreaterThanOrEqual(265);
    expect(result.wrong).toBe(0);
  });
});
