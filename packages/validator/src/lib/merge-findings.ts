import type { Finding } from '@budgetdoc/schema';

/**
 * One finding per offending cell: when several identities break at the same
 * printed cell (a 本年支出合计 that disagrees with its items, with its 总计 and
 * with the other side), the first finding stays and the others are listed in
 * its evidence as `alsoBreaks`, so a reader sees one break with all its
 * consequences rather than a pile of duplicates.
 * @param findings findings in check order
 * @returns merged findings
 * @example mergeFindings([a, b]).length // 1 when a and b point at one cell
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const byPlace = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const w = finding.where;
    // Prose findings are per sentence and figure, not per cell.
    const place = w.table && w.column && !finding.code.startsWith('PROSE_') ? `${w.table}|${w.side ?? ''}|${w.row ?? ''}|${w.column}|${w.line ?? ''}|${finding.actual ?? ''}` : null;
    const first = place ? byPlace.get(place) : undefined;
    if (!first) {
      const copy: Finding = { ...finding };
      if (place) byPlace.set(place, copy);
      out.push(copy);
      continue;
    }
    const evidence = { ...(first.evidence ?? {}) };
    const also = Array.isArray(evidence.alsoBreaks) ? [...(evidence.alsoBreaks as unknown[])] : [];
    also.push({ code: finding.code, message: finding.message, expected: finding.expected });
    evidence.alsoBreaks = also;
    first.evidence = evidence;
  }
  return out;
}
