import type { Finding, Report } from '@budgetdoc/schema';
import { checkCodeHierarchy } from './checks/check-code-hierarchy.ts';
import { checkColumnIdentities } from './checks/check-column-identities.ts';
import { checkCrossTables } from './checks/check-cross-tables.ts';
import { checkProseArithmetic } from './checks/check-prose-arithmetic.ts';
import { checkProseTables } from './checks/check-prose-tables.ts';
import { checkRowTotals } from './checks/check-row-totals.ts';
import { checkShiftedCodes } from './checks/check-shifted-codes.ts';
import { checkSummarySides } from './checks/check-summary-sides.ts';
import { extractFigures } from './figures/extract-figures.ts';
import { mergeFindings } from './merge-findings.ts';
import { applyRoundingDisclosure, disclosesRounding } from './rounding-disclosure.ts';
import { stripLineNumbers } from './strip-line-numbers.ts';

/** The table checks, each a pure function Report → Finding[], in reporting order. */
export const TABLE_CHECKS = [checkCodeHierarchy, checkColumnIdentities, checkRowTotals, checkSummarySides, checkCrossTables, checkShiftedCodes] as const;

/**
 * Run the arithmetic, cross-table and prose checks and extract key figures.
 * Printed values are never changed: the report comes back with `figures`
 * and `findings` appended.
 * @param report a normalized report
 * @returns the report with figures and validator findings added
 * @example validateReport(normalizeReport(extractText(input))).findings
 */
export function validateReport(report: Report): Report {
  const view = stripLineNumbers(report);
  const { prose, figures } = extractFigures(view);
  const found: Finding[] = [];
  for (const check of TABLE_CHECKS) found.push(...check(view));
  found.push(...checkProseTables(view, prose), ...checkProseArithmetic(view, prose));
  return { ...report, figures: [...report.figures, ...figures], findings: [...report.findings, ...mergeFindings(applyRoundingDisclosure(found, disclosesRounding(view)))] };
}
