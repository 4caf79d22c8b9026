/**
 * Column identities the standard tables promise, by table key: the `total`
 * column of a row equals the sum of the `parts` columns. An identity applies
 * to a row only when every value column the row prints is either the total or
 * one of the parts, so an unexpected column (a layout we do not know) turns
 * the check off instead of producing a false finding.
 */
export interface ColumnIdentity {
  /** Table keys the identity applies to. */
  readonly tables: readonly string[];
  /** Column keys accepted as the total (first present wins). */
  readonly total: readonly string[];
  readonly parts: readonly string[];
  /** Other columns the table may print that take no part in the identity. */
  readonly ignore: readonly string[];
  /** Chinese statement for messages. */
  readonly rule: string;
}

export const COLUMN_IDENTITIES: readonly ColumnIdentity[] = [
  {
    tables: ['expenditure'],
    total: ['total'],
    parts: ['basic', 'project', 'remit_to_higher', 'operating_expenditure', 'subsidy_to_affiliates'],
    ignore: ['note'],
    rule: '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
  },
  {
    tables: ['income'],
    total: ['total'],
    parts: ['appropriation', 'higher_level_subsidy', 'business_income', 'operating_income', 'affiliated_remittance', 'other_income', 'use_of_business_fund', 'fiscal_special_account', 'unit_funds', 'other_funds'],
    // 教育收费 is printed inside 事业收入 ("其中"), never beside it.
    ignore: ['note', 'education_fees'],
    rule: '本年收入合计 = 各项收入之和',
  },
  {
    tables: ['general_budget_expenditure', 'state_capital_expenditure', 'appropriation_expenditure', 'government_fund'],
    total: ['total', 'expenditure_current_year'],
    parts: ['basic', 'project'],
    ignore: ['note', 'opening_balance', 'closing_balance', 'income_current_year'],
    rule: '本年支出小计 = 基本支出 + 项目支出',
  },
  {
    tables: ['general_budget_expenditure', 'general_budget_expenditure_economic', 'appropriation_expenditure'],
    total: ['total'],
    // Budget 专项业务经费 is keyed `project` or `special_project` depending on the header.
    parts: ['personnel', 'public_funds', 'special_project', 'project'],
    ignore: ['note'],
    rule: '合计 = 人员经费 + 公用经费 + 专项业务经费',
  },
  {
    tables: ['basic_expenditure', 'basic_expenditure_economic', 'appropriation_basic_expenditure', 'general_budget_basic_expenditure'],
    total: ['total'],
    parts: ['personnel', 'public_funds'],
    ignore: ['note'],
    rule: '合计 = 人员经费 + 公用经费',
  },
  {
    tables: ['appropriation_summary', 'income_expenditure_summary'],
    total: ['total'],
    parts: ['general_budget', 'government_fund', 'state_capital'],
    ignore: ['note', 'amount'],
    rule: '合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款',
  },
  {
    tables: ['three_public_expenses'],
    total: ['vehicles_total'],
    parts: ['vehicle_purchase', 'vehicle_operation'],
    ignore: ['total', 'three_public_total', 'overseas_travel', 'reception', 'meetings', 'training', 'note'],
    rule: '公务用车购置及运行维护费小计 = 购置费 + 运行维护费',
  },
  {
    tables: ['three_public_expenses'],
    total: ['total', 'three_public_total'],
    parts: ['overseas_travel', 'vehicles_total', 'reception'],
    // 会议费、培训费 are printed beside the 三公 but are not part of them.
    ignore: ['vehicle_purchase', 'vehicle_operation', 'meetings', 'training', 'note'],
    rule: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费',
  },
  {
    tables: ['government_procurement'],
    total: ['total'],
    parts: ['procurement_goods', 'procurement_works', 'procurement_services'],
    ignore: ['note'],
    rule: '合计 = 货物 + 工程 + 服务',
  },
];
