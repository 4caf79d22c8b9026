import type { Section } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { matchSectionTitle, normalizeSections } from '../src/index.ts';

// Headings as printed in the corpus (text seeds and PDFs) and in domain.md.
const HEADINGS: [string, string][] = [
  ['第一部分 单位概况', 'overview'],
  ['第一部分 概况', 'overview'],
  ['## 第一部分 部门概况', 'overview'],
  ['第一部分 上海市普陀区财政局概况', 'overview'],
  ['一、单位主要职责及内设机构', 'duties'],
  ['一、本部门（单位）职责', 'duties'],
  ['### 一、部门主要职责及机构设置', 'duties'],
  ['一、主要职能', 'duties'],
  ['（一）主要职责', 'duties'],
  ['（二）内设机构', 'organisation'],
  ['二、部门决算单位构成', 'organisation'],
  ['二、决算单位构成', 'organisation'],
  ['二、机构设置情况', 'organisation'],
  ['### 三、部门预算单位构成', 'organisation'],
  ['三、单位人员情况', 'staff'],
  ['### 四、部门人员情况说明', 'staff'],
  ['## 二、2021 年度部门工作任务', 'tasks'],
  ['第二部分 2023年度部门决算情况说明', 'budget_explanation'],
  ['第二部分 2023 年度单位决算情况说明', 'budget_explanation'],
  ['第三部分 情况说明', 'budget_explanation'],
  ['## 第二部分 收支情况', 'budget_explanation'],
  ['### 五、2021 年部门预算收支说明', 'budget_explanation'],
  ['一、收入支出决算总体情况说明', 'income_expenditure_overview'],
  ['#### （一）收支预算总体情况。', 'income_expenditure_overview'],
  ['二、收入决算情况说明', 'income'],
  ['二、本年收入决算情况说明', 'income'],
  ['三、支出决算情况说明', 'expenditure'],
  ['四、财政拨款收入支出决算总体情况说明', 'appropriation_overview'],
  ['四、财政拨款收支决算总体情况说明', 'appropriation_overview'],
  ['#### （二）财政拨款收支情况。', 'appropriation_overview'],
  ['五、一般公共预算财政拨款支出决算情况说明', 'general_budget_expenditure'],
  ['（二）一般公共预算财政拨款支出决算结构情况', 'general_budget_expenditure'],
  ['（三）一般公共预算拨款支出明细情况。', 'general_budget_expenditure'],
  ['### 3、支出按经济科目分类的明细情况', 'general_budget_expenditure_economic'],
  ['六、一般公共预算财政拨款基本支出决算情况说明', 'basic_expenditure'],
  ['### 4、上年结转财政资金一般公共预算拨款支出情况。', 'carryover'],
  ['七、政府性基金预算财政拨款收入支出决算情况说明', 'government_fund'],
  ['七、政府性基金预算财政拨款收支决算情况说明', 'government_fund'],
  ['#### （四）政府性基金预算支出情况。', 'government_fund'],
  ['八、国有资本经营预算财政拨款支出决算情况说明', 'state_capital'],
  ['（五）国有资本经营预算拨款收支情况。', 'state_capital'],
  ['九、财政拨款“三公”经费及会议费、培训费支出决算情况说明', 'three_public_expenses'],
  ['（一）“三公”经费财政拨款支出决算总体情况说明', 'three_public_expenses'],
  ['#### 六、部门预算“三公”经费等预算情况说明', 'three_public_expenses'],
  ['1. 因公出国（境）费支出情况说明', 'overseas_travel'],
  ['2. 公务用车购置费支出情况说明', 'vehicle_purchase'],
  ['3. 公务用车运行维护费支出情况说明', 'vehicle_operation'],
  ['4. 公务接待费支出情况说明', 'reception'],
  ['(二) 培训费支出情况说明', 'training'],
  ['(三) 会议费支出情况说明', 'meetings'],
  ['十、机关运行经费支出情况说明', 'operating_costs'],
  ['## **十、机关运行经费安排情况说明**', 'operating_costs'],
  ['十一、政府采购支出情况说明', 'procurement'],
  ['## **八、政府采购情况说明**', 'procurement'],
  ['十二、国有资产占用及购置情况说明', 'state_assets'],
  ['#### 七、部门国有资产占有使用及资产购置情况说明', 'state_assets'],
  ['十三、预算绩效情况说明', 'performance'],
  ['## **九、部门预算绩效目标情况说明**', 'performance'],
  ['(一) 预算绩效管理工作开展情况说明', 'performance_management'],
  ['(二) 单位整体支出绩效自评结果', 'overall_performance_evaluation'],
  ['(三) 项目绩效自评结果', 'project_performance_evaluation'],
  ['（四）专项资金绩效自评结果', 'special_fund_evaluation'],
  ['（五）部门重点评价项目绩效评价结果', 'key_project_evaluation'],
  ['（六）财政重点评价项目绩效评价结果', 'fiscal_key_evaluation'],
  ['十四、其他需要说明的情况', 'other_matters'],
  ['十、其他重要事项情况说明', 'other_matters'],
  ['### 第三部分 其他说明情况', 'other_matters'],
  ['第四部分 专业名词解释', 'glossary'],
  ['第四部分 名词解释', 'glossary'],
  ['第五部分 附件', 'attachments'],
  ['第五部分 附 件', 'attachments'],
  ['第三部分 2023年度部门决算表', 'tables'],
  ['第二部分 上海市普陀区财政局2024年度部门决算表', 'tables'],
  ['## 第四部分 公开报表', 'tables'],
  ['# 2021年部门综合预算公开报表', 'tables'],
  ['一、收入支出决算总表', 'tables'],
  ['### 目录', 'contents'],
  ['## 2021 年部门综合预算', 'document_title'],
  ['三、综合评价情况及评价结论', 'evaluation_conclusion'],
  ['六、有关建议', 'evaluation_recommendations'],
  ['1. 基本支出：指为保障机构正常运转、完成日常工作任务而发生的各项支出', 'glossary_entry'],
  ['三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入', 'glossary_entry'],
  ['1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位', 'subject_detail'],
  ['7.社会保障和就业（类）行政事业单位离退休（款）归口管理的行政单位离退休（项）', 'subject_detail'],
  ['2.资产运行维护项目绩效自评综述：根据年初设定的绩效目标', 'project_performance_evaluation'],
  ['3.公务接待情况', 'reception'],
  ['1.项目背景', 'evaluation_overview'],
];

