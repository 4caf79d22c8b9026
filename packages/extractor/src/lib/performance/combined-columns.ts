import { compact } from './perf-piece.ts';

const LEVEL_PREFIX = /^((?:产出|效益|效果|满意度|成本|影响|管理|过程|决策)指标)((?:[^，。；,]{1,8}?)指标)(.*)$/;

/**
 * `产出指标数量指标财政评审项目数量` (one 绩效指标 cell) → the three levels,
 * split after the framework's level-1 name and the next 指标.
 */
export function splitCombined(text: string | null): [string | null, string | null, string | null] {
  if (!text) return [null, null, null];
  const match = LEVEL_PREFIX.exec(compact(text));
  if (!match) return [null, null, text];
  return [match[1] ?? null, match[2] ?? null, match[3] === '' ? null : (match[3] ?? null)];
}

/** 指标性质 + 指标值 + 度量单位 columns → one printed target (`≥` `98` `%` → `≥98%`; 定性 adds nothing). */
export function composeTarget(nature: string | null, value: string | null, unit: string | null): string | null {
  if (value === null) return null;
  const sign = nature && !/^定[性量]$/.test(compact(nature)) ? compact(nature) : '';
  return `${sign}${value}${unit ?? ''}`;
}
