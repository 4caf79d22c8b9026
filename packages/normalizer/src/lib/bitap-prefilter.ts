/**
 * A cheap necessary condition for a fuse.js hit, used to skip bitap searches
 * that cannot succeed. fuse.js (bitap, `ignoreLocation: true`) scores a hit
 * as errors / pattern length and accepts it up to its threshold; every
 * pattern position whose character (UTF-16 code unit, as bitap reads them)
 * occurs nowhere in the text can only be passed by an edit, so it costs one
 * error. More such positions than the threshold allows rule a hit out.
 * Skipping those searches changes no hit and no score: it only saves
 * building a bitap searcher and scanning the text.
 */

/** The code units of a text, as bitap compares them. */
export function codeUnits(text: string): Set<string> {
  const units = new Set<string>();
  for (let i = 0; i < text.length; i++) units.add(text.charAt(i));
  return units;
}

/**
 * Whether fuse.js could report `pattern` as a hit in a text with these code units.
 * @param pattern the fuse.js query (≤ 32 code units: one bitap chunk)
 * @param textUnits {@link codeUnits} of the searched text
 * @param threshold the fuse.js threshold (with `ignoreLocation: true`)
 * @returns false only when no hit is possible
 * @example mayMatchWithin('收入决算表', codeUnits('收入支出决算总表'), 0.4) // true
 */
export function mayMatchWithin(pattern: string, textUnits: ReadonlySet<string>, threshold: number): boolean {
  let absent = 0;
  for (let i = 0; i < pattern.length; i++) if (!textUnits.has(pattern.charAt(i))) absent++;
  // The same expression fuse.js compares with its threshold (errors / pattern length).
  return absent / pattern.length <= threshold;
}
