import observed from '../../data/observed.json' with { type: 'json' };
import reference from '../../data/reference.json' with { type: 'json' };
import { toMatchForm } from './canonicalize-text.ts';

/** Classification scheme of a subject code. */
export type CodeScheme = 'function' | 'department' | 'government';

/** What the catalog knows about one code. */
export interface CatalogEntry {
  readonly code: string;
  readonly scheme: CodeScheme;
  /** Reference name first, then aliases and observed names. */
  readonly names: readonly string[];
  /** `reference` (shared reference CSVs), `class-names` (class list), `observed` (printed in the corpus). */
  readonly sources: readonly string[];
  /** Number of corpus reports printing the code with some name. */
  readonly observedReports: number;
}

interface ReferenceEntry {
  code: string;
  name: string;
  aliases: string[];
  scheme: string;
  source: string;
}

/**
 * Scheme of a code by its first digits: 2xx function, 30x/31x/39x
 * departmental economic, 50x/51x/59x governmental economic; null otherwise.
 * @param code digits
 * @returns scheme or null
 * @example schemeOfCode('30201') // 'department'
 */
export function schemeOfCode(code: string): CodeScheme | null {
  if (/^2\d\d/.test(code)) return 'function';
  if (/^3[019]\d/.test(code)) return 'department';
  if (/^5[019]\d/.test(code)) return 'government';
  return null;
}

function buildCatalog(): Map<string, CatalogEntry> {
  const entries = new Map<string, { code: string; scheme: CodeScheme; names: string[]; sources: Set<string>; observedReports: number }>();
  const upsert = (code: string, scheme: CodeScheme) => {
    let entry = entries.get(code);
    if (!entry) entries.set(code, (entry = { code, scheme, names: [], sources: new Set(), observedReports: 0 }));
    return entry;
  };
  for (const row of (reference as { entries: ReferenceEntry[] }).entries) {
    const entry = upsert(row.code, (row.scheme as CodeScheme) ?? schemeOfCode(row.code) ?? 'function');
    for (const name of [row.name, ...row.aliases]) if (!entry.names.includes(name)) entry.names.push(name);
    entry.sources.add(row.source);
  }
  for (const [code, names] of Object.entries((observed as { codes: Record<string, Record<string, number>> }).codes)) {
    const scheme = schemeOfCode(code);
    if (!scheme) continue;
    const entry = upsert(code, scheme);
    entry.sources.add('observed');
    for (const [name, count] of Object.entries(names)) {
      if (!entry.names.includes(name)) entry.names.push(name);
      entry.observedReports = Math.max(entry.observedReports, count);
    }
  }
  return new Map([...entries].map(([code, entry]) => [code, { ...entry, sources: [...entry.sources] }]));
}

const CATALOG = buildCatalog();
const BY_NAME = new Map<string, CatalogEntry[]>();
for (const entry of CATALOG.values()) {
  for (const name of entry.names) {
    const form = toMatchForm(name);
    const list = BY_NAME.get(form) ?? [];
    if (!list.includes(entry)) list.push(entry);
    BY_NAME.set(form, list);
  }
}

/**
 * Look a code up in the catalog (reference + class names + observed pairs).
 * @param code digits
 * @returns the entry or null when the code is unknown (not invalid)
 * @example lookupCode('2101101')?.names[0] // '行政单位医疗'
 */
export function lookupCode(code: string): CatalogEntry | null {
  return CATALOG.get(code) ?? null;
}

/**
 * Codes printed under a name, restricted to a scheme and optionally a level
 * (code length). The same name may belong to several codes (30113 and 50103
 * 住房公积金), so the caller passes the context it has.
 * @param name printed name
 * @param scheme scheme to search in
 * @param length code length (3 = class) or null for any
 * @returns matching entries, class codes first
 * @example lookupName('社会保障和就业支出', 'function', 3)[0]?.code // '208'
 */
export function lookupName(name: string, scheme: CodeScheme, length: number | null = null): CatalogEntry[] {
  return (BY_NAME.get(toMatchForm(name)) ?? []).filter((entry) => entry.scheme === scheme && (length === null || entry.code.length === length));
}

/**
 * All catalog entries of a scheme and code length, for fuzzy matching.
 * @param scheme scheme
 * @param length code length or null for any
 * @returns entries
 * @example catalogEntries('function', 3).length > 20 // true
 */
export function catalogEntries(scheme: CodeScheme, length: number | null = null): CatalogEntry[] {
  return [...CATALOG.values()].filter((entry) => entry.scheme === scheme && (length === null || entry.code.length === length));
}
