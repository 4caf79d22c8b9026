/**
 * Canonical table keys. Each entry: the key, the report kinds it occurs in, and
 * the Chinese titles it is printed under. The normalizer compares titles after
 * canonicalisation (year / unit prefixes, numbering, quotes, punctuation and
 * bracketed qualifiers removed; 收入支出 read as 收支), so aliases are written
 * in their plain printed form. A title maps to the key whose alias is the
 * longest suffix of it, so one alias per distinct *ending* is enough; the order
 * of aliases is most specific first.
 *
 * Qualifiers decide between pairs: "（按支出经济分类科目）" turns
 * `general_budget_expenditure` into `general_budget_expenditure_economic` and
 * `basic_expenditure` into `basic_expenditure_economic` (see `economicOf`).
 */
export const TABLE_VOCABULARY = [
  { key: 'income_expenditure_summary', kinds: ['final', 'budget'], aliases: ['收入支出决算总表', '收支决算总表', '收入支出预算总表', '收支预算总表', '部门收支总表', '综合预算收支总表', '收支总表'], note: '01 / 表1: income beside expenditure' },
  { key: 'income', kinds: ['final', 'budget'], aliases: ['收入决算表', '收入预算总表', '部门收入总表', '收入总表', '收入预算表'], note: '02 / 表2' },
  { key: 'expenditure', kinds: ['final', 'budget'], aliases: ['支出决算表', '支出预算总表', '部门支出总表', '支出总表', '支出预算表'], note: '03 / 表3' },
  { key: 'appropriation_summary', kinds: ['final', 'budget'], aliases: ['财政拨款收入支出决算总表', '财政拨款收支决算总表', '财政拨款收支预算总表', '财政拨款收支总表', '财政拨款收入支出预算总表'], note: '04 / 表4; budget 表4 may carry up to four side-by-side groups' },
  { key: 'appropriation_expenditure', kinds: ['budget'], aliases: ['财政拨款支出预算表', '财政拨款支出表'], note: 'budget (e.g. 2018 Jiangsu 公开05表): all appropriations by function' },
  { key: 'appropriation_basic_expenditure', kinds: ['budget'], aliases: ['财政拨款基本支出预算表', '财政拨款基本支出表'], note: 'budget (e.g. 2018 Jiangsu 公开06表): basic expenditure of all appropriations' },
  { key: 'general_budget_expenditure', kinds: ['final', 'budget'], aliases: ['一般公共预算财政拨款支出决算表', '一般公共预算支出明细表', '一般公共预算财政拨款支出表', '一般公共预算支出预算表', '一般公共预算拨款支出表', '一般公共预算支出表'], note: '05 / 表5 (function classification)' },
  { key: 'general_budget_expenditure_economic', kinds: ['budget'], aliases: ['一般公共预算支出经济分类表', '一般公共预算支出经济分类'], note: 'budget 表6: the 表5 title qualified 按支出经济分类科目' },
  { key: 'general_budget_basic_expenditure', kinds: ['final'], aliases: ['一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出明细表'], note: '06: basic expenditure by economic class, side-by-side groups' },
  { key: 'basic_expenditure', kinds: ['budget'], aliases: ['一般公共预算基本支出明细表', '一般公共预算基本支出预算表', '一般公共预算基本支出表', '一般公共预算拨款基本支出表', '基本支出预算表'], note: 'budget 表7 (function classification); economic-coded content or qualifier → basic_expenditure_economic' },
  { key: 'basic_expenditure_economic', kinds: ['budget'], aliases: ['一般公共预算基本支出经济分类表', '基本支出经济分类表'], note: 'budget 表8 (economic classification)' },
  { key: 'government_fund', kinds: ['final', 'budget'], aliases: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款收支决算表', '政府性基金预算财政拨款支出决算表', '政府性基金预算财政拨款支出表', '政府性基金财政拨款支出预算表', '政府性基金预算支出表', '政府性基金支出预算表', '政府性基金收支表', '政府性基金支出表'], note: '07 / budget 表9' },
  { key: 'state_capital_expenditure', kinds: ['final', 'budget'], aliases: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收支决算表', '国有资本经营预算财政拨款支出表', '国有资本经营预算支出表', '国有资本经营预算支出预算表'], note: '08' },
  { key: 'three_public_expenses', kinds: ['final', 'budget'], aliases: ['财政拨款“三公”经费及会议费、培训费支出决算表', '财政拨款“三公”经费支出决算表', '“三公”经费及会议费、培训费支出预算表', '“三公”经费、会议费、培训费支出预算表', '“三公”经费支出预算表', '“三公”经费支出决算表', '“三公”经费、会议费、培训费表', '“三公”经费及会议费、培训费表', '“三公”经费支出表', '“三公”经费预算表'], note: '09 / budget 表12: sides budget / final' },
  { key: 'disclosure_statistics', kinds: ['final'], aliases: ['部门决算公开相关信息统计表', '决算公开相关信息统计表', '相关信息统计表'], note: '10' },
  { key: 'operating_costs', kinds: ['budget', 'final'], aliases: ['机关运行经费支出预算表', '机关运行经费支出表', '机关运行经费预算表'], note: 'budget (e.g. 2018 Jiangsu 公开11表): 机关运行经费 by economic class' },
  { key: 'special_project_expenditure', kinds: ['budget'], aliases: ['专项业务经费支出表', '专项业务经费支出预算表', '项目支出预算表', '项目支出表'], note: 'budget 表10; rows carry unit codes (单位编码), not subject codes' },
  { key: 'carryover_expenditure', kinds: ['budget'], aliases: ['财政拨款上年结转资金支出表', '财政拨款结转资金支出表', '上年结转资金支出表'], note: 'budget (e.g. 2022 Xi\'an 表11)' },
  { key: 'government_procurement', kinds: ['budget'], aliases: ['政府采购（资产配置、购买服务）预算表', '政府采购支出预算表', '政府采购预算明细表', '政府采购预算表'], note: 'budget 表11' },
  { key: 'government_purchase_services', kinds: ['budget'], aliases: ['财政拨款政府购买服务明细表', '政府购买服务明细表', '政府购买服务预算表'], note: 'budget (e.g. 2026 Beijing 预算11表)' },
  { key: 'project_performance_targets', kinds: ['budget'], aliases: ['专项业务经费重点项目绩效目标表', '专项业务经费绩效目标表', '重点项目绩效目标表', '项目支出绩效目标表', '项目绩效目标表'], note: 'budget 表13' },
  { key: 'overall_performance_targets', kinds: ['budget'], aliases: ['部门整体支出绩效目标表', '整体支出绩效目标表'], note: 'budget 表14' },
  { key: 'special_fund_performance_targets', kinds: ['budget'], aliases: ['专项资金总体绩效目标表', '专项资金绩效目标表'], note: 'budget (e.g. 2022 Xi\'an 表16)' },
  { key: 'transfer_payment_performance_targets', kinds: ['budget'], aliases: ['专项转移支付绩效目标表', '转移支付绩效目标表'], note: 'budget (e.g. 2026 Beijing 预算14表)' },
  { key: 'project_performance_evaluation', kinds: ['final'], aliases: ['项目支出绩效自评表', '专项资金绩效自评表', '项目绩效自评表'], note: 'final-account project self-evaluation' },
  { key: 'evaluation_indicators', kinds: ['final'], aliases: ['项目年度绩效指标表', '年度绩效指标表', '绩效指标表'], note: 'performance evaluation report appendix: indicator table (e.g. central 2024 表1)' },
  { key: 'evaluation_scores', kinds: ['final'], aliases: ['综合评价得分情况表', '评价得分情况表', '得分情况表'], note: 'performance evaluation report appendix: score summary (e.g. central 2024 表2)' },
  { key: 'overall_performance_evaluation', kinds: ['final'], aliases: ['部门整体支出绩效自评表', '单位整体支出绩效自评表', '整体支出绩效自评表'], note: 'final-account overall self-evaluation' },
] as const;

export type TableKeyName = (typeof TABLE_VOCABULARY)[number]['key'];
