import { compareDecimals, fromScaled, subtractDecimals, sumDecimals, toScaled } from '@budgetdoc/schema';
import { halfUnitAt } from './tolerance.ts';

const SCALE = 8;

/**
 * a ÷ b × 100 to 8 decimals, exactly rounded half away from zero.
 * @example percentOf('160.74', '945.84') // '16.99454241'
 */
export function percentOf(a: string, b: string): string {
  const x = toScaled(a);
  const y = toScaled(b);
  // (x.units / 10^x.scale) / (y.units / 10^y.scale) * 100 * 10^SCALE
  const num = x.units * 10n ** BigInt(y.scale + SCALE + 2);
  const den = y.units * 10n ** BigInt(x.scale);
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (2n * n + d) / (2n * d);
  return fromScaled({ units: negative ? -q : q, scale: SCALE });
}

/**
 * Round a decimal string half away from zero to `scale` places.
 * @example roundTo('16.99454241', 2) // '16.99'
 */
export function roundTo(value: string, scale: number): string {
  const v = toScaled(value);
  if (v.scale <= scale) return fromScaled({ units: v.units * 10n ** BigInt(scale - v.scale), scale });
  const factor = 10n ** BigInt(v.scale - scale);
  const negative = v.units < 0n;
  const abs = negative ? -v.units : v.units;
  const q = (abs * 2n + factor) / (2n * factor);
  return fromScaled({ units: negative ? -q : q, scale });
}

/** Result of comparing a printed percentage with the amounts it is computed from. */
export interface PercentCheck {
  readonly ok: boolean;
  /** The percentage computed from the printed amounts, rounded to the printed decimals. */
  readonly expected: string;
  readonly low: string;
  readonly high: string;
  readonly tolerance: string;
}

/**
 * Check a printed percentage p against part ÷ whole × 100. The amounts are
 * themselves rounded (half a unit of their last decimal, at least 0.005), so
 * the computed ratio is an interval; p passes when it lies within that
 * interval widened by half a unit of p's own last printed decimal.
 * @param part numerator as printed
 * @param whole denominator as printed (must be > 0)
 * @param printed the printed percentage
 * @param wholeSlack extra rounding slack on the whole (e.g. when it is itself a difference)
 * @returns the verdict with the computed value
 * @example checkPercent('160.74', '945.84', '16.99').ok // true
 */
export function checkPercent(part: string, whole: string, printed: string, wholeSlack = '0'): PercentCheck {
  const decimals = toScaled(printed).scale;
  const tolerance = halfUnitAt(decimals);
  const h = (v: string) => halfUnitAt(Math.max(2, toScaled(v).scale));
  const hPart = h(part);
  const hWhole = sumDecimals([h(whole), wholeSlack]);
  const partLow = maxZero(subtractDecimals(part, hPart));
  const partHigh = sumDecimals([part, hPart]);
  const wholeLow = subtractDecimals(whole, hWhole);
  const wholeHigh = sumDecimals([whole, hWhole]);
  const center = percentOf(part, whole);
  const low = percentOf(partLow, wholeHigh);
  const high = compareDecimals(wholeLow, '0') > 0 ? percentOf(partHigh, wholeLow) : '999999999';
  const p = printed.replace(/^-/, '');
  const ok = compareDecimals(p, subtractDecimals(low, tolerance)) >= 0 && compareDecimals(p, sumDecimals([high, tolerance])) <= 0;
  return { ok, expected: roundTo(center, decimals), low, high, tolerance };
}

function maxZero(value: string): string {
  return value.startsWith('-') ? '0' : value;
}
