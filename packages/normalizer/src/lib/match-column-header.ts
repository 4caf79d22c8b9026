import { COLUMN_VOCABULARY, type ColumnKey, SIDE_VOCABULARY, type SideKey, type TableKey } from '@budgetdoc/schema';
import { canonicalizeText, toMatchForm } from './canonicalize-text.ts';
import { createFuzzyMatcher } from './create-fuzzy-matcher.ts';
import { fixOcrSlips, type OcrSlip } from './fix-ocr-slips.ts';

/** How a column key was decided. */
export type ColumnVia = 'label' | 'group' | 'fuzzy' | 'none';

/** The result of {@link matchColumnHeader}, with its evidence. */
export interface ColumnMatch {
  readonly key: ColumnKey | null;
  readonly via: ColumnVia;
  /** The header label (match form) that decided. */
  readonly label: string | null;
  readonly score: number;
  /** Side suggested by the header path (收入 / 支出, 预算数 / 决算数 in 09…). */
  readonly side: SideKey | null;
  readonly slips: readonly OcrSlip[];
}

const KEY_NAMES = new Map<string, ColumnKey>(COLUMN_VOCABULARY.map((entry) => [entry.key, entry.key]));
const BY_LABEL = new Map<string, ColumnKey>();
for (const entry of COLUMN_VOCABULARY) for (const alias of entry.aliases) if (!BY_LABEL.has(toMatchForm(alias))) BY_LABEL.set(toMatchForm(alias), entry.key);
const FUZZY = createFuzzyMatcher([...BY_LABEL].filter(([label]) => label.length >= 3).map(([text, value]) => ({ text, value })), { threshold: 0.4, minSimilarity: 0.7 });

// Labels that describe the stub (row label) columns or the 栏次 row, not values.
const STUB_LABELS = new Set(['项目', '栏次', '行次', '科目代码', '科目编码', '科目名称', '功能分类科目', '经济分类科目', '支出功能分类科目', '部门支出经济分类科目', '政府支出经济分类科目', '科目', '类', '款', '项', '功能科目代码', '功能科目名称', '单位编码', '单位名称', '项目名称', '编码', '名称', '序号', '内容']);
const SIDE_BY_LABEL = new Map<string, SideKey>([
  ['收入', 'income'],
  ['支出', 'expenditure'],
  ...SIDE_VOCABULARY.filter((entry) => entry.key.startsWith('expenditure_')).flatMap((entry) => entry.aliases.map((alias) => [toMatchForm(alias), entry.key] as [string, SideKey])),
]);
const BUDGET_FINAL = new Map<string, SideKey>([
  ['预算数', 'budget'],
  ['预算', 'budget'],
  ['全年预算数', 'budget'],
  ['决算数', 'final'],
  ['决算', 'final'],
]);
// A money-unit line the layout pass left in the header (单位：万元).
const UNIT_LINE = /^(?:金额)?单位(?:万元|元|千元|亿元)$/;
const GENERIC = new Set<ColumnKey>(['total', 'amount']);
// What 小计/合计 directly under a group means.
const GROUP_TOTAL: Partial<Record<ColumnKey, ColumnKey>> = {
  vehicles_total: 'vehicles_total',
  basic: 'basic',
  project: 'project',
  appropriation: 'appropriation',
  // 一般公共预算拨款 › 小计 | 其中：…: the fund source's own amount.
  general_budget: 'general_budget',
  government_fund: 'government_fund',
  state_capital: 'state_capital',
  unit_funds: 'unit_funds',
  three_public_total: 'total',
  income_current_year: 'income_current_year',
  current_year: 'current_year',
  previous_year: 'previous_year',
  change: 'change',
};
// Tables whose only money is expenditure: 本年支出 小计 is the table total.
const EXPENDITURE_ONLY = new Set<TableKey>(['general_budget_expenditure', 'state_capital_expenditure', 'expenditure', 'appropriation_expenditure', 'basic_expenditure', 'carryover_expenditure']);

/**
 * Map a printed header path (outermost first) to a canonical column key for a
 * table. The most specific label decides; a generic label (小计, 合计, 金额,
 * 预算数) takes its meaning from the nearest group above it (小计 under
 * 公务用车购置及运行维护费 → `vehicles_total`, 本年支出 小计 in 05 → `total`,
 * in 07 → `expenditure_current_year`). OCR slips (档次 for 栏次) are repaired
 * and reported; unknown labels fall back to fuse.js.
 * @param header printed header path
 * @param tableKey canonical key of the table, if known
 * @param year report year (reads printed year labels of year-on-year tables)
 * @returns key, side suggestion and evidence
 * @example matchColumnHeader(['公务用车购置及运行维护费', '小计'], 'three_public_expenses').key // 'vehicles_total'
 */
