/**
 * Similarity of two strings from their Levenshtein distance over code points:
 * `1 - distance / longer length`, so 1 means equal and 0 means nothing shared.
 * Used to rank fuse.js candidates, whose bitap score favours substrings.
 * @param a first string
 * @param b second string
 * @returns similarity in [0, 1]
 * @example editSimilarity('年末结转结余', '年末结转和结余') // 0.857
 */
export function editSimilarity(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let col = 1; col <= right.length; col++) {
      const substitution = (previous[col - 1] ?? 0) + (left[row - 1] === right[col - 1] ? 0 : 1);
      current.push(Math.min((previous[col] ?? 0) + 1, (current[col - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return Math.round((1 - (previous[right.length] ?? longer) / longer) * 1000) / 1000;
}
