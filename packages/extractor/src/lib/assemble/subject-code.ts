/**
 * True for a printed subject code: function codes 3/5/7 digits, economic
 * codes 3/5 digits, possibly printed with spaces between 类/款/项 parts.
 * @example isSubjectCode('2101101') // true
 * @example isSubjectCode('945.84') // false
 */
export function isSubjectCode(text: string): boolean {
  return /^\d{3}(?:\s?\d{2}){0,2}$/.test(text.trim());
}

/**
 * The code as a researcher wants it: parts joined, spaces removed.
 * @example joinCode('210 11 01') // '2101101'
 */
export function joinCode(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A subject code printed at the start of a name cell, split from the name:
 * "2101101 行政单位医疗", "2010601-行政运行", "50101－工资奖金津补贴",
 * "301：工资福利支出". The code must have a subject-code length (3/5/7
 * digits) and be set off by a space, a dash or a colon; the name must not
 * start with a digit. Anything else (a year, 100万元以上…) is not split.
 * @param text printed cell text
 * @returns code and name, or null
 * @example splitCodeName('2010601-行政运行') // { code: '2010601', name: '行政运行' }
 */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const match = /^(\d{3}(?:\d{2}){0,2})(?:\s*[-－—–:：]\s*|\s+)([^\d\s.,，、．-][\s\S]*)$/.exec(text.trim());
  return match?.[1] && match[2] ? { code: match[1], name: match[2] } : null;
}