export function matchColumnHeader(header: readonly string[], tableKey: TableKey | null, year: number | null = null): ColumnMatch {
  // A label that already is a key name (some layouts pass canonical labels through).
  const named = header.length === 1 ? KEY_NAMES.get(header[0]?.trim() ?? '') : undefined;
  if (named) return { key: named, via: 'label', label: header[0] ?? null, score: 1, side: null, slips: [] };
  const slips: OcrSlip[] = [];
  const labels: string[] = [];
  // Note: some layouts print a two-level header in one cell as 年初预算数/目标申报数.
  for (const printed of header.flatMap((cell) => cell.split(/[/／](?=\s*[\u4e00-\u9fff])/))) {
    const fixed = fixOcrSlips(canonicalizeText(printed));
    slips.push(...fixed.slips);
    const label = yearLabel(toMatchForm(fixed.text), year);
    if (label.length > 0 && !/^\d+$/.test(label) && !UNIT_LINE.test(label)) labels.push(label);
  }
  joinWrappedLabels(labels);
  const side = sideOf(labels, tableKey);
  const valueLabels = labels.filter((label) => !STUB_LABELS.has(label) && !SIDE_BY_LABEL.has(label));
  const base = { side, slips };
  // A path of stub labels only is a stub column the extractor kept (序号, 单位编码…).
  // Only a side heading (收入 / 支出 over one column): the side's single value column.
  if (valueLabels.length === 0 && side !== null && labels.every((label) => SIDE_BY_LABEL.has(label))) return { ...base, key: 'amount', via: 'group', label: labels.at(-1) ?? null, score: 1 };
  const leaf = valueLabels.at(-1) ?? labels.at(-1);
  if (leaf === undefined) return { ...base, key: null, via: 'none', label: null, score: 0 };
  const key = BY_LABEL.get(leaf);
  if (key) {
    const grouped = GENERIC.has(key) ? groupKey(valueLabels.slice(0, -1), key, tableKey) : null;
    if (grouped) return { ...base, key: grouped.key, via: 'group', label: grouped.label, score: 1 };
    return { ...base, key, via: 'label', label: leaf, score: 1 };
  }
  // Note: an unknown leaf is never replaced by its group (因公出国（）费 under 三公 is not the 三公 total).
  const fuzzy = FUZZY(leaf);
  if (fuzzy) return { ...base, key: fuzzy.value, via: 'fuzzy', label: fuzzy.matched, score: fuzzy.score };
  return { ...base, key: null, via: 'none', label: leaf, score: 0 };
}

const knownLabel = (label: string): boolean => BY_LABEL.has(label) || STUB_LABELS.has(label) || SIDE_BY_LABEL.has(label) || BUDGET_FINAL.has(label);

/**
 * A header word wrapped inside a narrow cell of a borderless table reaches
 * the path as two levels (科目编 › 码, 决算 › 数): neighbours that are a known
 * label only together, while one of them alone is not, are one label.
 */
function joinWrappedLabels(labels: string[]): void {
  for (let i = 0; i + 1 < labels.length; i++) {
    const a = labels[i] as string;
    const b = labels[i + 1] as string;
    if (knownLabel(`${a}${b}`) && (!knownLabel(a) || !knownLabel(b))) labels.splice(i, 2, `${a}${b}`);
  }
}

/**
 * A printed year label in a year-on-year table: the report's year is the
 * current year, the one before it the previous year.
 */
function yearLabel(label: string, year: number | null): string {
  const printed = /^(\d{4})年度?$/.exec(label);
  if (!printed || year === null) return label;
  const value = Number(printed[1]);
  return value === year ? '本年' : value === year - 1 ? '上年' : label;
}

/** The meaning of a generic leaf from the nearest keyed group above it. */
function groupKey(ancestors: readonly string[], leafKey: ColumnKey, tableKey: TableKey | null): { key: ColumnKey; label: string } | null {
  for (let at = ancestors.length - 1; at >= 0; at--) {
    const label = ancestors[at] ?? '';
    const key = BY_LABEL.get(label);
    if (!key || BUDGET_FINAL.has(label)) continue;
    if (key === 'expenditure_current_year') return { key: tableKey && EXPENDITURE_ONLY.has(tableKey) ? 'total' : 'expenditure_current_year', label };
    if (leafKey === 'total') return GROUP_TOTAL[key] ? { key: GROUP_TOTAL[key] ?? key, label } : null;
    if (!GENERIC.has(key)) return { key, label };
  }
  return null;
}

/** Side named by the header path. */
function sideOf(labels: readonly string[], tableKey: TableKey | null): SideKey | null {
  for (const label of labels) {
    const side = SIDE_BY_LABEL.get(label);
    if (side) return side;
    if (tableKey === 'three_public_expenses' && BUDGET_FINAL.has(label)) return BUDGET_FINAL.get(label) ?? null;
  }
  return null;
}
