/**
 * How the words printed before an amount name it. Each rule matches the end
 * of the label (the text between the previous number and this one, after
 * "其中：", numbering and punctuation are removed) and gives the figure key.
 * Rules are tried in order; the first match wins. Keys are documented in the
 * package README.
 */
export interface AmountRule {
  readonly pattern: RegExp;
  readonly keys: readonly string[];
  /** A whole-report total: skipped when the label names a narrower subject. */
  readonly generic?: boolean;
}

export const AMOUNT_RULES: readonly AmountRule[] = [
  { pattern: /收入总计、支出总计(?:均为|均)?$|收入、支出总计(?:均为|均)?$|收支总计(?:均为|均)?$|收入总计和支出总计(?:均为|均)?$/, keys: ['grand_income_total', 'grand_expenditure_total'], generic: true },
  { pattern: /收入总计(?:为|共)?$/, keys: ['grand_income_total'], generic: true },
  { pattern: /支出总计(?:为|共)?$/, keys: ['grand_expenditure_total'], generic: true },
  { pattern: /收入合计(?:为|共)?$|预算收入(?:为)?$/, keys: ['income_total'], generic: true },
  { pattern: /支出合计(?:为|共)?$|预算支出(?:为)?$/, keys: ['expenditure_total'], generic: true },
  { pattern: /财政拨款收入$/, keys: ['income.appropriation'] },
  { pattern: /一般公共预算(?:财政)?拨款收入$/, keys: ['income.general_budget'] },
  { pattern: /政府性基金(?:预算)?(?:财政)?拨款收入$/, keys: ['income.government_fund'] },
  { pattern: /上级补助收入$/, keys: ['income.higher_level_subsidy'] },
  { pattern: /事业收入$/, keys: ['income.business_income'] },
  { pattern: /经营收入$/, keys: ['income.operating_income'] },
  { pattern: /附属单位上缴收入$/, keys: ['income.affiliated_remittance'] },
  { pattern: /其他收入$/, keys: ['income.other_income'] },
  { pattern: /上缴上级支出$/, keys: ['expenditure.remit_to_higher'] },
  { pattern: /(?<!事业单位)经营支出$/, keys: ['expenditure.operating_expenditure'] },
  { pattern: /对附属单位补助支出$/, keys: ['expenditure.subsidy_to_affiliates'] },
  { pattern: /一般公共预算财政拨款基本支出$|财政拨款基本支出$/, keys: ['general_budget.basic'] },
  { pattern: /一般公共预算(?:财政)?(?:当年)?拨款支出$|一般公共预算支出$/, keys: ['general_budget.expenditure'] },
  { pattern: /(?<!一般公共预算)财政拨款支出(?:决算)?(?:为|共)?$/, keys: ['appropriation.expenditure'] },
  { pattern: /基本支出$/, keys: ['basic_expenditure'] },
  { pattern: /项目支出$/, keys: ['project_expenditure'] },
  { pattern: /人员经费$/, keys: ['personnel'] },
  { pattern: /公用经费$/, keys: ['public_funds'] },
  { pattern: /机关运行经费(?:预算)?(?:安排)?(?:支出)?(?:为)?$/, keys: ['operating_costs'] },
  { pattern: /政府采购(?:支出|预算)?总额(?:共|为)?$/, keys: ['procurement.total'] },
  { pattern: /政府采购货物(?:支出|预算)?$/, keys: ['procurement.goods'] },
  { pattern: /政府采购工程(?:支出|预算)?$/, keys: ['procurement.works'] },
  { pattern: /政府采购服务(?:支出|预算)?$/, keys: ['procurement.services'] },
  { pattern: /授予中小企业合同金额$/, keys: ['procurement.sme_contracts'] },
  { pattern: /授予小微企业合同金额$/, keys: ['procurement.small_micro_contracts'] },
  { pattern: /因公出国[（(]境[）)](?:经)?(?:费用?)?(?:预算)?(?:支出)?$/, keys: ['three_public.overseas_travel'] },
  { pattern: /公务用车购置(?:费用?)?(?:预算)?(?:支出)?$/, keys: ['three_public.vehicle_purchase'] },
  { pattern: /公务用车运行(?:维护)?(?:费用?)?(?:预算)?(?:支出)?$/, keys: ['three_public.vehicle_operation'] },
  { pattern: /公务用车购置及运行(?:维护)?(?:费用?)?(?:预算)?(?:支出)?$/, keys: ['three_public.vehicles_total'] },
  { pattern: /(?<!外事|国内|国[（(]境[）)]外)(?:公务)?接待(?:费用?)?(?:预算)?(?:支出)?$/, keys: ['three_public.reception'] },
  { pattern: /会议费(?:预算)?(?:支出)?$/, keys: ['meetings'] },
  { pattern: /培训费(?:预算)?(?:支出)?$/, keys: ['training'] },
  { pattern: /“?三公”?经费(?:财政拨款)?(?:预算)?(?:支出)?(?:决算)?(?:为|共)?$/, keys: ['three_public.total'] },
];

