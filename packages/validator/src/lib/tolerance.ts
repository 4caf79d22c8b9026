import { absDecimal, compareDecimals, fromScaled, subtractDecimals, toScaled } from '@budgetdoc/schema';

/**
 * One unit of the last printed decimal at `scale` places: 2 → '0.01'.
 * @example unitAt(2) // '0.01'
 */
export function unitAt(scale: number): string {
  return fromScaled({ units: 1n, scale });
}

/**
 * Half a unit of the last decimal at `scale` places: 2 → '0.005', 0 → '0.5'.
 * @example halfUnitAt(2) // '0.005'
 */
export function halfUnitAt(scale: number): string {
  return fromScaled({ units: 5n, scale: scale + 1 });
}

/**
 * Rounding tolerance (尾差) of an identity between printed, rounded amounts:
 * one unit of the last printed decimal per addend (at least one unit, so two
 * printed copies of one amount may differ by a disclosed 尾差 of 0.01).
 * @param addends number of printed addends
 * @param scale decimals the table prints
 * @example sumTolerance(3, 2) // '0.03'
 */
export function sumTolerance(addends: number, scale: number): string {
  return fromScaled({ units: BigInt(Math.max(1, addends)), scale });
}

/**
 * How two amounts that should be equal compare: exactly equal, apart by no
 * more than the rounding tolerance, or broken beyond it.
 * @example roundingVerdict('4.64', '4.65', '0.02') // 'rounding'
 */
export function roundingVerdict(a: string, b: string, tolerance: string): 'exact' | 'rounding' | 'break' {
  if (compareDecimals(a, b) === 0) return 'exact';
  return withinTolerance(a, b, tolerance) ? 'rounding' : 'break';
}

/**
 * Whether |a − b| ≤ tolerance, exactly.
 * @example withinTolerance('4.64', '4.65', '0.02') // true
 */
export function withinTolerance(a: string, b: string, tolerance: string): boolean {
  return compareDecimals(absDecimal(subtractDecimals(a, b)), tolerance) <= 0;
}

/**
 * Number of decimals a decimal string prints.
 * @example decimalsOf('38.33') // 2
 */
export function decimalsOf(value: string): number {
  return toScaled(value).scale;
}
