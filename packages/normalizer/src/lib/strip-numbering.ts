const CN_DIGITS = '一二三四五六七八九十百零〇两';

// Note: order matters: Markdown marks first, then the outermost numbering.
// Arabic numbering needs a separator not followed by a digit, so an amount
// such as "1.58" is never read as numbering.
const NUMBERING_PATTERNS: readonly RegExp[] = [
  /^#{1,6}\s*/,
  /^(?:\*\*|__)\s*/,
  new RegExp(`^第\\s*[${CN_DIGITS}\\d]+\\s*(?:部分|章|节|篇)[、.．:：]?\\s*`),
  new RegExp(`^[${CN_DIGITS}]+\\s*[、.．,，]\\s*`),
  new RegExp(`^[（(]\\s*[${CN_DIGITS}\\d]+\\s*[）)]\\s*[、.．]?\\s*`),
  /^\d{1,2}(?:[.．]\d{1,2})*\s*[、.．,，](?!\d)\s*/,
  /^[0-9]{1,2}\s*[）)]\s*/,
  /^[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3220-\u3229]\s*/,
];

/** A heading split into its printed numbering and the rest. */
export interface NumberedTitle {
  /** Numbering marks as printed, joined by one space, or null. */
  readonly numbering: string | null;
  /** The title without numbering or Markdown emphasis. */
  readonly rest: string;
}

/**
 * Strip numbering prefixes (第一部分, 一、, （一）, (1), 1., 1、, ①, ㈠, Markdown
 * `#` and `**`) from a heading, repeatedly, and return what was stripped.
 * @param title heading as printed
 * @returns numbering and remaining title
 * @example stripNumbering('## **八、政府采购情况说明**') // { numbering: '## ** 八、', rest: '政府采购情况说明' }
 */
export function stripNumbering(title: string): NumberedTitle {
  let rest = title.trim().replace(/\s*(?:\*\*|__)\s*$/, '');
  const marks: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of NUMBERING_PATTERNS) {
      const match = pattern.exec(rest);
      if (match && match[0].length < rest.length) {
        marks.push(match[0].trim());
        rest = rest.slice(match[0].length);
        changed = true;
        break;
      }
    }
  }
  return { numbering: marks.length > 0 ? marks.join(' ') : null, rest: rest.trim() };
}
