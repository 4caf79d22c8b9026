/** A heading's printed numbering and the level its style implies. */
export interface HeadingNumbering {
  /** Numbering as printed, e.g. "第二部分", "一、", "（一）", "1.", "(1)", "①". */
  readonly numbering: string;
  /** Title without the numbering. */
  readonly rest: string;
  /** 1 = 第X部分, 2 = 一、, 3 = （一）, 4 = 1. / 1、, 5 = (1) / ①. */
  readonly level: number;
}

const CN = '一二三四五六七八九十百零〇';
const STYLES: readonly [RegExp, number][] = [
  [new RegExp(`^(第[${CN}\\d]+(?:部分|章|篇))\\s*`), 1],
  [new RegExp(`^([${CN}]+\\s*[、.．])\\s*`), 2],
  [new RegExp(`^([（(]\\s*[${CN}]+\\s*[）)])\\s*`), 3],
  [/^(\d{1,2}\s*[、.．](?!\d))\s*/, 4],
  [/^([（(]\s*\d{1,2}\s*[）)])\s*/, 5],
  [/^([①-⑳])\s*/, 5],
];

/**
 * Recognise the numbering style that starts a line.
 * @param text line text (markup already stripped)
 * @returns numbering, rest and level, or null when the line is not numbered
 * @example headingNumbering('（一）主要职责') // { numbering: '（一）', rest: '主要职责', level: 3 }
 */
export function headingNumbering(text: string): HeadingNumbering | null {
  const trimmed = text.trim().replace(/^[-•·*]\s+/, '');
  for (const [pattern, level] of STYLES) {
    const match = pattern.exec(trimmed);
    if (match?.[1]) return { numbering: match[1].replace(/\s+/g, ''), rest: trimmed.slice(match[0].length).trim(), level };
  }
  return null;
}

/**
 * True when a line reads like a table-of-contents entry: dot leaders or a
 * trailing page number after a tab / leader.
 * @example isTocEntry('一、收入支出决算总表.....\t2') // true
 */
export function isTocEntry(text: string): boolean {
  return /(?:\.{3,}|…{2,}|·{3,}|-{4,})\s*\d*\s*$/.test(text.trim()) || /(?:\.{3,}|…{2,}|·{3,})\s*\d+/.test(text);
}
