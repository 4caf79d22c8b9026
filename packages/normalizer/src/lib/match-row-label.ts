import { ROW_VOCABULARY, type SideKey, type TableKey } from '@budgetdoc/schema';
import { type CatalogEntry, type CodeScheme, catalogEntries, lookupName } from './catalog.ts';
import { canonicalizeText, toMatchForm } from './canonicalize-text.ts';
import { createFuzzyMatcher, type FuzzyHit } from './create-fuzzy-matcher.ts';
import { stripNumbering } from './strip-numbering.ts';

/** How a code-less row got its key. */
export type RowVia = 'vocabulary' | 'class-name' | 'fuzzy' | 'none';

/** The result of {@link matchRowLabel}. */
export interface RowLabelMatch {
  readonly key: string | null;
  readonly via: RowVia;
  /** Catalog entry when the key is a class code found by name. */
  readonly entry: CatalogEntry | null;
  readonly score: number;
  /** The label in match form, numbering and 其中： removed. */
  readonly label: string;
  /** Set when the row is a group heading of 10 (政府采购 / 机关运行经费 / 国有资产占用). */
  readonly opensGroup: string | null;
}

interface RowAlias {
  readonly key: string;
  readonly tables: readonly string[];
  readonly group: string;
}

const BY_LABEL = new Map<string, RowAlias[]>();
for (const entry of ROW_VOCABULARY) {
  for (const alias of entry.aliases) {
    const form = toMatchForm(alias);
    BY_LABEL.set(form, [...(BY_LABEL.get(form) ?? []), { key: entry.key, tables: entry.tables, group: entry.group }]);
  }
}
const ANY_SCHEME: readonly CodeScheme[] = ['function', 'department', 'government'];
const GROUP_HEADINGS = new Set(['procurement', 'operating_costs', 'state_assets']);
const FUZZY_BY_SCHEME = new Map<CodeScheme, (query: string) => FuzzyHit<CatalogEntry> | null>();

function fuzzyClasses(scheme: CodeScheme): (query: string) => FuzzyHit<CatalogEntry> | null {
  let matcher = FUZZY_BY_SCHEME.get(scheme);
  if (!matcher) {
    const candidates = catalogEntries(scheme, 3).flatMap((entry) => entry.names.map((name) => ({ text: toMatchForm(name), value: entry })));
    matcher = createFuzzyMatcher(candidates, { threshold: 0.4, minSimilarity: 0.7 });
    FUZZY_BY_SCHEME.set(scheme, matcher);
  }
  return matcher;
}

/**
 * Canonical label of a row: canonical text without numbering (一、, (1), 1、)
 * and without a leading 其中：/其中, in match form.
 * @param name printed row label
 * @returns match-form label
 * @example rowLabel('八、社会保障和就业支出') // '社会保障和就业支出'
 */
export function rowLabel(name: string): string {
  const rest = stripNumbering(canonicalizeText(name)).rest.replace(/^其中[：:]?/, '');
  return toMatchForm(rest);
}

/**
 * Key a row that has no subject code: first the row vocabulary (合计 → total,
 * 本年收入合计 → income_total, 年末结转和结余 → closing_balance, 10's groups…),
 * then, where the table or side lists classes by name (01/04 expenditure,
 * budget 表4 economic sides), the class code from the catalog by exact name,
 * then by fuse.js over the class names of that scheme. Never invents a code.
 * @param name printed row label
 * @param tableKey canonical table key
 * @param classScheme scheme whose class names this side lists, 'any' when the side is unknown, or null
 * @param group current 10 group (from the last group heading row)
 * @returns key and evidence
 * @example matchRowLabel('八、社会保障和就业支出', 'income_expenditure_summary', 'function', '').key // '208'
 */
export function matchRowLabel(name: string, tableKey: TableKey | null, classScheme: CodeScheme | 'any' | null, group: string): RowLabelMatch {
  const label = rowLabel(name);
  const candidates = (BY_LABEL.get(label) ?? []).filter((alias) => (alias.tables.length === 0 || (tableKey !== null && alias.tables.includes(tableKey))) && (alias.group === '' || alias.group === group));
  // Prefer the most specific entry: group-bound, then table-bound, then generic.
  const best = [...candidates].sort((a, b) => rank(b) - rank(a))[0];
  const base = { label, opensGroup: null };
  if (best) {
    return { ...base, key: best.key, via: 'vocabulary', entry: null, score: 1, opensGroup: GROUP_HEADINGS.has(best.key) ? best.key : null };
  }
  if (classScheme === null || label.length < 2) return { ...base, key: null, via: 'none', entry: null, score: 0 };
  if (classScheme === 'any') {
    // Side unknown: a class name counts only if exactly one scheme has it (对企业补助 is 312 and 507).
    const codes = ANY_SCHEME.flatMap((scheme) => lookupName(label, scheme, 3));
    return codes.length === 1 && codes[0] ? { ...base, key: codes[0].code, via: 'class-name', entry: codes[0], score: 1 } : { ...base, key: null, via: 'none', entry: null, score: 0 };
  }
  const exact = lookupName(label, classScheme, 3)[0];
  if (exact) return { ...base, key: exact.code, via: 'class-name', entry: exact, score: 1 };
  const fuzzy = fuzzyClasses(classScheme)(label);
  if (fuzzy) return { ...base, key: fuzzy.value.code, via: 'fuzzy', entry: fuzzy.value, score: fuzzy.score };
  return { ...base, key: null, via: 'none', entry: null, score: 0 };
}

function rank(alias: RowAlias): number {
  return (alias.group ? 2 : 0) + (alias.tables.length > 0 ? 1 : 0);
}

/**
 * The classification whose class names a side of a summary table lists.
 * @param tableKey canonical table key
 * @param side row side
 * @returns scheme, 'any' when the side is unknown, or null when the side lists no classes
 * @example classSchemeOfSide('income_expenditure_summary', 'expenditure') // 'function'
 */
export function classSchemeOfSide(tableKey: TableKey | null, side: SideKey | null): CodeScheme | 'any' | null {
  if (tableKey !== 'income_expenditure_summary' && tableKey !== 'appropriation_summary') return null;
  if (side === null) return 'any';
  if (side === 'expenditure' || side === 'expenditure_function') return 'function';
  if (side === 'expenditure_department_economic') return 'department';
  if (side === 'expenditure_government_economic') return 'government';
  return null;
}
