/**
 * Exact decimal arithmetic on decimal strings via scaled BigInts. Reports print
 * at most a handful of decimals, so a common scale is always exact.
 */

/** A decimal as an integer mantissa and a count of decimal places. */
export interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parse a canonical decimal string ("-12.50") into a scaled integer.
 * @param value exact decimal string
 * @returns the scaled value
 * @example toScaled('2365.94') // { units: 236594n, scale: 2 }
 */
export function toScaled(value: string): Scaled {
  const match = DECIMAL.exec(value);
  if (!match) throw new TypeError(`not a decimal: ${JSON.stringify(value)}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}` || '0');
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/**
 * Format a scaled integer back to a decimal string with exactly `scale` places.
 * @example fromScaled({ units: -5n, scale: 2 }) // '-0.05'
 */
export function fromScaled(value: Scaled): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale);
  return `${negative ? '-' : ''}${whole}${value.scale > 0 ? `.${fraction}` : ''}`;
}

/**
 * Sum decimal strings exactly; the result has the largest scale of its addends.
 * @example sumDecimals(['0.1', '0.2']) // '0.3'
 */
export function sumDecimals(values: readonly string[]): string {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((v) => v.scale));
  return fromScaled({ units: scaled.reduce((acc, v) => acc + rescale(v, scale), 0n), scale });
}

/**
 * a − b exactly.
 * @example subtractDecimals('1294.44', '1292.44') // '2.00'
 */
export function subtractDecimals(a: string, b: string): string {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return fromScaled({ units: rescale(x, scale) - rescale(y, scale), scale });
}

/**
 * Compare two decimals: -1, 0 or 1.
 * @example compareDecimals('10', '10.00') // 0
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/**
 * |a| as a decimal string.
 * @example absDecimal('-0.01') // '0.01'
 */
export function absDecimal(a: string): string {
  return a.startsWith('-') ? a.slice(1) : a;
}

/** Powers of ten between money units, relative to 元. */
const UNIT_EXPONENT: Record<string, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

/**
 * Convert an amount between money units exactly (a shift of the decimal point).
 * @example convertMoney('945.84', '万元', '元') // '9458400'
 */
export function convertMoney(value: string, from: string, to: string): string {
  const fromExp = UNIT_EXPONENT[from];
  const toExp = UNIT_EXPONENT[to];
  if (fromExp === undefined || toExp === undefined) throw new TypeError(`unknown money unit ${from} or ${to}`);
  const v = toScaled(value);
  const shift = fromExp - toExp;
  const scaled = shift >= 0 ? { units: v.units, scale: v.scale - shift } : { units: v.units, scale: v.scale - shift };
  if (scaled.scale >= 0) return fromScaled(scaled);
  return fromScaled({ units: v.units * 10n ** BigInt(-scaled.scale), scale: 0 });
}
