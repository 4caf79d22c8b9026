/**
 * Limits that keep one hostile file from exhausting a batch. Every limit
 * refuses (or caps) before the expensive work starts.
 */
export interface InputLimits {
  /** Largest input accepted, in bytes; checked with `stat` before reading (default 200 MiB). */
  readonly maxBytes: number;
  /** Most PDF pages accepted; checked right after opening, before any page is read (default 2000). */
  readonly maxPages: number;
  /** Longest text line processed, in characters; longer lines are cut with a `TEXT_LINE_TRUNCATED` finding (default 10,000: real report lines stay under 2,000, and later stages are not linear in line length). */
  readonly maxLineLength: number;
  /** Deepest Markdown container nesting parsed as Markdown; deeper input is read as plain text with a `MD_NESTING_TOO_DEEP` finding (default 32; reports nest a handful of levels, and parse time grows with depth). */
  readonly maxMarkdownDepth: number;
}

/** The documented defaults (see docs/errors.md). */
export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxLineLength: 10_000,
  maxMarkdownDepth: 32,
});

/**
 * Fill in defaults for the limits not given.
 * @example resolveLimits({ maxBytes: 1024 }).maxPages // 2000
 */
export function resolveLimits(limits: Partial<InputLimits> = {}): InputLimits {
  const pick = <K extends keyof InputLimits>(key: K): InputLimits[K] => limits[key] ?? DEFAULT_INPUT_LIMITS[key];
  return { maxBytes: pick('maxBytes'), maxPages: pick('maxPages'), maxLineLength: pick('maxLineLength'), maxMarkdownDepth: pick('maxMarkdownDepth') };
}
