import { TABLE_VOCABULARY, type TableKey } from '@budgetdoc/schema';
import { canonicalizeText } from './canonicalize-text.ts';
import { createFuzzyMatcher } from './create-fuzzy-matcher.ts';
import { fixOcrSlips, type OcrSlip } from './fix-ocr-slips.ts';
import { tableForm } from './section-form.ts';
import { stripNumbering } from './strip-numbering.ts';
import { splitQualifiers, stripFormLabel, stripTocTail, stripYearPrefix } from './strip-title-affixes.ts';
import { tableKeyFromFormNumber } from './table-key-from-form-number.ts';

/** Report kind as in `ReportMeta.kind`. */
export type ReportKind = 'budget' | 'final';

/** Which classification the row codes of a table use (content evidence). */
export type CodeScheme = 'function' | 'economic' | null;

/** Inputs of {@link matchTableTitle}. */
export interface TableTitleInput {
  readonly title: string;
  readonly formLabel?: string | null;
  readonly formNo?: string | null;
  readonly kind?: ReportKind | null;
  /** Scheme of the subject codes printed in the table body, if any. */
  readonly codeScheme?: CodeScheme;
}

/** How a table key was decided. */
export type TableVia = 'suffix' | 'alias' | 'fuzzy' | 'form-number' | 'none';

/** The result of {@link matchTableTitle}, with its evidence. */
export interface TableMatch {
  readonly key: TableKey | null;
  readonly via: TableVia;
  readonly alias: string | null;
  readonly score: number;
  /** Bracketed qualifiers split off the title (按支出经济分类科目, 不含上年结转…). */
  readonly qualifiers: readonly string[];
  /** Notes on adjustments: qualifier, report kind or content that changed the key. */
  readonly adjustments: readonly string[];
  readonly core: string;
  readonly slips: readonly OcrSlip[];
}

interface TableAlias {
  readonly key: TableKey;
  readonly form: string;
}

const ALIASES: readonly TableAlias[] = TABLE_VOCABULARY.flatMap((entry) => entry.aliases.map((alias) => ({ key: entry.key as TableKey, form: tableForm(alias) })));
const FUZZY = createFuzzyMatcher(ALIASES.map((alias) => ({ text: alias.form, value: alias.key })), { threshold: 0.4, minSimilarity: 0.75 });
const KIND_WORDS = /^(?:部门|单位)?(?:综合)?(?:预算|决算)?(?:公开)?/;

/**
 * Map a printed table title (and form label) to a canonical table key.
 * The title decides: the longest vocabulary alias the title *ends with*
 * (prefixes are unit names, years, 部门综合预算…), then an alias anywhere, then
 * fuse.js on the title without its prefixes. Qualifiers (按支出经济分类科目),
 * the report kind and the code scheme of the body choose between the
 * function / economic and budget / final variants. The form number alone is
 * used only when the title says nothing, and is flagged as such.
 * @param input title, form label / number, report kind, body code scheme
 * @returns key and evidence
 * @example matchTableTitle({ title: '2021年部门综合预算一般公共预算支出明细表（按支出经济分类科目）', kind: 'budget' }).key // 'general_budget_expenditure_economic'
 */
export function matchTableTitle(input: TableTitleInput): TableMatch {
  const fixed = fixOcrSlips(canonicalizeText(stripTocTail(input.title).text));
  const unnumbered = stripNumbering(stripFormLabel(fixed.text)).rest;
  const { base, qualifiers } = splitQualifiers(stripFormLabel(unnumbered));
  const form = tableForm(base);
  const core = tableForm(stripYearPrefix(base)).replace(KIND_WORDS, '') || form;
  const common = { qualifiers, core, slips: fixed.slips };
  const found = findAlias(form, core);
  if (found) {
    const adjusted = adjustVariant(found.alias.key, [...qualifiers, base].join(' '), input.kind ?? null, input.codeScheme ?? null);
    return { ...common, key: adjusted.key, via: found.via, alias: found.alias.form, score: found.score, adjustments: adjusted.notes };
  }
  // The number speaks only for a title that says nothing itself.
  const byNumber = /[\u4e00-\u9fff]/.test(base) ? null : tableKeyFromFormNumber(input.formLabel ?? null, input.formNo ?? null, input.kind ?? null);
  if (byNumber) {
    const adjusted = adjustVariant(byNumber, qualifiers.join(' '), input.kind ?? null, input.codeScheme ?? null);
    return { ...common, key: adjusted.key, via: 'form-number', alias: null, score: 0.5, adjustments: adjusted.notes };
  }
  return { ...common, key: null, via: 'none', alias: null, score: 0, adjustments: [] };
}

