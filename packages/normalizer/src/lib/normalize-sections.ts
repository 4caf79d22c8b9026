import type { Finding, Section } from '@budgetdoc/schema';
import { type SectionMatch, matchSectionTitle } from './match-section-title.ts';
import { normalizerFinding } from './normalizer-finding.ts';

/** How far after a 目录 heading the body may restart (TOC length bound). */
const TOC_WINDOW = 80;

/**
 * Key every section heading. Table-of-contents entries (dot leaders or page
 * numbers, or the run of headings after a 目录 heading up to where the body
 * repeats the first of them) are keyed `contents`; a heading that matches
 * nothing keeps `key: null` with a SECTION_UNKNOWN finding.
 * @param sections extracted sections
 * @param unit issuing unit, if known
 * @returns keyed sections and findings
 * @example normalizeSections(report.sections, report.meta.unit)
 */
export function normalizeSections(sections: readonly Section[], unit: string | null): { sections: Section[]; findings: Finding[] } {
  const matches = sections.map((section) => matchSectionTitle(section.title, unit));
  const toc = tocEntries(matches);
  const findings: Finding[] = [];
  const keyed = sections.map((section, index): Section => {
    const match = matches[index] as SectionMatch;
    const where = { page: section.prov.page, line: section.prov.line };
    if (toc.has(index) || match.isToc) return { ...section, key: 'contents' };
    // A "term：definition" line inside the glossary is one of its entries.
    if (match.key === null && match.reason?.startsWith('a "term') && parentKey(sections, matches, index) === 'glossary') return { ...section, key: 'glossary_entry' };
    if (match.via === 'fuzzy') findings.push(normalizerFinding('SECTION_FUZZY_MATCH', 'info', `heading "${section.title}" read as ${match.key}`, where, { score: match.score, evidence: { title: section.title, matched: match.alias } }));
    if (match.key === null) findings.push(normalizerFinding('SECTION_UNKNOWN', 'info', `heading "${section.title}" matches no section key`, where, { evidence: { title: section.title, core: match.core, numbering: match.numbering, reason: match.reason } }));
    return { ...section, key: match.key ?? section.key };
  });
  return { sections: keyed, findings };
}

/** Key of the nearest preceding heading of a higher level (smaller number) that has a key. */
function parentKey(sections: readonly Section[], matches: readonly SectionMatch[], index: number): string | null {
  const level = sections[index]?.level ?? 1;
  for (let at = index - 1; at >= 0; at--) {
    const candidate = matches[at];
    if ((sections[at]?.level ?? 1) < level && candidate?.key) return candidate.key;
  }
  return null;
}

/** Indexes of headings between a 目录 heading and the point where the body repeats its first entry. */
function tocEntries(matches: readonly SectionMatch[]): Set<number> {
  const entries = new Set<number>();
  matches.forEach((match, at) => {
    if (match.key !== 'contents' || match.isToc) return;
    const first = matches[at + 1];
    if (!first || first.core.length === 0) return;
    for (let next = at + 2; next < Math.min(matches.length, at + 1 + TOC_WINDOW); next++) {
      if (matches[next]?.core === first.core) {
        for (let entry = at + 1; entry < next; entry++) entries.add(entry);
        return;
      }
    }
  });
  return entries;
}
