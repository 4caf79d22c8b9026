import type { CellValue } from '@budgetdoc/schema';

/** Dash forms that mean "not applicable" (—, ——, -, －, ─ …), never zero. */
const DASH = /^[-—–─－‐―]+$/;
/** A number as printed, after full-width normalisation and removal of inner spaces. */
const NUMBER = /^[-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Full-width digits and punctuation → ASCII, for parsing only (the printed
 * text is kept as is). Chinese reports mix both widths freely.
 * @param text printed text
 * @returns text with ０-９ ， ． － ％ mapped to ASCII
 * @example toHalfWidth('１２．５') // '12.5'
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A printed cell → CellValue. Exact: `2,365.94` → "2365.94", `945. 84` →
 * "945.84" (a space inside a number is an extraction artefact), `10` stays
 * "10", `0.00` stays "0.00". Blank, dash and text stay distinct.
 * @param printed the cell text as printed
 * @returns the typed value
 * @example parseCellValue('1,931.29') // { kind: 'number', value: '1931.29', printed: '1,931.29' }
 */
export function parseCellValue(printed: string): CellValue {
  const text = printed.trim();
  if (text === '') return { kind: 'blank', printed: '' };
  if (DASH.test(text)) return { kind: 'dash', printed: text };
  const compact = toHalfWidth(text).replace(/\s+/g, '');
  const percent = compact.endsWith('%');
  const body = percent ? compact.slice(0, -1) : compact;
  // Note: a comma is only a thousands separator in groups of three; "1,29" is text.
  if (!NUMBER.test(body)) return { kind: 'text', printed: text };
  const negative = body.startsWith('-');
  const digits = (negative ? body.slice(1) : body).replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const value = `${negative ? '-' : ''}${digits}`;
  return percent ? { kind: 'percent', value, printed: text } : { kind: 'number', value, printed: text };
}

/**
 * True when a cell prints a number or a percentage.
 * @example isNumberText('0.00') // true
 */
export function isNumberText(printed: string): boolean {
  const kind = parseCellValue(printed).kind;
  return kind === 'number' || kind === 'percent';
}