// Words that change which table a title names. When one of them sits in the
// part of the title an alias match left unexplained, the match may be an
// artefact of damage (一般公共预算财政拨基本支出决算表 ends with 支出决算表).
const SUBSTANTIVE = /一般公共|财政拨|政府性基金|国有资本|三公|基本支出|经济分类|功能分类|政府采购|购买服务|会议费|培训费|结转/;

/** Suffix match, then inner match, then fuzzy; a suspicious exact match defers to a closer fuzzy one. */
function findAlias(form: string, core: string): { alias: TableAlias; via: TableVia; score: number } | null {
  let best: TableAlias | null = null;
  for (const alias of ALIASES) if (form.endsWith(alias.form) && (!best || alias.form.length > best.form.length)) best = alias;
  let via: TableVia = 'suffix';
  if (!best) {
    for (const alias of ALIASES) if (form.includes(alias.form) && alias.form.length >= 5 && (!best || alias.form.length > best.form.length)) best = alias;
    via = 'alias';
  }
  // The fuzzy search is the costly part: with an exact match it is only consulted when the title has unexplained substance.
  const fuzzyOf = (): ReturnType<typeof FUZZY> => (/表$/.test(core) || core.length >= 4 ? FUZZY(core) : null);
  if (best) {
    const unexplained = core.includes(best.form) ? core.replace(best.form, '') : form.replace(best.form, '');
    if (!SUBSTANTIVE.test(unexplained)) return { alias: best, via, score: 1 };
    const fuzzy = fuzzyOf();
    const closer = fuzzy && fuzzy.value !== best.key && fuzzy.matched.length > best.form.length;
    if (!closer) return { alias: best, via, score: 1 };
    return { alias: { key: fuzzy.value, form: fuzzy.matched }, via: 'fuzzy', score: fuzzy.score };
  }
  const fuzzy = fuzzyOf();
  return fuzzy ? { alias: { key: fuzzy.value, form: fuzzy.matched }, via: 'fuzzy', score: fuzzy.score } : null;
}

const ECONOMIC_OF: Partial<Record<TableKey, TableKey>> = {
  general_budget_expenditure: 'general_budget_expenditure_economic',
  basic_expenditure: 'basic_expenditure_economic',
};
const FUNCTION_OF: Partial<Record<TableKey, TableKey>> = {
  general_budget_expenditure_economic: 'general_budget_expenditure',
  basic_expenditure_economic: 'basic_expenditure',
};

/**
 * Choose the function / economic and budget / final variant of a key from the
 * qualifier text, the report kind and the body's code scheme.
 */
function adjustVariant(key: TableKey, qualifierText: string, kind: ReportKind | null, codeScheme: CodeScheme): { key: TableKey; notes: string[] } {
  const notes: string[] = [];
  let out = key;
  if (kind === 'final' && (out === 'basic_expenditure' || out === 'basic_expenditure_economic')) {
    out = 'general_budget_basic_expenditure';
    notes.push('final account: basic expenditure table is 06 general_budget_basic_expenditure');
  }
  if (kind === 'budget' && out === 'general_budget_basic_expenditure') {
    out = 'basic_expenditure';
    notes.push('budget: basic expenditure table is basic_expenditure');
  }
  const qualifier = qualifierText.replace(/\s/g, '');
  const saysEconomic = /经济分类|经济科目/.test(qualifier);
  const saysFunction = /功能分类|功能科目/.test(qualifier);
  if (saysEconomic && ECONOMIC_OF[out]) {
    out = ECONOMIC_OF[out] ?? out;
    notes.push('qualifier: economic classification');
  } else if (saysFunction && FUNCTION_OF[out]) {
    out = FUNCTION_OF[out] ?? out;
    notes.push('qualifier: function classification');
  } else if (!saysEconomic && !saysFunction && codeScheme === 'economic' && ECONOMIC_OF[out]) {
    out = ECONOMIC_OF[out] ?? out;
    notes.push('content: body rows carry economic classification codes');
  }
  return { key: out, notes };
}
