import type { CellValue } from '@budgetdoc/schema';

const DASH = /^[-—–─－~～]+$/;
const NUMBER = /^[-−]?\d[\d,，]*(?:\.\d+)?$/;

/**
 * A printed amount/score cell → CellValue, keeping blank, zero, dash and text apart.
 * Spaces inside numbers (`945. 84`) and thousands separators are dropped from the value only.
 * @example parsePerfCellValue('93%') // { kind: 'percent', value: '93', printed: '93%' }
 */
export function parsePerfCellValue(printed: string): CellValue {
  const text = printed.trim();
  if (text === '') return { kind: 'blank', printed: '' };
  if (DASH.test(text)) return { kind: 'dash', printed: text };
  const compact = text.replace(/\s+/g, '');
  const percent = /^(.*?)[%％]$/.exec(compact);
  const body = percent ? (percent[1] ?? '') : compact;
  if (NUMBER.test(body)) {
    const value = canonicalDecimal(body.replace(/[,，]/g, '').replace('−', '-'));
    return percent ? { kind: 'percent', value, printed: text } : { kind: 'number', value, printed: text };
  }
  return { kind: 'text', printed: text };
}

/** Drop a leading "+" and superfluous leading zeros so the string fits DecimalString. */
function canonicalDecimal(value: string): string {
  const negative = value.startsWith('-');
  const digits = (negative ? value.slice(1) : value).replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}${digits}`;
}

/** True for cells that read as a number or percentage. */
export function isNumericCell(printed: string): boolean {
  const kind = parsePerfCellValue(printed).kind;
  return kind === 'number' || kind === 'percent';
}
