import { toMatchForm } from './canonicalize-text.ts';

/**
 * The comparison form of a section heading: the match form with 收入支出 read
 * as 收支, 单位 as 部门, and the report-kind words 决算 / 预算 dropped, so budget
 * and final-account wordings of the same heading compare equal.
 * @param text canonical heading without numbering
 * @returns compact comparison string
 * @example sectionForm('收入支出决算总体情况说明') // '收支总体情况说明'
 */
export function sectionForm(text: string): string {
  return toMatchForm(text).replace(/收入支出/g, '收支').replace(/单位/g, '部门').replace(/决算|预算/g, '');
}

/**
 * The comparison form of a table title: the match form with 收入支出 read as 收支.
 * @param text canonical title
 * @returns compact comparison string
 * @example tableForm('财政拨款收入支出决算总表') // '财政拨款收支决算总表'
 */
export function tableForm(text: string): string {
  return toMatchForm(text).replace(/收入支出/g, '收支');
}
