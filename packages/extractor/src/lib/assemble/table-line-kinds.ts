import type { MoneyUnit } from '@budgetdoc/schema';
import { PERFORMANCE_TITLE } from '../performance/parse-performance-table.ts';
import { toHalfWidth } from './parse-cell-value.ts';

/** A printed form label such as 公开01表, 表4, 预算01表, 表一. */
export interface FormLabel {
  readonly label: string;
  /** Form number without prefix: "01" for 公开01表, "4" for 表4, "1" for 表一. */
  readonly no: string;
  /** Text after the label on the same line (a title printed beside it), if any. */
  readonly rest: string;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一..九十九 → number (enough for form numbers). */
function chineseNumber(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (tens ? (CN_DIGITS[tens] ?? 0) * 10 : text.includes('十') ? 10 : 0) + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

const FORM_LABEL = /^((?:部门|单位)?(?:公开|预算|决算|收支)?\s*(?:附)?表\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-－]\s*\d{1,2})?|(?:公开|预算|决算)\s*([0-9０-９]{1,2})\s*表)(?![\u4e00-\u9fa5]{0,1}[的中内])/;

/**
 * Recognise a form label at the start of a line.
 * @param text line text
 * @returns the label, or null
 * @example formLabel('公开01表') // { label: '公开01表', no: '01', rest: '' }
 */
export function formLabel(text: string): FormLabel | null {
  const trimmed = text.trim();
  const match = FORM_LABEL.exec(trimmed);
  if (!match?.[1]) return null;
  const rest = trimmed.slice(match[0].length).replace(/^[\s:：、.．]+/, '').trim();
  const digits = match[2] ?? match[3] ?? '';
  const no = /^[一二三四五六七八九十]+$/.test(digits) ? String(chineseNumber(digits) ?? digits) : toHalfWidth(digits);
  // A label followed by prose is a sentence mentioning a table, not a label.
  if (rest !== '' && (/[，。；]/.test(rest) || !/表/.test(rest))) return null;
  return { label: match[1].replace(/\s+/g, ''), no, rest };
}

/**
 * Split a form label printed after the title on the same line
 * (`收入支出决算总表 公开01表`).
 * @example trailingFormLabel('收入支出决算总表 公开01表')?.label // '公开01表'
 */
export function trailingFormLabel(text: string): { title: string; label: FormLabel } | null {
  const match = /^(.*\S)\s+((?:公开|预算|决算)\s*[0-9０-９]{1,2}\s*表|(?:附)?表\s*[0-9０-９]{1,2})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const label = formLabel(match[2]);
  return label ? { title: match[1], label } : null;
}

/** Words that make a 表-ending line a budget table title rather than any noun phrase. */
const TITLE_WORDS = /收|支|预算|决算|经费|拨款|采购|统计|绩效|资产|基金|明细|总表/;

/**
 * True when a line reads as a table title: ends in 表 (before bracketed
 * qualifiers), names budget content, and is not a sentence.
 * @example isTableTitle('一般公共预算财政拨款基本支出决算表') // true
 * @example isTableTitle('本部门无政府性基金收支，已公开空表') // false
 */
export function isTableTitle(text: string): boolean {
  const core = titleCore(text, 80);
  if (core === null || /^(本|我|无|注|说明)|^第[一二三四五六七八九十\d]+(?:部分|章|篇)/.test(core)) return false;
  const bare = core.replace(/[：:]$/, '');
  return /表$/.test(bare) && TITLE_WORDS.test(bare) && !/目录|空表$/.test(bare);
}

/**
 * The shape every table title has: 4 to `maxLength` characters without
 * whitespace and without sentence punctuation. Returns the text with its
 * trailing bracketed qualifiers （…） removed, or null.
 * @example titleCore('部门收支总表（不含上年结转）', 80) // '部门收支总表'
 */
export function titleCore(text: string, maxLength: number): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 4 || compact.length > maxLength || /[，。；;！]/.test(compact)) return null;
  return compact.replace(/(?:[（(][^（）()]*[）)])+$/, '');
}

/**
 * True for performance table titles (绩效自评表 / 绩效目标表 / 绩效评价表 / 绩效指标表).
 * @example isPerformanceTitle('医保专网建设项目绩效自评表') // true
 */
export function isPerformanceTitle(text: string): boolean {
  return PERFORMANCE_TITLE.test(text.replace(/\s+/g, ''));
}

/**
 * The money unit a unit line declares (单位：万元, 金额单位：元).
 * @example moneyUnitOf('金额单位：万元') // '万元'
 */
export function moneyUnitOf(text: string): MoneyUnit | null {
  const match = /(?:^|[\s\t(（])(?:金额)?单位\s*[:：]\s*(万元|亿元|千元|元)/.exec(text.replace(/^\s+/, ' '));
  return (match?.[1] as MoneyUnit | undefined) ?? null;
}

/**
 * The issuing unit a 编制单位 / 部门名称 / 单位名称 line names.
 * @example issuingUnitOf('编制单位：西安市某局') // '西安市某局'
 */
export function issuingUnitOf(text: string): string | null {
  const match = /(?:^|\s)(?:编制单位|部门名称|单位名称|填报单位|部门（单位）名称|部门\(单位\)名称|预算单位|部门)\s*[:：]\s*([^\s:：]+)/.exec(text.trim());
  return match?.[1] ?? null;
}

/** True for a line that only states a year: 2023年度, （2023年度）. */
export function isYearLine(text: string): boolean {
  return /^[（(]?\s*\d{4}\s*年度?\s*[）)]?$/.test(toHalfWidth(text.trim()));
}

/** True for a note line under a table: 注：…, 说明：…, 备注：… */
export function isNoteLine(text: string): boolean {
  return /^(?:注|说明|备注|附注)\s*(?:[:：]|\d|[一二三四五六七八九十]\s*[、.：:])/.test(text.trim());
}

/** True for a placeholder where a table body could not be read ([illegible], [图片] …). */
export function isIllegibleMarker(text: string): boolean {
  return /^[[【(（]\s*(?:illegible|unreadable|image|picture|table|图片|图像|无法识别|表格图片|略)[^\]】)）]*[\]】)）]$/i.test(text.trim());
}

/** The 栏次 (column number) label, also as OCR'd (档次, 栏号). */
export function isColumnNoLabel(text: string): boolean {
  return /^(?:栏\s*次|档\s*次|栏\s*号|列\s*次)$/.test(text.trim());
}
