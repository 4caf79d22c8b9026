/** ANSI styling that becomes a no-op when colour is off. */
export interface TerminalStyle {
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly blue: (text: string) => string;
}

/**
 * Terminal styles; plain text when `color` is false (pipes, files, NO_COLOR).
 * @param color whether to emit ANSI escapes
 * @returns the style functions
 * @example terminalStyle(false).red('x') // 'x'
 */
export function terminalStyle(color: boolean): TerminalStyle {
  const wrap = (open: number, close: number) => (text: string) => (color && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { dim: wrap(2, 22), bold: wrap(1, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39), magenta: wrap(35, 39), blue: wrap(34, 39) };
}

/**
 * Columns a string takes in a terminal: CJK and full-width characters take two.
 * @param text the string
 * @returns display width
 * @example displayWidth('合计a') // 5
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * Cut a string to at most `width` display columns, marking the cut with `…`.
 * @param text the string
 * @param width maximum display width (≥ 1)
 * @returns the possibly shortened string
 * @example truncateDisplay('一二三四', 5) // '一二…'
 */
export function truncateDisplay(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/**
 * Pad a string with spaces to a display width (CJK-aware `padEnd`).
 * @param text the string
 * @param width target display width
 * @returns the padded string
 * @example padDisplay('合计', 6) // '合计  '
 */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
