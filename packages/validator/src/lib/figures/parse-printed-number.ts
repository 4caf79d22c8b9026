/**
 * Turn a number as printed in prose into an exact decimal string: thousands
 * separators and stray spaces inside the number ("945. 84") are dropped,
 * full-width digits folded.
 * @param printed the printed number
 * @returns canonical decimal string
 * @example parsePrintedNumber('2,365. 94') // '2365.94'
 */
export function parsePrintedNumber(printed: string): string {
  const ascii = printed.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const cleaned = ascii.replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) throw new TypeError(`not a number: ${printed}`);
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  return match[2] ? `${whole}.${match[2]}` : whole;
}
