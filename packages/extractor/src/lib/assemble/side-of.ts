import { SIDE_VOCABULARY, type SideKey } from '@budgetdoc/schema';

/**
 * Lookup form of a side label: whitespace and a trailing bracketed qualifier
 * removed, and 分类科目 / 分科目 / 科目 read alike (支出功能分科目,
 * 部门预算支出经济科目 are printed for 支出功能分类科目, 部门预算支出经济分类科目).
 */
function sideForm(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(/分类?科目$/, '科目');
}

/** Printed side labels (lookup form) → key. */
const SIDE_BY_ALIAS = new Map<string, SideKey>(SIDE_VOCABULARY.flatMap((entry) => entry.aliases.map((alias) => [sideForm(alias), entry.key as SideKey] as const)));

/**
 * Canonical side for a printed group label (收 入 → income, 支出功能分类科目（按大类）
 * → expenditure_function), by exact alias lookup after removing whitespace and
 * a trailing bracketed qualifier; 分类科目, 分科目 and 科目 count as one word.
 * @param text printed header cell
 * @returns the side key or null
 * @example sideOf('收 入') // 'income'
 * @example sideOf('部门预算支出经济科目（按大类）') // 'expenditure_department_economic'
 */
export function sideOf(text: string): SideKey | null {
  return SIDE_BY_ALIAS.get(sideForm(text)) ?? null;
}
