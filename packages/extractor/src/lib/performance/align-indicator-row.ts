import { compact, isValueToken } from './perf-piece.ts';
import { isCompleteLabel } from './join-flowed-cells.ts';
import type { IndicatorRole } from './indicator-columns.ts';
import { parsePerfCellValue } from './parse-cell-value.ts';

/** Level-1 names of the national indicator framework (产出/效益/满意度/成本 …). */
const LEVEL1_NAME = /^(?:产出|效益|满意度|成本|效果|影响|管理|过程|决策)指标/;
/** A 指标性质 cell: a comparator alone, or 定性/定量. */
const NATURE = /^(?:[≥≤><=＝＞＜]|>=|<=|定性|定量|大于等于|小于等于|大于|小于|等于)$/;
const WEIGHT_SUFFIX = /[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;

type Kind = 'empty' | 'section' | 'label' | 'number' | 'percent' | 'value' | 'text';

function kindOf(c: string): Kind {
  if (c === '') return 'empty';
  if (isValueToken(c)) {
    const kind = parsePerfCellValue(c).kind;
    return kind === 'dash' ? 'value' : kind === 'percent' ? 'percent' : 'number';
  }
  // Level labels never contain 绩效; the section label (绩效指标, 年度绩效指标完成情况) does.
  if (/绩效/.test(c) && c.length <= 14) return 'section';
  if (isCompleteLabel(c) && c.length <= 16) return 'label';
  return 'text';
}

/** A cell text read once per row: its whitespace-free form and its kind. */
interface CellRead {
  readonly c: string;
  readonly kind: Kind;
}

/** Cost of putting a cell of this text into a column of this role (lower fits better). */
function fit(read: CellRead, role: IndicatorRole): number {
  const { kind, c } = read;
  const short = c.length <= 8;
  switch (role) {
    case 'project':
    case 'goal':
      return kind === 'number' || kind === 'percent' ? 3 : kind === 'label' ? 2 : 0;
    case 'amount':
      return kind === 'empty' || kind === 'number' ? 0 : 3;
    case 'combined':
      return kind === 'empty' || kind === 'text' || kind === 'label' ? 0 : 3;
    case 'nature':
      return kind === 'empty' || NATURE.test(c) ? 0 : 2;
    case 'unit':
      return kind === 'empty' || (kind === 'text' && c.length <= 6) ? 0 : 2;
    case 'section':
      return kind === 'empty' || kind === 'section' ? 0 : 4;
    case 'level1':
      if (kind === 'empty') return 0;
      if (kind === 'label') return LEVEL1_NAME.test(c) || WEIGHT_SUFFIX.test(c) ? 0 : 0.4;
      return kind === 'text' ? (short ? 1.2 : 3) : 5;
    case 'level2':
      if (kind === 'empty') return 0;
      // A lone label is a level-2 label unless it prints a weight (产出指标（50分）).
      if (kind === 'label') return WEIGHT_SUFFIX.test(c) ? 0.5 : 0;
      return kind === 'text' ? (short ? 1.2 : 2.5) : 5;
    case 'level3':
      if (kind === 'empty') return 0.1;
      if (kind === 'label') return 1;
      return kind === 'text' || kind === 'section' ? 0 : kind === 'percent' ? 1.5 : 1.2;
    case 'target':
    case 'targetAdjusted':
    case 'actual':
      if (kind === 'label') return 2.5;
      // 定性 / ≥ alone belong to a 指标性质 column, never a value.
      if (NATURE.test(c)) return 1.5;
      // Bare numbers are more often 分值/得分 than values: a small bias breaks ties.
      if (kind === 'number') return 1;
      return kind === 'text' && c.length > 30 ? 0.5 : 0;
    case 'weight':
    case 'score':
      return kind === 'empty' || kind === 'number' ? 0 : kind === 'value' ? 0.2 : kind === 'percent' ? 1 : 4;
    case 'reason':
      return kind === 'number' || kind === 'percent' ? 2 : 0;
  }
}

/** Cost of a column the row leaves out (merged with a neighbour or dropped by the converter). */
const MERGEABLE: ReadonlySet<IndicatorRole> = new Set(['level3', 'target', 'targetAdjusted', 'actual', 'reason']);

const SKIP_ROLE: Record<IndicatorRole, number> = {
  section: 0,
  project: 0.3,
  goal: 0.3,
  amount: 0.2,
  combined: 1,
  nature: 0.5,
  unit: 0.5,
  level1: 0.3,
  level2: 0.35,
  level3: 1,
  target: 0.8,
  targetAdjusted: 0.6,
  actual: 0.8,
  weight: 0.8,
  score: 0.8,
  reason: 0.1,
};

/**
 * Align the cells of one indicator row with the header's columns by content:
 * converters shift cells left or right when they drop or add merged cells,
 * so the printed position alone is not enough. A monotone alignment
 * (dynamic programming) picks the cheapest assignment where labels go to
 * label columns, numbers to 分值/得分 and texts to content/value columns.
 * @returns cell indices per role (one, or two merged neighbours; absent roles are unassigned)
 */
export function alignIndicatorRow(cells: readonly string[], roles: readonly IndicatorRole[]): Map<IndicatorRole, readonly number[]> {
  // The DP below asks for the kind of each cell (and of each merged pair) once per role: read each text once.
  const reads = new Map<string, CellRead>();
  const read = (text: string): CellRead => {
    let r = reads.get(text);
    if (!r) {
      const c = compact(text);
      r = { c, kind: kindOf(c) };
      reads.set(text, r);
    }
    return r;
  };
  // Trailing empty cells are padding of the grid, not columns of this row.
  let n = cells.length;
  while (n > 0 && compact(cells[n - 1] ?? '') === '') n--;
  const m = roles.length;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i][j]: best cost aligning cells[0..i) with roles[0..j).
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === INF) continue;
      const cell = i < n ? cells[i] : undefined;
      const role = roles[j];
      if (cell !== undefined && role !== undefined) {
        const c = here + fit(read(cell), role);
        if (c < cost[i + 1]![j + 1]!) {
          cost[i + 1]![j + 1] = c;
          move[i + 1]![j + 1] = 1;
        }
      }
      if (cell !== undefined) {
        const c = here + (read(cell).c === '' ? 0.05 : 6);
        if (c < cost[i + 1]![j]!) {
          cost[i + 1]![j] = c;
          move[i + 1]![j] = 2;
        }
      }
      // Two neighbouring cells of one text column: flowed text splits a cell at a space.
      const pair = i + 1 < n ? cells[i + 1] : undefined;
      if (cell !== undefined && pair !== undefined && role !== undefined && MERGEABLE.has(role) && read(cell).c !== '' && read(pair).c !== '') {
        const c = here + (role === 'level3' || role === 'reason' ? 1 : 1.5) + fit(read(`${cell} ${pair}`), role);
        if (c < cost[i + 2]![j + 1]!) {
          cost[i + 2]![j + 1] = c;
          move[i + 2]![j + 1] = 4;
        }
      }
      if (role !== undefined) {
        const c = here + SKIP_ROLE[role];
        if (c < cost[i]![j + 1]!) {
          cost[i]![j + 1] = c;
          move[i]![j + 1] = 3;
        }
      }
    }
  }
  const out = new Map<IndicatorRole, readonly number[]>();
  // Columns after the row's last cell cost nothing: the row simply ends early.
  let j = m;
  for (let k = 0; k <= m; k++) if (cost[n]![k]! < cost[n]![j]!) j = k;
  let i = n;
  while (i > 0 || j > 0) {
    const step = move[i]![j]!;
    if (step === 1) {
      const role = roles[j - 1];
      if (role !== undefined && compact(cells[i - 1] ?? '') !== '') out.set(role, [i - 1]);
      i--;
      j--;
    } else if (step === 4) {
      const role = roles[j - 1];
      if (role !== undefined) out.set(role, [i - 2, i - 1]);
      i -= 2;
      j--;
    } else if (step === 2) i--;
    else j--;
  }
  return out;
}
