import type { IndicatorValue } from '@budgetdoc/schema';

/** Comparators as printed → canonical sign. Longer spellings first so "≥" wins over ">". */
const COMPARATORS: readonly (readonly [RegExp, IndicatorValue['comparator']])[] = [
  [/^(?:≥|≧|>=|＞=|大于等于|大于或等于|不低于|不少于|不小于)/, '≥'],
  [/^(?:≤|≦|<=|＜=|小于等于|小于或等于|不高于|不多于|不大于|不超过)/, '≤'],
  [/^(?:>|＞|大于|高于)/, '>'],
  [/^(?:<|＜|小于|低于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
];

const NUMBER_UNIT = /^([-−]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s]{0,8})$/u;

/**
 * Printed indicator value → printed text plus comparator, exact number and unit
 * where the text is "comparator? number unit?". Other texts (`2023年1-12月`,
 * `有效提升`) keep only the printed form (and a comparator if one leads).
 * @example parseIndicatorValue('≥95%') // { printed: '≥95%', comparator: '≥', number: '95', unit: '%' }
 */
export function parseIndicatorValue(printed: string): IndicatorValue {
  const text = printed.trim();
  let rest = text.replace(/\s+/g, '');
  let comparator: IndicatorValue['comparator'] = null;
  for (const [pattern, sign] of COMPARATORS) {
    const match = pattern.exec(rest);
    if (match) {
      comparator = sign;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const match = NUMBER_UNIT.exec(rest);
  if (!match) return { printed: text, comparator, number: null, unit: null };
  const number = (match[1] ?? '').replace(/,/g, '').replace('−', '-').replace(/^(-?)0+(?=\d)/, '$1');
  const unit = (match[2] ?? '').replace('％', '%');
  return { printed: text, comparator, number, unit: unit === '' ? null : unit };
}
