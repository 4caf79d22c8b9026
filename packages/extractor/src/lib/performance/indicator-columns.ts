import { compact } from './perf-piece.ts';

/** Roles of the columns of an indicator block. */
export type IndicatorRole = 'section' | 'project' | 'goal' | 'amount' | 'combined' | 'nature' | 'unit' | 'level1' | 'level2' | 'level3' | 'target' | 'targetAdjusted' | 'actual' | 'weight' | 'score' | 'reason';

/** Printed header words → role, in the order the national templates print them. */
const HEADER_WORDS: readonly (readonly [RegExp, IndicatorRole])[] = [
  // List-style target tables (one row per indicator, several projects per table).
  [/^(?:项目名称|项目|活动|活动名称|任务名称)$/, 'project'],
  [/^(?:绩效目标|年度目标|项目绩效目标)$/, 'goal'],
  [/项目总额|财政资金|其他资金|^其中[:：]?$|^合计$/, 'amount'],
  [/指标性质/, 'nature'],
  [/度量单位|计量单位/, 'unit'],
  [/一级指标?/, 'level1'],
  [/二级指标?/, 'level2'],
  [/三级指标|指标内容|指标名称/, 'level3'],
  [/调整后指标值|调整后目标值/, 'targetAdjusted'],
  [/(?:年度|年初|预期)?(?:指标值|目标值)/, 'target'],
  [/实际完成值|实际值|完成值/, 'actual'],
  [/分值|权重/, 'weight'],
  [/得分/, 'score'],
  [/偏差原因|原因分析|改进措施/, 'reason'],
];

/** Role of one printed header cell, or null (blank or unknown cell). */
export function headerRole(text: string): IndicatorRole | null {
  const c = compact(text);
  if (c === '') return null;
  for (const [pattern, role] of HEADER_WORDS) if (pattern.test(c)) return role;
  if (/绩效/.test(c)) return 'section';
  return null;
}

/**
 * Header roles of a gridded header row, in printed order, with an optional
 * section column in front (merged 绩效指标 label cells are often dropped).
 */
export function rolesFromCells(cells: readonly string[]): IndicatorRole[] {
  const roles: IndicatorRole[] = [];
  const hasLevels = cells.some((c) => /一级指标|二级指标|三级指标|指标内容|指标名称/.test(compact(c)));
  for (const cell of cells) {
    // Without level columns, one 绩效指标 column prints all three levels run together.
    const role = !hasLevels && /^绩效指标$/.test(compact(cell)) ? 'combined' : headerRole(cell);
    if (role && (!roles.includes(role) || role === 'amount')) roles.push(role);
  }
  if (roles[0] !== 'section') roles.unshift('section');
  return roles;
}

/**
 * Header roles found in flowed header text (cells wrapped and split across
 * lines): the header words are searched one after another in the text with
 * all whitespace removed. Returns the roles and where the header text ends.
 */
export function rolesFromText(text: string): { roles: IndicatorRole[]; end: number } {
  const c = compact(text);
  const roles: IndicatorRole[] = ['section'];
  let pos = 0;
  let end = 0;
  const sequence: readonly (readonly [RegExp, IndicatorRole])[] = [
    [/一级指标/, 'level1'],
    [/二级指标/, 'level2'],
    [/三级指标|指标内容|指标名称/, 'level3'],
    [/(?:年度|年初|预期)?(?:指标值|目标值)/, 'target'],
    [/调整后指标值|调整后目标值/, 'targetAdjusted'],
    [/实际完成值|实际值|完成值/, 'actual'],
    [/分值|权重/, 'weight'],
    [/得分/, 'score'],
    [/偏差原因分析及改进措施|偏差原因分析|偏差原因|原因分析|改进措施/, 'reason'],
  ];
  for (const [pattern, role] of sequence) {
    const rest = c.slice(pos);
    const match = pattern.exec(rest);
    // Header words sit close together; a far match belongs to the body.
    if (!match || match.index > 12) continue;
    roles.push(role);
    pos += match.index + match[0].length;
    end = pos;
  }
  return { roles, end };
}