describe('matchSectionTitle', () => {
  test.each(HEADINGS)('should key %s', (title, key) => {
    expect(matchSectionTitle(title).key).toBe(key);
  });

  test('should recognise table-of-contents entries by dot leaders and page numbers', () => {
    expect(matchSectionTitle('一、本部门（单位）职责.....\t1')).toMatchObject({ key: 'duties', isToc: true });
    expect(matchSectionTitle('第一部分 概况\t1')).toMatchObject({ key: 'overview', isToc: true });
    expect(matchSectionTitle('第一部分 概况').isToc).toBe(false);
  });

  test('should treat the issuing unit as the document title', () => {
    expect(matchSectionTitle('# 西安市灞桥区医疗保障局', '西安市灞桥区医疗保障局').key).toBe('document_title');
    expect(matchSectionTitle('# 西安市灞桥区医疗保障局').key).toBeNull();
  });

  test.each([
    ['### 2. 健全严密有力的基金监管机制', 'no alias'],
    ['(一) 人员经费152.93万元，主要包括：基本工资、津贴补贴', 'prose'],
    ['5. 决算公开联系方式及信息反馈渠道。联系电话：（029）89625694', 'prose'],
    ['（一）综合股', 'no alias'],
  ])('should decline %s instead of forcing the nearest key', (title, reason) => {
    const match = matchSectionTitle(title);
    expect(match.key).toBeNull();
    expect(match.reason).toContain(reason);
  });
});

describe('normalizeSections', () => {
  const section = (title: string, line: number): Section => ({ title, numbering: null, level: 1, key: null, prov: { file: 'x.txt', page: 1, line } });

  test('should key the headings between 目录 and the repeated body as contents', () => {
    const titles = ['### 目录', '#### 第一部分 部门概况', '#### 第二部分 收支情况', '## 第一部分 部门概况', '### 一、部门主要职责及机构设置', '### 某某工作'];
    const result = normalizeSections(titles.map((title, index) => section(title, index + 1)), null);
    expect(result.sections.map((entry) => entry.key)).toEqual(['contents', 'contents', 'contents', 'overview', 'duties', null]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'SECTION_UNKNOWN', severity: 'info', source: 'normalizer', where: { page: 1, line: 6 } });
  });
});
