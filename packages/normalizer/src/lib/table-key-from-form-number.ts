import type { TableKey } from '@budgetdoc/schema';

// Note: only the numbers that are the same in every template seen are here.
// Final accounts: 公开01–06 are fixed nationally, but 07–09 move (Shanghai
// prints 三公 as 07); budgets agree on 表1–表4 only.
const FINAL_BY_NUMBER: Readonly<Record<number, TableKey>> = {
  1: 'income_expenditure_summary',
  2: 'income',
  3: 'expenditure',
  4: 'appropriation_summary',
  5: 'general_budget_expenditure',
  6: 'general_budget_basic_expenditure',
};
const BUDGET_BY_NUMBER: Readonly<Record<number, TableKey>> = {
  1: 'income_expenditure_summary',
  2: 'income',
  3: 'expenditure',
  4: 'appropriation_summary',
};
const CN_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Supporting evidence only: the table key a form number stands for in every
 * template we know (公开01–06表 for final accounts, 表1–4 for budgets).
 * @param formLabel printed label (公开01表, 表一, 预算03表)
 * @param formNo printed number without prefix
 * @param kind report kind
 * @returns a key or null when the number is region-dependent
 * @example tableKeyFromFormNumber('公开02表', '02', 'final') // 'income'
 */
export function tableKeyFromFormNumber(formLabel: string | null, formNo: string | null, kind: 'budget' | 'final' | null): TableKey | null {
  const number = parseFormNumber(formNo ?? formLabel ?? '');
  if (number === null || kind === null) return null;
  const byKind = kind === 'final' ? FINAL_BY_NUMBER : BUDGET_BY_NUMBER;
  return byKind[number] ?? null;
}

/**
 * Read a form number: "01", "表1", "表一", "公开 05 表", full-width digits.
 * @param text printed label or number
 * @returns the number or null
 * @example parseFormNumber('表十') // 10
 */
export function parseFormNumber(text: string): number | null {
  const folded = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const digits = /\d+/.exec(folded);
  if (digits) return Number(digits[0]);
  const chinese = /[一二三四五六七八九十]+/.exec(folded);
  if (!chinese) return null;
  const word = chinese[0];
  if (word.length === 1) return CN_NUMBERS[word] ?? null;
  if (word.startsWith('十')) return 10 + (CN_NUMBERS[word.slice(1)] ?? 0);
  return (CN_NUMBERS[word[0] ?? ''] ?? 0) * 10 + (word.endsWith('十') ? 0 : (CN_NUMBERS[word.slice(-1)] ?? 0));
}
