import type { Finding } from '@budgetdoc/schema';

/** A line that was cut, for the finding. */
export interface CappedLine {
  /** 1-based line number. */
  readonly line: number;
  /** Length before cutting, in characters. */
  readonly length: number;
  /** Characters kept. */
  readonly kept: number;
}

/** Where to cut: the last space within this many characters before the limit, else at a non-digit. */
const SPACE_LOOKBACK = 2000;
const NUMBER_CHAR = /[0-9０-９.,，．、\-－]/;

/**
 * Cut every line longer than `maxLength` characters so that no single line
 * (a 50 MB minified blob, a file without line breaks) can make the
 * extractor slow. Cuts fall on a space, and never inside a number, so no
 * truncated figure is ever reported. Linear in the text length; returns the
 * same string when nothing is cut.
 * @param text decoded text with `\n` line endings
 * @param maxLength longest line kept
 * @returns the text and the lines cut
 * @example capLongLines('a'.repeat(10), 4).text // 'aaaa'
 */
export function capLongLines(text: string, maxLength: number): { text: string; capped: CappedLine[] } {
  const capped: CappedLine[] = [];
  if (text.length <= maxLength) return { text, capped };
  const parts: string[] = [];
  let start = 0;
  let line = 1;
  let last = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > maxLength) {
      const cut = cutPoint(text, start, start + maxLength);
      parts.push(text.slice(last, cut));
      capped.push({ line, length: end - start, kept: cut - start });
      last = end;
    }
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  if (capped.length === 0) return { text, capped };
  parts.push(text.slice(last));
  return { text: parts.join(''), capped };
}

function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > Math.max(start, limit - SPACE_LOOKBACK); i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\u3000') return i;
  }
  let cut = limit;
  // No space near the limit: step back out of any number so it is not cut in two.
  while (cut > start && NUMBER_CHAR.test(text[cut] ?? '') && NUMBER_CHAR.test(text[cut - 1] ?? '')) cut--;
  if (cut > start && NUMBER_CHAR.test(text[cut] ?? '')) cut--;
  while (cut > start && NUMBER_CHAR.test(text[cut - 1] ?? '')) cut--;
  return cut;
}

/**
 * One finding per cut line (at most 20, then a count: a file of long lines must not flood the report).
 * @example lineCapFindings(capped, 50_000)
 */
export function lineCapFindings(capped: readonly CappedLine[], maxLength: number): Finding[] {
  const shown = capped.slice(0, 20).map(
    (c): Finding => ({
      code: 'TEXT_LINE_TRUNCATED',
      severity: 'warning',
      source: 'pipeline',
      message: `line ${c.line} has ${c.length} characters; only the first ${c.kept} were read (limit ${maxLength})`,
      where: { line: c.line },
      evidence: { length: c.length, kept: c.kept, limit: maxLength },
    }),
  );
  if (capped.length > 20) {
    shown.push({ code: 'TEXT_LINE_TRUNCATED', severity: 'warning', source: 'pipeline', message: `${capped.length - 20} more lines over ${maxLength} characters were cut`, where: {}, evidence: { lines: capped.length } });
  }
  return shown;
}
