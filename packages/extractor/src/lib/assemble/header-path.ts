import { groupLabel, type GridGroup } from './grid-layout.ts';

/**
 * The printed header path of one position, outermost first. A header cell
 * covers the blank positions to its right (merged cells print once) but
 * never across a position where a higher header row starts a new cell, and
 * never back into the group's label block, except for a group label printed
 * as one merged cell over the whole group (功能分类 over 功能科目名称 | 金额, see
 * {@link groupLabel}). Side rows (收入 | 支出) are given separately, as they
 * span label and value positions alike.
 * @param header aligned header rows without the 栏次 row
 * @param p the position
 * @param group the group the position belongs to
 * @param sideLabel printed side label covering the position, if any
 * @returns header texts, outermost first, whitespace kept
 * @example headerPath([['项目', '', '本年支出', '', ''], ['科目代码', '科目名称', '小计', '基本支出', '项目支出']], 3, group, null) // ['本年支出', '基本支出']
 */
export function headerPath(header: readonly (readonly string[])[], p: number, group: GridGroup, sideLabel: string | null): string[] {
  const path: string[] = sideLabel ? [sideLabel] : [];
  // Value positions of a group may interleave with another side's (预算数 | 决算数 under each item): a span then starts left of p.
  const floor = group.values.includes(p) ? (group.interleaved ? 0 : Math.min(...group.values)) : p;
  const label = group.values.includes(p) || group.texts.includes(p) ? groupLabel(header, group) : null;
  const push = (text: string): void => {
    if (path[path.length - 1] !== text && text.replace(/\s+/g, '') !== sideLabel) path.push(text);
  };
  header.forEach((row, r) => {
    for (let q = p; q >= floor; q--) {
      const text = (row[q] ?? '').trim();
      if (text !== '') {
        push(text);
        return;
      }
      // A higher row starting a cell at q closes any span reaching q from the left.
      if (header.slice(0, r).some((above) => (above[q] ?? '').trim() !== '')) return;
    }
    if (label?.row === r) push(label.text);
  });
  return path;
}
