/** Canonical section keys for the narrative headings of a report. */
export const SECTION_VOCABULARY = [
  { key: 'contents', aliases: ['目录'], note: 'table of contents' },
  { key: 'overview', aliases: ['单位概况', '部门概况', '概况', '基本情况'], note: '第一部分' },
  { key: 'duties', aliases: ['主要职责', '职责', '主要职能', '单位职责', '部门职责'], note: '' },
  { key: 'organisation', aliases: ['内设机构', '机构设置', '单位构成', '决算单位构成', '预算单位构成', '部门构成'], note: '' },
  { key: 'staff', aliases: ['人员情况', '人员构成', '人员'], note: '' },
  { key: 'budget_explanation', aliases: ['决算情况说明', '预算情况说明', '情况说明'], note: '第二部分 headline' },
  { key: 'income_expenditure_overview', aliases: ['收入支出决算总体情况说明', '收支总体情况', '收入支出总体情况', '收支预算总体情况', '收入支出预算总体情况'], note: '' },
  { key: 'income', aliases: ['收入决算情况说明', '收入情况', '收入预算情况'], note: '' },
  { key: 'expenditure', aliases: ['支出决算情况说明', '支出情况', '支出预算情况'], note: '' },
  { key: 'appropriation_overview', aliases: ['财政拨款收入支出决算总体情况说明', '财政拨款收支总体情况', '财政拨款收支决算总体情况'], note: '' },
  { key: 'general_budget_expenditure', aliases: ['一般公共预算财政拨款支出决算情况说明', '一般公共预算支出情况', '一般公共预算财政拨款支出情况'], note: '' },
  { key: 'basic_expenditure', aliases: ['一般公共预算财政拨款基本支出决算情况说明', '基本支出情况'], note: '' },
  { key: 'government_fund', aliases: ['政府性基金预算财政拨款收入支出决算情况说明', '政府性基金预算', '政府性基金'], note: '' },
  { key: 'state_capital', aliases: ['国有资本经营预算财政拨款支出决算情况说明', '国有资本经营预算'], note: '' },
  { key: 'three_public_expenses', aliases: ['“三公”经费', '三公经费', '会议费、培训费'], note: '' },
  { key: 'operating_costs', aliases: ['机关运行经费'], note: '' },
  { key: 'procurement', aliases: ['政府采购'], note: '' },
  { key: 'state_assets', aliases: ['国有资产占用', '国有资产', '资产占有使用'], note: '' },
  { key: 'performance', aliases: ['绩效', '预算绩效管理', '绩效目标'], note: '' },
  { key: 'other_matters', aliases: ['其他需要说明', '其他重要事项', '其他说明'], note: '' },
  { key: 'glossary', aliases: ['名词解释', '专业名词解释'], note: '' },
  { key: 'attachments', aliases: ['附件'], note: '' },
  { key: 'tables', aliases: ['决算表', '预算表', '公开报表', '决算公开表'], note: '第三部分: the tables' },
] as const;

export type SectionKeyName = (typeof SECTION_VOCABULARY)[number]['key'];
