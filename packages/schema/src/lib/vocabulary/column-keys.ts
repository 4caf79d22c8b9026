/**
 * Canonical column keys with the printed header labels they stand for.
 * A printed header path (e.g. ["本年支出", "基本支出"]) maps to a key by its
 * most specific label; aliases are compared after canonicalisation
 * (whitespace removed, full-width brackets).
 */
export const COLUMN_VOCABULARY = [
  { key: 'total', aliases: ['合计', '小计', '本年收入合计', '本年支出合计', '总计', '金额合计', '预算数合计'], note: 'row total of a table or group' },
  { key: 'amount', aliases: ['决算数', '金额', '预算数', '统计数', '数额'], note: 'the single value column of 01/04-income/06/10' },
  { key: 'appropriation', aliases: ['财政拨款收入', '财政拨款', '一般公共预算拨款收入'], note: '' },
  { key: 'higher_level_subsidy', aliases: ['上级补助收入'], note: '' },
  { key: 'business_income', aliases: ['事业收入'], note: '' },
  { key: 'operating_income', aliases: ['经营收入'], note: '' },
  { key: 'affiliated_remittance', aliases: ['附属单位上缴收入'], note: '' },
  { key: 'other_income', aliases: ['其他收入'], note: '' },
  { key: 'basic', aliases: ['基本支出'], note: '' },
  { key: 'project', aliases: ['项目支出'], note: '' },
  { key: 'remit_to_higher', aliases: ['上缴上级支出'], note: '' },
  { key: 'operating_expenditure', aliases: ['经营支出'], note: '' },
  { key: 'subsidy_to_affiliates', aliases: ['对附属单位补助支出'], note: '' },
  { key: 'general_budget', aliases: ['一般公共预算财政拨款', '一般公共预算'], note: '' },
  { key: 'government_fund', aliases: ['政府性基金预算财政拨款', '政府性基金预算'], note: '' },
  { key: 'state_capital', aliases: ['国有资本经营预算财政拨款', '国有资本经营预算'], note: '' },
  { key: 'opening_balance', aliases: ['年初结转和结余', '上年结转'], note: '' },
  { key: 'closing_balance', aliases: ['年末结转和结余', '结转下年'], note: '' },
  { key: 'income_current_year', aliases: ['本年收入'], note: '07 本年收入' },
  { key: 'personnel', aliases: ['人员经费', '人员经费支出'], note: '' },
  { key: 'public_funds', aliases: ['公用经费', '公用经费支出'], note: '' },
  { key: 'special_project', aliases: ['专项业务经费支出', '专项业务经费'], note: '' },
  { key: 'overseas_travel', aliases: ['因公出国（境）费', '因公出国（境）费用'], note: '09' },
  { key: 'vehicles_total', aliases: ['公务用车购置及运行维护费', '公务用车购置及运行费'], note: '09: 小计 under 公务用车' },
  { key: 'vehicle_purchase', aliases: ['公务用车购置费', '购置费'], note: '09' },
  { key: 'vehicle_operation', aliases: ['公务用车运行维护费', '运行维护费', '运行费'], note: '09' },
  { key: 'reception', aliases: ['公务接待费'], note: '09' },
  { key: 'meetings', aliases: ['会议费'], note: '09' },
  { key: 'training', aliases: ['培训费'], note: '09' },
  { key: 'note', aliases: ['备注', '项目简介'], note: 'free-text column' },
] as const;

export type ColumnKeyName = (typeof COLUMN_VOCABULARY)[number]['key'];
