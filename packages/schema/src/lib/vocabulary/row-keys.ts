/**
 * Canonical row keys for rows that carry no subject code. A row with a subject
 * code is keyed by the code itself (`2101101`); a class row printed by ordinal
 * and name only (八、社会保障和就业支出) gets its class code from the catalog.
 * Everything else (totals, balances, income items of 01/04, the rows of 09 and
 * 10) is keyed from this list. Aliases are compared after canonicalisation
 * (numbering, whitespace, quotes and brackets removed).
 *
 * `tables` limits an entry to some table keys (empty = any table); `group`
 * limits it to rows under a group heading of 10 (政府采购 / 机关运行经费 /
 * 国有资产占用), where the same printed word (合计) means different things.
 */
export const ROW_VOCABULARY = [
  { key: 'grand_total', aliases: ['总计', '收入总计', '支出总计', '收支总计', '合计总计'], tables: [], group: '', note: '01/04: 总计 (income side = expenditure side)' },
  { key: 'income_total', aliases: ['本年收入合计', '收入合计', '本年收入小计', '本年收入'], tables: [], group: '', note: '01/04: 本年收入合计' },
  { key: 'expenditure_total', aliases: ['本年支出合计', '支出合计', '本年支出小计', '本年支出'], tables: [], group: '', note: '01/04: 本年支出合计' },
  { key: 'total', aliases: ['合计', '小计', '合计数'], tables: [], group: '', note: 'column total row of a coded table' },
  { key: 'personnel_total', aliases: ['人员经费合计', '人员经费小计'], tables: [], group: '', note: '06' },
  { key: 'public_funds_total', aliases: ['公用经费合计', '公用经费小计'], tables: [], group: '', note: '06' },
  { key: 'personnel_and_public_funds', aliases: ['人员经费和公用经费支出', '人员经费和公用经费'], tables: [], group: '', note: 'budget 表4 economic sides: 基本支出 group heading' },
  { key: 'use_of_non_appropriation_balance', aliases: ['使用非财政拨款结余', '使用非财政拨款结余（含专用结余）', '使用非财政拨款结余和专用结余', '使用专用结余'], tables: [], group: '', note: '01' },
  { key: 'use_of_business_fund', aliases: ['用事业基金弥补收支差额', '使用事业基金弥补收支差额'], tables: [], group: '', note: 'budget 01' },
  { key: 'opening_balance', aliases: ['年初结转和结余', '年初财政拨款结转和结余', '上年结转', '上年结转结余', '年初结转结余', '上年结转资金', '上年结转和结余资金', '上年结转和结余'], tables: [], group: '', note: '01/04' },
  { key: 'closing_balance', aliases: ['年末结转和结余', '年末财政拨款结转和结余', '结转下年', '年末结转结余', '年终结转结余', '年终结转和结余'], tables: [], group: '', note: '01/04' },
  { key: 'balance_distribution', aliases: ['结余分配'], tables: [], group: '', note: '01' },
  { key: 'appropriation', aliases: ['财政拨款', '财政拨款收入', '财政拨款（补助）'], tables: [], group: '', note: 'budget 01/04 income group heading' },
  { key: 'general_budget', aliases: ['一般公共预算财政拨款收入', '一般公共预算财政拨款', '一般公共预算拨款', '一般公共预算拨款收入', '一般公共预算收入', '一般公共预算', '一般公共预算资金'], tables: [], group: '', note: '01/04 income item' },
  { key: 'government_fund', aliases: ['政府性基金预算财政拨款收入', '政府性基金预算财政拨款', '政府性基金预算拨款', '政府性基金拨款', '政府性基金预算收入', '政府性基金预算', '政府性基金收入', '政府性基金预算拨款收入', '政府性基金预算资金', '政府性基金'], tables: [], group: '', note: '01/04 income item' },
  { key: 'state_capital', aliases: ['国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款', '国有资本经营预算拨款', '国有资本经营预算收入', '国有资本经营预算', '国有资本经营预算拨款收入', '国有资本经营预算资金'], tables: [], group: '', note: '01/04 income item' },
  { key: 'higher_level_subsidy', aliases: ['上级补助收入'], tables: [], group: '', note: '01 income item' },
  { key: 'business_income', aliases: ['事业收入', '事业收入（不含教育收费）'], tables: [], group: '', note: '01 income item' },
  { key: 'education_fees', aliases: ['教育收费'], tables: [], group: '', note: 'budget 01' },
  { key: 'operating_income', aliases: ['经营收入', '事业单位经营收入'], tables: [], group: '', note: '01 income item' },
  { key: 'affiliated_remittance', aliases: ['附属单位上缴收入'], tables: [], group: '', note: '01 income item' },
  { key: 'other_income', aliases: ['其他收入'], tables: [], group: '', note: '01 income item' },
  { key: 'fiscal_special_account', aliases: ['财政专户管理资金', '财政专户管理资金收入'], tables: [], group: '', note: 'budget 01' },
  { key: 'unit_funds', aliases: ['单位资金'], tables: [], group: '', note: 'budget 01' },
  { key: 'other_funds', aliases: ['其他资金'], tables: [], group: '', note: 'budget 01: 其他资金' },
  { key: 'reserve_funds', aliases: ['单位预留机动经费', '预留机动经费'], tables: [], group: '', note: 'budget 01 (Jiangsu): 单位预留机动经费' },
  { key: 'special_project', aliases: ['专项业务经费支出', '专项业务经费'], tables: [], group: '', note: 'budget 表4 economic sides: 项目支出 group heading' },
  { key: 'basic', aliases: ['基本支出'], tables: [], group: '', note: '01 expenditure by nature (older template)' },
  { key: 'project', aliases: ['项目支出'], tables: [], group: '', note: '01 expenditure by nature (older template)' },
  { key: 'remit_to_higher', aliases: ['上缴上级支出'], tables: [], group: '', note: '' },
  { key: 'operating_expenditure', aliases: ['经营支出', '事业单位经营支出'], tables: [], group: '', note: '' },
  { key: 'subsidy_to_affiliates', aliases: ['对附属单位补助支出'], tables: [], group: '', note: '' },
  { key: 'budget', aliases: ['预算数', '全年预算数', '年初预算数'], tables: ['three_public_expenses'], group: '', note: '09 printed as rows' },
  { key: 'final', aliases: ['决算数', '支出决算数', '实际支出数'], tables: ['three_public_expenses'], group: '', note: '09 printed as rows' },
  { key: 'three_public_total', aliases: ['“三公”经费合计', '“三公”经费', '财政拨款“三公”经费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'overseas_travel', aliases: ['因公出国（境）费', '因公出国（境）费用'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'vehicles_total', aliases: ['公务用车购置及运行维护费', '公务用车购置及运行费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'vehicle_purchase', aliases: ['公务用车购置费', '公务用车购置'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'vehicle_operation', aliases: ['公务用车运行维护费', '公务用车运行费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'reception', aliases: ['公务接待费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'meetings', aliases: ['会议费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'training', aliases: ['培训费'], tables: ['three_public_expenses'], group: '', note: '09 as rows' },
  { key: 'procurement', aliases: ['政府采购情况', '政府采购'], tables: ['disclosure_statistics'], group: '', note: '10 group heading' },
  { key: 'procurement_total', aliases: ['合计', '政府采购支出合计'], tables: ['disclosure_statistics'], group: 'procurement', note: '10' },
  { key: 'procurement_goods', aliases: ['货物', '货物类'], tables: ['disclosure_statistics'], group: 'procurement', note: '10' },
  { key: 'procurement_works', aliases: ['工程', '工程类'], tables: ['disclosure_statistics'], group: 'procurement', note: '10' },
  { key: 'procurement_services', aliases: ['服务', '服务类'], tables: ['disclosure_statistics'], group: 'procurement', note: '10' },
  { key: 'operating_costs', aliases: ['机关运行经费', '机关运行经费支出'], tables: ['disclosure_statistics'], group: '', note: '10 group heading' },
  { key: 'operating_costs_administrative', aliases: ['行政单位'], tables: ['disclosure_statistics'], group: 'operating_costs', note: '10' },
  { key: 'operating_costs_civil_service_managed', aliases: ['参照公务员法管理事业单位', '参公管理事业单位'], tables: ['disclosure_statistics'], group: 'operating_costs', note: '10' },
  { key: 'state_assets', aliases: ['国有资产占用情况', '国有资产占用'], tables: ['disclosure_statistics'], group: '', note: '10 group heading' },
  { key: 'vehicles_count', aliases: ['车辆数合计', '车辆数合计（辆）', '车辆数'], tables: ['disclosure_statistics'], group: '', note: '10: number of vehicles' },
  { key: 'vehicles_senior_leaders', aliases: ['副部（省）级及以上领导用车', '副部级及以上领导用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_principal', aliases: ['主要负责人用车', '主要领导干部用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_confidential', aliases: ['机要通信用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_emergency', aliases: ['应急保障用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_law_enforcement', aliases: ['执法执勤用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_special_technical', aliases: ['特种专业技术用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_retired_cadres', aliases: ['离退休干部服务用车', '离退休干部用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'vehicles_other', aliases: ['其他用车'], tables: ['disclosure_statistics'], group: '', note: '10' },
  { key: 'equipment_over_1m', aliases: ['单价100万元（含）以上设备（不含车辆）', '单价100万元以上设备', '单价100万元（含）以上设备'], tables: ['disclosure_statistics'], group: '', note: '10' },
] as const;

export type RowKeyName = (typeof ROW_VOCABULARY)[number]['key'];
