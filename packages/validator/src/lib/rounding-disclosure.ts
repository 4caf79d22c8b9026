import type { Finding, Report } from '@budgetdoc/schema';

// "因四舍五入可能存在尾差", "个别数据…尾差", "合计数与分项之和存在小数点后尾差".
const DISCLOSURE = /尾差|四舍五入/;

/**
 * Whether the report says its amounts are rounded so sums may be off by 尾差,
 * in its prose or in a note under any table.
 * @example disclosesRounding(report) // true for a report noting 因四舍五入可能存在尾差
 */
export function disclosesRounding(report: Report): boolean {
  return report.paragraphs.some((p) => DISCLOSURE.test(p.text.replace(/\s+/g, ''))) || report.tables.some((t) => t.notes.some((n) => DISCLOSURE.test(n.replace(/\s+/g, ''))));
}

/**
 * Rounding differences the report discloses are tolerated per addend and
 * dropped; undisclosed ones stay as info findings that say so, with the
 * tolerance actually applied (0) and the rounding allowance as evidence.
 * @param findings validator findings, some marked withinRounding
 * @param disclosed whether the report discloses 尾差
 * @example applyRoundingDisclosure(findings, false)
 */
export function applyRoundingDisclosure(findings: readonly Finding[], disclosed: boolean): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    if (finding.evidence?.withinRounding !== true) {
      out.push(finding);
      continue;
    }
    if (disclosed) continue;
    out.push({
      ...finding,
      message: `${finding.message}；差额在逐项四舍五入可解释的范围内，但报告未说明尾差`,
      tolerance: '0',
      evidence: { ...finding.evidence, roundingAllowance: finding.tolerance ?? null },
    });
  }
  return out;
}
