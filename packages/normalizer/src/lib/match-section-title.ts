import { SECTION_VOCABULARY, type SectionKey } from '@budgetdoc/schema';
import { canonicalizeText } from './canonicalize-text.ts';
import Fuse from 'fuse.js';
import { codeUnits, mayMatchWithin } from './bitap-prefilter.ts';
import { createFuzzyMatcher, FUSE_MAX_PATTERN } from './create-fuzzy-matcher.ts';
import { fixOcrSlips, type OcrSlip } from './fix-ocr-slips.ts';
import { sectionForm } from './section-form.ts';
import { stripNumbering } from './strip-numbering.ts';
import { matchTableTitle } from './match-table-title.ts';
import { splitQualifiers, stripTocTail, stripYearPrefix } from './strip-title-affixes.ts';

/** How a section key was decided. */
export type SectionVia = 'exact' | 'alias' | 'shape' | 'fuzzy' | 'none';

/** The result of {@link matchSectionTitle}, with its evidence. */
export interface SectionMatch {
  readonly key: SectionKey | null;
  readonly via: SectionVia;
  /** The vocabulary alias (comparison form) that decided, if any. */
  readonly alias: string | null;
  /** 1 for exact and alias matches, the fuzzy score otherwise, 0 when unmatched. */
  readonly score: number;
  /** The heading in comparison form. */
  readonly core: string;
  readonly numbering: string | null;
  /** The heading carried dot leaders or a page number (a table-of-contents entry). */
  readonly isToc: boolean;
  /** Why the heading stayed unmatched. */
  readonly reason: string | null;
  readonly slips: readonly OcrSlip[];
}

interface AliasEntry {
  readonly key: SectionKey;
  readonly form: string;
  readonly exact: boolean;
}

const ALIASES: readonly AliasEntry[] = SECTION_VOCABULARY.flatMap((entry) => [
  ...entry.aliases.map((alias) => ({ key: entry.key, form: sectionForm(alias), exact: false })),
  ...entry.exact.map((alias) => ({ key: entry.key, form: sectionForm(alias), exact: true })),
]).filter((entry) => entry.form.length > 0);

const FUZZY = createFuzzyMatcher(
  ALIASES.filter((entry) => entry.form.length >= 3).map((entry) => ({ text: entry.form, value: entry.key })),
  { threshold: 0.4, minSimilarity: 0.8 },
);

const DOCUMENT_TITLE = /(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?:部门|单位)?(?:综合)?(?:预算|决算)(?:公开)?(?:报告|信息|说明)?$/;
const AMOUNT_IN_TEXT = /\d+(?:\.\d+)?\s*(?:万元|元|%|人次|人|辆|个|批次)/;
const PROSE_LENGTH = 36;
// A subject item: "社会保障和就业支出（类）行政事业单位养老支出（款）…".
const SUBJECT_DETAIL = /^[^，,。；;：:]{2,24}?（(?:类|款|项)）/;
// A glossary term: "经营收入：指…", "基本支出：反映…".
const GLOSSARY_ENTRY = /^[^，,。；;：:]{2,24}[：:]\s*(?:指|是指|反映|包括|即)/;
// "<unit name>概况": the overview heading with the issuing unit spelled out.
const ORGANISATION_OVERVIEW = /(?:局|委|院|办|中心|厅|部门|部|会|所|站|队|馆|处|室|社|校|署|府)概况$/;

/**
 * Map a printed heading to a canonical section key. Numbering, year and unit
 * prefixes, dot leaders and page numbers are stripped; exact aliases must
 * cover the whole heading, other aliases may appear anywhere (longest wins,
 * then the earliest); a damaged heading falls back to fuse.js. A heading that
 * reads like prose (amounts, long sentences) or matches nothing gets
 * `key: null` with a reason: never the nearest key.
 * @param title heading as printed
 * @param unit issuing unit (a heading equal to it is the document title)
 * @returns key and evidence
 * @example matchSectionTitle('十四、其他需要说明的情况').key // 'other_matters'
 */
