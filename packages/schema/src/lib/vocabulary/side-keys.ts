/** Sides of multi-sided tables (groups printed side by side or as row groups). */
export const SIDE_VOCABULARY = [
  { key: 'income', aliases: ['收入'], note: '01, 04 left side' },
  { key: 'expenditure', aliases: ['支出'], note: '01, 04 right side' },
  { key: 'budget', aliases: ['预算数', '预算'], note: '09' },
  { key: 'final', aliases: ['决算数', '决算'], note: '09' },
  { key: 'expenditure_function', aliases: ['支出功能分类科目', '支出功能分类'], note: 'budget 表4; budget 01 (Jiangsu): 支出 › 功能分类' },
  { key: 'expenditure_department_economic', aliases: ['部门预算支出经济分类科目'], note: 'budget 表4' },
  { key: 'expenditure_government_economic', aliases: ['政府预算支出经济分类科目'], note: 'budget 表4' },
  { key: 'expenditure_nature', aliases: ['支出用途'], note: 'budget 01 (Jiangsu): 支出 › 支出用途 (基本支出 / 项目支出 / 单位预留机动经费)' },
  { key: 'personnel', aliases: ['人员经费'], note: '06 groups' },
  { key: 'public_funds', aliases: ['公用经费'], note: '06 groups' },
] as const;

export type SideKeyName = (typeof SIDE_VOCABULARY)[number]['key'];
