/**
 * Canonical section keys for the narrative headings of a report.
 *
 * The normalizer compares headings after canonicalisation: numbering
 * (第一部分, 一、, （一）, 1., ①, #), year / unit prefixes, whitespace, quotes,
 * brackets and punctuation are removed; 收入支出 is read as 收支, 单位 as 部门,
 * and the report-kind words 决算 / 预算 are dropped (so 收入支出决算总体情况说明
 * and 收支预算总体情况 compare equal). Then:
 * - `aliases` match anywhere in the heading; the longest match wins, ties go
 *   to the match that starts first (一、单位主要职责及内设机构 → `duties`);
 * - `exact` aliases match only the whole heading (情况说明, 概况, 决算表), so
 *   that generic words never capture a more specific heading.
 * A heading that matches nothing keeps key null with a SECTION_UNKNOWN finding.
 */
export const SECTION_VOCABULARY = [
  { key: 'contents', aliases: ['目录'], exact: [], note: 'table of contents (and TOC entries that reach the section list)' },
  { key: 'document_title', aliases: [], exact: [], note: 'the cover title: "<unit>2023年度部门决算", "2021年部门综合预算"; matched by shape, not alias' },
  { key: 'overview', aliases: ['部门概况', '单位概况', '部门基本情况', '基本概况'], exact: ['概况', '基本情况', '部门概况'], note: '第一部分' },
  { key: 'duties', aliases: ['主要职责', '主要职能', '部门职责', '部门职能', '机构职能', '工作职责'], exact: ['职责', '职能', '职责职能'], note: '' },
  { key: 'organisation', aliases: ['内设机构', '机构设置', '决算单位构成', '预算单位构成', '单位构成', '部门构成', '机构情况', '机构设置及人员', '派出机构', '下属事业单位', '下属单位', '所属单位'], exact: [], note: '' },
  { key: 'staff', aliases: ['人员情况', '人员构成', '人员编制'], exact: [], note: '' },
  { key: 'tasks', aliases: ['工作任务', '重点工作', '工作计划', '工作目标'], exact: [], note: 'budget: 年度工作任务' },
  { key: 'budget_explanation', aliases: ['部门决算情况说明', '部门预算情况说明', '单位决算情况说明'], exact: ['情况说明', '决算情况说明', '预算情况说明', '部门决算情况', '部门预算情况', '收支情况', '收支说明', '收支情况说明', '部门收支说明', '部门收支情况', '收入支出情况'], note: '第二部分 headline' },
  { key: 'income_expenditure_overview', aliases: ['收入支出决算总体情况', '收支总体情况', '收支总体', '收支预算总体'], exact: [], note: '' },
  { key: 'income', aliases: [], exact: ['收入情况', '收入情况说明', '收入说明', '收入具体情况', '本年收入情况说明', '本年收入情况'], note: '' },
  { key: 'expenditure', aliases: [], exact: ['支出情况', '支出情况说明', '支出说明', '支出具体情况', '本年支出情况说明', '本年支出情况'], note: '' },
  { key: 'appropriation_overview', aliases: ['财政拨款收入支出决算总体情况', '财政拨款收支总体', '财政拨款收支', '财政拨款支出'], exact: [], note: '' },
  { key: 'general_budget_expenditure', aliases: ['一般公共预算财政拨款支出', '一般公共预算拨款支出', '一般公共预算当年拨款', '一般公共预算支出', '按功能科目分类', '按支出功能分类'], exact: [], note: '' },
  { key: 'general_budget_expenditure_economic', aliases: ['按经济科目分类', '按支出经济分类', '按经济分类'], exact: [], note: 'budget: 支出按经济科目分类的明细情况' },
  { key: 'basic_expenditure', aliases: ['一般公共预算财政拨款基本支出', '一般公共预算基本支出', '基本支出决算情况', '基本支出'], exact: [], note: '' },
  { key: 'carryover', aliases: ['上年结转财政资金', '上年结转政府性基金', '上年结转'], exact: [], note: 'budget: 上年结转 spending' },
  { key: 'government_fund', aliases: ['政府性基金预算财政拨款收入支出', '政府性基金预算财政拨款', '政府性基金预算', '政府性基金'], exact: [], note: '' },
  { key: 'state_capital', aliases: ['国有资本经营预算财政拨款', '国有资本经营预算', '国有资本经营'], exact: [], note: '' },
  { key: 'three_public_expenses', aliases: ['财政拨款“三公”经费', '“三公”经费财政拨款', '“三公”经费', '三公经费'], exact: [], note: '三公 and 会议费/培训费' },
  { key: 'overseas_travel', aliases: ['因公出国（境）费', '因公出国（境）'], exact: [], note: '三公 subsection' },
  { key: 'vehicles', aliases: ['公务用车购置及运行维护', '公务用车购置及运行'], exact: [], note: '三公 subsection covering purchase and operation' },
  { key: 'vehicle_purchase', aliases: ['公务用车购置费', '公务用车购置支出'], exact: [], note: '三公 subsection' },
  { key: 'vehicle_operation', aliases: ['公务用车运行维护费', '公务用车运行费'], exact: [], note: '三公 subsection' },
  { key: 'reception', aliases: ['公务接待费', '公务接待情况'], exact: [], note: '三公 subsection' },
  { key: 'meetings', aliases: ['会议费'], exact: [], note: '' },
  { key: 'training', aliases: ['培训费'], exact: [], note: '' },
  { key: 'operating_costs', aliases: ['机关运行经费'], exact: [], note: '' },
  { key: 'procurement', aliases: ['政府采购'], exact: [], note: '' },
  { key: 'state_assets', aliases: ['国有资产占用', '国有资产占有', '国有资产', '资产占有使用', '资产占用'], exact: [], note: '' },
  { key: 'performance', aliases: ['预算绩效', '绩效目标', '绩效情况', '绩效管理'], exact: ['绩效'], note: '' },
  { key: 'performance_management', aliases: ['预算绩效管理工作', '绩效管理工作开展'], exact: [], note: '' },
  { key: 'overall_performance_evaluation', aliases: ['整体支出绩效自评', '整体支出绩效评价', '整体绩效自评'], exact: [], note: '' },
  { key: 'project_performance_evaluation', aliases: ['项目绩效自评', '项目支出绩效自评', '绩效自评综述', '项目综述'], exact: [], note: '' },
  { key: 'special_fund_evaluation', aliases: ['专项资金绩效自评'], exact: [], note: '' },
  { key: 'key_project_evaluation', aliases: ['部门重点评价项目', '部门重点评价', '部门评价项目'], exact: [], note: '部门重点评价项目绩效评价结果' },
  { key: 'fiscal_key_evaluation', aliases: ['财政重点评价项目'], exact: [], note: '财政重点评价项目绩效评价结果' },
  { key: 'evaluation_overview', aliases: ['项目基本情况', '项目背景', '项目主要内容', '项目资金投入'], exact: ['项目概况', '基本情况及绩效目标'], note: '绩效评价报告: project overview' },
  { key: 'evaluation_process', aliases: ['绩效评价工作开展', '绩效评价工作过程', '绩效评价目的', '绩效评价原则', '评价原则和方法', '评价指标体系', '评价方法'], exact: [], note: '绩效评价报告: how the evaluation was done' },
  { key: 'evaluation_conclusion', aliases: ['综合评价情况', '评价结论', '综合评价结论'], exact: [], note: '绩效评价报告: conclusion and score' },
  { key: 'evaluation_findings', aliases: ['绩效评价指标分析', '项目决策情况', '项目过程情况', '项目产出情况', '项目效益情况', '项目管理情况'], exact: [], note: '绩效评价报告: indicator analysis (决策/过程/产出/效益)' },
  { key: 'evaluation_lessons', aliases: ['主要经验及做法', '存在的问题及原因分析', '存在的主要问题', '存在问题'], exact: [], note: '绩效评价报告: lessons and problems' },
  { key: 'evaluation_recommendations', aliases: ['有关建议', '相关建议', '改进建议', '下一步改进措施'], exact: [], note: '绩效评价报告: recommendations' },
  { key: 'other_matters', aliases: ['其他需要说明', '其他重要事项', '其他说明', '其他事项'], exact: [], note: '' },
  { key: 'glossary_entry', aliases: [], exact: [], note: 'one term of the glossary ("经营收入：指…"); matched by shape' },
  { key: 'subject_detail', aliases: [], exact: [], note: 'explanation of one expenditure subject ("社会保障和就业支出（类）行政事业单位养老支出（款）…"); matched by shape' },
  { key: 'glossary', aliases: ['名词解释', '专业名词解释', '名词说明'], exact: [], note: '' },
  { key: 'attachments', aliases: ['附件'], exact: ['附表'], note: '' },
  { key: 'tables', aliases: ['公开报表', '决算公开表', '预算公开表', '公开表'], exact: ['决算表', '预算表', '部门决算表', '部门预算表', '单位决算表', '单位预算表', '报表', '部门综合预算公开报表'], note: '第三部分: the tables' },
] as const;

export type SectionKeyName = (typeof SECTION_VOCABULARY)[number]['key'];