export function matchSectionTitle(title: string, unit: string | null = null): SectionMatch {
  const toc = stripTocTail(title);
  const fixed = fixOcrSlips(canonicalizeText(toc.text));
  const { numbering, rest } = stripNumbering(fixed.text);
  const core = sectionForm(stripYearPrefix(rest));
  const base = { core, numbering, isToc: toc.isToc, slips: fixed.slips };
  const plain = rest.replace(/\s/g, '');
  if (DOCUMENT_TITLE.test(plain) || (unit !== null && plain === unit.replace(/\s/g, ''))) return { ...base, key: 'document_title', via: 'shape', alias: null, score: 1, reason: null };
  if (SUBJECT_DETAIL.test(rest)) return { ...base, key: 'subject_detail', via: 'shape', alias: null, score: 1, reason: null };
  if (GLOSSARY_ENTRY.test(rest)) return { ...base, key: 'glossary_entry', via: 'shape', alias: null, score: 1, reason: null };
  if (core.length === 0) return { ...base, key: null, via: 'none', alias: null, score: 0, reason: 'empty after numbering' };
  const head = /^([^，,。；;：:]{2,24})[：:].{6,}/.exec(rest)?.[1];
  if (head) {
    const inner = bestInnerAlias(sectionForm(head));
    if (inner && /综述|自评/.test(head)) return { ...base, key: inner.key, via: 'alias', alias: inner.form, score: 1, reason: null };
    return { ...base, key: null, via: 'none', alias: null, score: 0, reason: 'a "term：text" line (glossary entry or summary), not a heading' };
  }
  if (readsLikeProse(rest, core)) return { ...base, key: null, via: 'none', alias: null, score: 0, reason: 'reads like prose (amounts or a long sentence), not a heading' };
  const table = /表$/.test(splitQualifiers(rest).base) ? matchTableTitle({ title: rest }) : null;
  if (table?.key && table.via === 'suffix') return { ...base, key: 'tables', via: 'alias', alias: table.alias, score: 1, reason: `names the table ${table.key}` };
  if (ORGANISATION_OVERVIEW.test(core) && !/项目/.test(core)) return { ...base, key: 'overview', via: 'shape', alias: null, score: 1, reason: null };
  const exact = ALIASES.find((entry) => entry.form === core);
  if (exact) return { ...base, key: exact.key, via: 'exact', alias: exact.form, score: 1, reason: null };
  const alias = bestInnerAlias(core);
  const damaged = damagedInnerAlias(core, alias?.form.length ?? 0);
  if (damaged && (!alias || damaged.entry.key !== alias.key)) return { ...base, key: damaged.entry.key, via: 'fuzzy', alias: damaged.entry.form, score: damaged.score, reason: null };
  if (alias) return { ...base, key: alias.key, via: 'alias', alias: alias.form, score: 1, reason: null };
  const fuzzy = FUZZY(core);
  if (fuzzy) return { ...base, key: fuzzy.value, via: 'fuzzy', alias: fuzzy.matched, score: fuzzy.score, reason: null };
  return { ...base, key: null, via: 'none', alias: null, score: 0, reason: 'no alias of any section key occurs in the heading' };
}

/**
 * Amounts, a "term：definition" line, or a long sentence with inner commas or
 * full stops: prose that a layout pass promoted to a heading.
 */
function readsLikeProse(rest: string, core: string): boolean {
  if (AMOUNT_IN_TEXT.test(rest) || core.length > PROSE_LENGTH) return true;
  if (/[：:].{6,}/.test(rest)) return true;
  return /[，,。；;].+/.test(rest.replace(/[。.]$/, '')) && core.length > 20;
}

/** Fuse threshold of the damaged-alias search: errors / alias length. */
const DAMAGE_THRESHOLD = 0.2;

/**
 * A long alias that occurs in the heading with one or two damaged characters
 * (fuse.js approximate substring search over the single heading), when it is
 * clearly longer than the best exact inner match: damage inside the decisive
 * phrase must not let a shorter, incidental phrase decide.
 */
function damagedInnerAlias(core: string, exactLength: number): { entry: AliasEntry; score: number } | null {
  const heading = new Fuse([core], { includeScore: true, threshold: DAMAGE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
  const inHeading = codeUnits(core);
  let best: { entry: AliasEntry; score: number } | null = null;
  for (const entry of ALIASES) {
    if (entry.exact || entry.form.length < 6 || entry.form.length < exactLength + 3 || entry.form.length > FUSE_MAX_PATTERN) continue;
    if (!mayMatchWithin(entry.form, inHeading, DAMAGE_THRESHOLD)) continue;
    const hit = heading.search(entry.form)[0];
    if (!hit || hit.score === undefined) continue;
    const score = Math.round((1 - hit.score) * 1000) / 1000;
    if (score < 1 && (!best || entry.form.length * score > best.entry.form.length * best.score)) best = { entry, score };
  }
  return best;
}

/** Longest non-exact alias occurring in the heading; ties go to the earliest. */
function bestInnerAlias(core: string): AliasEntry | null {
  let best: AliasEntry | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const entry of ALIASES) {
    if (entry.exact) continue;
    const at = core.indexOf(entry.form);
    if (at < 0) continue;
    if (!best || entry.form.length > best.form.length || (entry.form.length === best.form.length && at < bestAt)) {
      best = entry;
      bestAt = at;
    }
  }
  return best;
}
