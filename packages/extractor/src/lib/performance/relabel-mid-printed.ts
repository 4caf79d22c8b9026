import type { Indicator } from '@budgetdoc/schema';
import { compact } from './perf-piece.ts';

/** Family of a level label in the national framework: which level-1 a level-2 belongs to. */
export function family(label: string | null): string | null {
  const c = compact(label ?? '');
  if (/满意/.test(c)) return 'satisfaction';
  if (/效益|可持续|影响|效果/.test(c)) return 'benefit';
  if (/成本/.test(c)) return 'cost';
  if (/产出|数量|质量|时效/.test(c)) return 'output';
  return null;
}

/**
 * Converters print a merged level-1 cell on the middle row of its span, so
 * carrying labels down gives the rows above it the previous label. A leaf
 * whose carried level-1 is of another family than its level-2 (社会效益指标
 * under 产出指标) takes the next printed level-1 of its own family instead.
 */
export function relabelMidPrinted(indicators: Indicator[], printed: readonly boolean[]): void {
  for (let k = 0; k < indicators.length; k++) {
    const leaf = indicators[k];
    if (!leaf || printed[k] || !leaf.level2) continue;
    const own = family(leaf.level2);
    if (own === null || own === family(leaf.level1) || family(leaf.level1) === null) continue;
    const next = indicators.findIndex((x, i) => i > k && printed[i]);
    const label = next >= 0 ? indicators[next] : undefined;
    if (label && family(label.level1) === own) indicators[k] = { ...leaf, level1: label.level1, level1Weight: label.level1Weight };
  }
}