/** Words that name the budget / final amounts of a subject ("年初预算7.32万元，支出决算10万元"). */
export const STAGE_RULES: readonly { readonly pattern: RegExp; readonly stage: string }[] = [
  { pattern: /年初预算(?:数)?(?:为)?$/, stage: 'initial_budget' },
  { pattern: /(?:全年|调整后)?预算(?:数)?(?:为)?$/, stage: 'budget' },
  { pattern: /(?:支出)?决算(?:数)?(?:为)?$|决算支出$|(?:全年)?执行数(?:为)?$|实际支出$/, stage: 'final' },
];

/** Count rules: words before a count with its unit. */
export const COUNT_RULES: readonly { readonly pattern: RegExp; readonly unit: RegExp; readonly key: string }[] = [
  { pattern: /行政编制$/, unit: /^人$/, key: 'staff.authorized.administrative' },
  { pattern: /参公事业编制$|参照公务员法管理(?:的)?事业(?:单位)?编制$/, unit: /^人$/, key: 'staff.authorized.civil_service_managed' },
  { pattern: /事业编制$/, unit: /^人$/, key: 'staff.authorized.public_institution' },
  { pattern: /工勤(?:人员)?编制$/, unit: /^人$/, key: 'staff.authorized.worker' },
  { pattern: /(?:人员)?编制(?:数)?(?:为|共)?$/, unit: /^人$/, key: 'staff.authorized' },
  { pattern: /实有(?:人员|人数)(?:为|共)?$/, unit: /^人$/, key: 'staff.actual' },
  { pattern: /离退休人员$/, unit: /^人$/, key: 'staff.retired' },
  { pattern: /出国(?:（境）)?团组(?:共)?$/, unit: /^个$/, key: 'three_public.overseas_travel.groups' },
  { pattern: /购置(?:公务用车|车辆)(?:共)?$/, unit: /^辆$/, key: 'three_public.vehicle_purchase.vehicles' },
  { pattern: /(?:公务用车)?保有量(?:共)?$/, unit: /^辆$/, key: 'three_public.vehicle_operation.vehicles' },
  { pattern: /接待(?:国[（(]境[）)]外)?(?:共)?$/, unit: /^批次$/, key: 'three_public.reception.batches' },
  { pattern: /(?:共有|现有|拥有)?车辆(?:共)?$/, unit: /^辆$/, key: 'assets.vehicles' },
  { pattern: /自评个数$|绩效自评(?:项目)?(?:个数)?$/, unit: /^个$/, key: 'performance.projects_evaluated' },
];

/** Words before a budget/final stage word that name its subject. */
export const SUBJECT_RULES: readonly { readonly pattern: RegExp; readonly subject: string }[] = [
  { pattern: /“?三公”?经费/, subject: 'three_public.total' },
  { pattern: /一般公共预算(?:财政)?(?:当年)?拨款(?:支出)?$|一般公共预算支出$/, subject: 'general_budget' },
  { pattern: /整体支出/, subject: 'performance.overall' },
  { pattern: /项目(?:绩效)?自评(?:综述)?$/, subject: 'performance.project' },
];
