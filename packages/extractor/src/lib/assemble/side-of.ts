import { SIDE_VOCABULARY, type SideKey } from '@budgetdoc/schema';

/** Printed side labels → key, after whitespace and trailing qualifiers are removed. */
const SIDE_BY_ALIAS = new Map<string, SideKey>(SIDE_VOCABULARY.flatMap((entry) => entry.aliases.map((alias) => [alias, entry.key as SideKey] as const)));

/**
 * Canonical side for a printed group label (收 入 → income, 支出功能分类科目（按大类）
 * → expenditure_function), by exact alias lookup after removing whitespace and
 * a trailing bracketed qualifier.
 * @param text printed header cell
 * @returns the side key or null
 * @example sideOf('收 入') // 'income'
 */
export function sideOf(text: string): SideKey | null {
  const compact = text.replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]$/, '');
  return SIDE_BY_ALIAS.get(compact) ?? null;
}
