import type { PositionedText } from './pdfjs-adapter.ts';

/** A piece of printed text with its box: the unit of geometric layout. */
export interface PageToken {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Baseline (bottom edge for rotated runs). */
  readonly y: number;
  /** Box bottom and top, in points from the page bottom. */
  readonly bottom: number;
  readonly top: number;
  readonly fontSize: number;
  /** Looks like an amount, percentage, count or dash (right-aligned in tables). */
  readonly numeric: boolean;
  readonly rotated: boolean;
  /** Set when the token was cut from a run right after an amount (`945.84 一、一般公共服务支出`): it opens a new cell. */
  readonly startsCell?: true;
}

const NUMERIC = /^(?:[-−+]?[\d,，]*\d(?:\s*[.．]\s*\d+)?%?|[-—–－─]{1,3})$/;

/** An amount with decimals or thousands separators (never a count, 行次 or code). */
const AMOUNT = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)`;
const AMOUNT_ONLY = new RegExp(`^${AMOUNT}$`);

/**
 * True for an amount with decimals or thousands separators.
 * @example isAmountText('2,365.94') // true
 * @example isAmountText('31') // false
 */
export function isAmountText(text: string): boolean {
  return AMOUNT_ONLY.test(text);
}

/** Relative advance of a character: CJK and full-width forms are twice as wide as ASCII. */
function charWeight(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 2 : 1;
}

/** Relative advance of a text: the sum of its characters' weights. */
function textWeight(text: string): number {
  return [...text].reduce((sum, ch) => sum + charWeight(ch), 0);
}

/**
 * Split a token at the space nearest to each given x that falls inside it.
 * pdf.js joins runs of adjacent cells into one item with a single space when
 * they nearly touch; a rule between them tells where the cell ends.
 * @param token a token that may straddle boundaries
 * @param boundaries x positions of column rules crossing the token's row
 * @returns the token, or its pieces left to right
 * @example splitTokenAt(token, [418.5])
 */
export function splitTokenAt(token: PageToken, boundaries: readonly number[]): PageToken[] {
  const inside = boundaries.filter((x) => x > token.x0 + 1 && x < token.x1 - 1);
  if (inside.length === 0 || !/\s/.test(token.text)) return [token];
  const chars = [...token.text];
  const total = textWeight(token.text) || 1;
  const unit = (token.x1 - token.x0) / total;
  const positions: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    positions.push(token.x0 + offset * unit);
    offset += charWeight(ch);
  }
  const cuts = new Set<number>();
  for (const x of inside) {
    let best = -1;
    chars.forEach((ch, i) => {
      if (/\s/.test(ch) && (best < 0 || Math.abs((positions[i] ?? 0) - x) < Math.abs((positions[best] ?? 0) - x))) best = i;
    });
    // Only trust a space within two characters' width of the rule.
    if (best >= 0 && Math.abs((positions[best] ?? 0) - x) <= 2 * token.fontSize) cuts.add(best);
  }
  if (cuts.size === 0) return [token];
  const pieces: PageToken[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(chars.length)) {
    const text = chars.slice(start, cut).join('').trim();
    if (text) {
      const x0 = positions[start] ?? token.x0;
      const x1 = cut < chars.length ? (positions[cut] ?? token.x1) : token.x1;
      pieces.push({ ...token, text, x0, x1, numeric: NUMERIC.test(text.replace(/\s+/g, '')) });
    }
    start = cut + 1;
  }
  return pieces;
}

function makeToken(text: string, x0: number, x1: number, item: PositionedText): PageToken {
  const height = item.rotated ? item.height : item.height || item.fontSize;
  // Glyph boxes of CJK fonts sit roughly 12 % below and 88 % above the baseline.
  const bottom = item.rotated ? item.y : item.y - height * 0.12;
  const top = item.rotated ? item.y + item.height : item.y + height * 0.88;
  return { text, x0, x1, y: item.y, bottom, top, fontSize: item.fontSize, numeric: NUMERIC.test(text.replace(/\s+/g, '')), rotated: item.rotated };
}

/** An amount, one space, then a label (not a unit): two touching cells pdf.js joined into one run. */
const AMOUNT_THEN_LABEL = new RegExp(`^(${AMOUNT}) (?![万亿千]?元|倍|个|人|辆|台|套|次|项|年|月|日)([\\u4e00-\\u9fff].*)$`);

function splitAmountThenLabel(token: PageToken): PageToken[] {
  const match = token.rotated ? null : AMOUNT_THEN_LABEL.exec(token.text);
  if (!match) return [token];
  const [, amount = '', label = ''] = match;
  const unit = (token.x1 - token.x0) / (textWeight(token.text) || 1);
  const amountEnd = token.x0 + textWeight(amount) * unit;
  return [
    { ...token, text: amount, x1: amountEnd, numeric: true },
    { ...token, text: label, x0: amountEnd + unit, numeric: false, startsCell: true },
  ];
}

/**
 * Text items → tokens: blank items are dropped, and items that pack several
 * cells into one run separated by 2+ spaces, or an amount and the next
 * cell's label separated by one space, are split, with positions
 * estimated from character widths (pdf.js gives no per-glyph positions).
 * @param items positioned text of one page
 * @returns tokens in input order
 * @example tokensFromItems([{ str: '合计  12.00', x: 10, y: 700, width: 60, height: 10, fontSize: 10, hasEOL: false, rotated: false }])
 */
export function tokensFromItems(items: readonly PositionedText[]): PageToken[] {
  const tokens: PageToken[] = [];
  for (const item of items) {
    const str = item.str;
    if (!str.trim()) continue;
    if (item.rotated || !/\S\s{2,}\S/.test(str)) {
      const lead = str.length - str.trimStart().length;
      const trail = str.length - str.trimEnd().length;
      if (lead === 0 && trail === 0) tokens.push(makeToken(str, item.x, item.x + item.width, item));
      else {
        const total = textWeight(str) || 1;
        const unit = item.width / total;
        const x0 = item.x + textWeight(str.slice(0, lead)) * unit;
        const x1 = item.x + item.width - textWeight(str.slice(str.length - trail)) * unit;
        tokens.push(makeToken(str.trim(), x0, item.rotated ? item.x + item.width : x1, item));
      }
      continue;
    }
    const chars = [...str];
    const total = textWeight(str) || 1;
    const unit = item.width / total;
    let offset = 0;
    let start = -1;
    let startOffset = 0;
    let text = '';
    let spaces = 0;
    const flush = (endOffset: number): void => {
      if (start >= 0 && text.trim()) tokens.push(makeToken(text.trim(), item.x + startOffset * unit, item.x + endOffset * unit, item));
      start = -1;
      text = '';
    };
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? '';
      const w = charWeight(ch);
      if (/\s/.test(ch)) {
        spaces++;
        if (spaces === 2) flush(offset - w);
        else if (start >= 0) text += ch;
      } else {
        spaces = 0;
        if (start < 0) {
          start = i;
          startOffset = offset;
        }
        text += ch;
      }
      offset += w;
    }
    flush(offset);
  }
  return tokens.flatMap(splitAmountThenLabel);
}
