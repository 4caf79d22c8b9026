import { parseCellValue } from '../assemble/parse-cell-value.ts';
import { sideOf } from '../assemble/side-of.ts';

/**
 * What a word of a space-aligned line is: an amount (decimals, thousands
 * separators or a percentage), a bare integer (序号, 行次, subject code or an
 * amount in 元 without decimals), a dash (not applicable) or text.
 */
export type LayoutTokenKind = 'amount' | 'int' | 'dash' | 'text';

/** One word of a `pdftotext -layout` line with its character columns. */
export interface LayoutToken {
  readonly text: string;
  /** First character column (0-based, in characters of the line). */
  readonly start: number;
  /** One past the last character column. */
  readonly end: number;
  readonly kind: LayoutTokenKind;
  /** Spaces between this token and the previous one on the line (Infinity for the first). */
  readonly gap: number;
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]$/;
/** A year before 年 (2022 年度预算), or a count before its unit word (11 人), is one word with it. */
const YEAR_WORD = /^年/;
const UNIT_WORD = /^(?:万元|亿元|千元|元|万|人|个|次|批|项|家|辆|台|套|件|户|名|座|栋)$/;

/** True for the rigid kinds: numbers and dashes, whose extent is where their column is. */
export const isRigid = (token: { kind: LayoutTokenKind }): boolean => token.kind !== 'text';

/**
 * Kind of one printed word.
 * @example tokenKind('2,946.25') // 'amount'
 * @example tokenKind('201') // 'int'
 */
export function tokenKind(text: string): LayoutTokenKind {
  // Most words are labels: no digit and no dash character means text, without parsing.
  if (!/[0-9０-９\-—–─－‐―]/.test(text)) return 'text';
  const value = parseCellValue(text);
  if (value.kind === 'dash') return 'dash';
  if (value.kind === 'percent') return 'amount';
  if (value.kind === 'number') return /[.,，．]/.test(text) ? 'amount' : 'int';
  return 'text';
}

/**
 * A decimal amount glued to the end of a label ("3、机关资本性支出（一）0.00",
 * pdftotext prints no space when a long label runs into the next column):
 * the index where the amount starts, or -1. Scans from the end, so it is
 * linear in the word length.
 */
export function gluedAmountAt(word: string): number {
  let i = word.length;
  while (i > 0 && /[\d.,]/.test(word[i - 1] as string)) i--;
  if (i === 0 || i === word.length) return -1;
  // The label must end in a letter or closing bracket, not a digit or sign.
  if (/[\d.,\-+%－]/.test(word[i - 1] as string)) return -1;
  const tail = word.slice(i);
  // Only amounts with decimals are split off: a bare trailing integer may be part of the name.
  return /^(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,6}$/.test(tail) ? i : -1;
}

/**
 * Split a `pdftotext -layout` line into words with their character columns
 * and kinds. Words are separated by any run of spaces; a decimal amount
 * glued to a label is split off; a number printed with a space after its
 * decimal point (`945. 84`) stays one word, and so does a year or count
 * with its unit (`2022 年…`, `11 人`); single CJK characters spaced out
 * over a cell (`合   计`, `收              入`) are joined into one word.
 * @param line the raw line (no line break, no form feed)
 * @returns tokens left to right
 * @example layoutTokens('201  06  行政运行   1,511.90').map((t) => t.kind) // ['int', 'int', 'text', 'amount']
 */
export function layoutTokens(line: string): LayoutToken[] {
  const words: { text: string; start: number; end: number }[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const text = match[0];
    const start = match.index;
    const previous = words[words.length - 1];
    // "945. 84": a decimal point followed by a space and the decimals.
    if (previous && start - previous.end === 1 && /^\d[\d,]*\.$/.test(previous.text) && /^\d{1,2}$/.test(text)) {
      previous.text = `${previous.text} ${text}`;
      previous.end = start + text.length;
      continue;
    }
    // "2022 年部门预算", "11 人": a year or a count printed before its unit is text (a 序号 before a label is not).
    if (previous && start - previous.end === 1 && ((/^\d{4}$/.test(previous.text) && YEAR_WORD.test(text)) || (/^\d{1,6}$/.test(previous.text) && UNIT_WORD.test(text)))) {
      previous.text = `${previous.text} ${text}`;
      previous.end = start + text.length;
      continue;
    }
    const glued = gluedAmountAt(text);
    if (glued > 0) {
      words.push({ text: text.slice(0, glued), start, end: start + glued });
      words.push({ text: text.slice(glued), start: start + glued, end: start + text.length });
    } else words.push({ text, start, end: start + text.length });
  }
  const joined = joinSpacedCharacters(words);
  return joined.map((w, i) => ({ ...w, kind: tokenKind(w.text), gap: i === 0 ? Number.POSITIVE_INFINITY : w.start - (joined[i - 1]?.end ?? 0) }));
}

/** Headers of subject-code level columns (类 | 款 | 项), printed one character each over their own columns. */
const LEVEL_HEADERS = new Set(['类', '款', '项']);

/** Letter spacing inside one cell is at most this many spaces (项   目, 合    计). */
const LETTER_SPACING = 4;

/**
 * Runs of single CJK characters printed with spaces between them → words:
 * close spacing (项   目) always; wide spacing only when the word is a side
 * label (收              入), since single characters far apart are more
 * often the last characters of wrapped headers in neighbouring columns.
 */
function joinSpacedCharacters(words: readonly { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number; single: boolean }[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    const single = CJK.test(word.text);
    // 类 款 项 head the separate code-level columns: never one word.
    if (last && single && last.single && !(LEVEL_HEADERS.has(last.text.slice(-1)) && LEVEL_HEADERS.has(word.text))) {
      const gap = word.start - last.end;
      const joined = last.text + word.text;
      if (gap <= LETTER_SPACING || (joined.length <= 3 && sideOf(joined) !== null)) {
        last.text = joined;
        last.end = word.end;
        // Only the characters of one word keep joining (收入 is complete; 支 starts a new one).
        last.single = gap <= LETTER_SPACING;
        continue;
      }
    }
    out.push({ ...word, single });
  }
  return out.map(({ text, start, end }) => ({ text, start, end }));
}
