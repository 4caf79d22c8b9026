import { absDecimal, compareDecimals, type Finding, type Report, subtractDecimals, sumDecimals, toScaled } from '@budgetdoc/schema';
import { unitAt } from '../tolerance.ts';
import type { ProseFigure } from '../figures/prose-figure.ts';
import { tableCellForFigure } from '../figures/table-cell-for-figure.ts';
import { cellAmount } from '../amounts.ts';
import { checkPercent, type PercentCheck } from '../percent-range.ts';

/**
 * Prose against its own arithmetic: shares (占 x%) = part ÷ whole, completion
 * rates (完成年初预算的 x%) = 决算 ÷ 预算, year-on-year changes (增长/下降 x%) =
 * change ÷ last year's amount (this year's amount ∓ the stated change). The
 * whole of a share is the total the prose stated before it, or the table
 * total it names (占本年支出合计的 x%). Tolerance: half a unit of the
 * percentage's last printed decimal, widened by the rounding of the amounts.
 * @param report report (tables used only for named wholes)
 * @param figures prose figures with their pairings
 * @returns PROSE_ARITHMETIC findings located at the sentence
 * @example checkProseArithmetic(report, figures)
 */
export function checkProseArithmetic(report: Report, figures: readonly ProseFigure[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    if (figure.unit !== '%') continue;
    const result = evaluate(report, figure);
    if (!result || result.check.ok) continue;
    // "收入总计、支出总计均增长 x%" states one percentage for two figures: one finding.
    const once = `${figure.sentenceId}|${figure.printed}|${result.check.expected}`;
    if (seen.has(once)) continue;
    seen.add(once);
    // One unit of the last printed decimal off: a rounding slip (截尾) rather than a wrong figure.
    const slip = !result.hint && isTruncation(absDecimal(figure.value), result.check.low, result.check.high);
    findings.push({
      code: 'PROSE_ARITHMETIC',
      severity: slip ? 'info' : 'warning',
      source: 'validator',
      message: `正文“${figure.printed}”与其所述金额不符：${result.formula} = ${result.check.expected}%，正文印为 ${figure.printed}（容许 ±${result.check.tolerance}，已计入金额四舍五入）${result.hint ?? ''}`,
      where: { page: figure.prov.page, line: figure.prov.line, row: figure.subject ?? figure.key, column: figure.key },
      expected: result.check.expected,
      actual: figure.value,
      tolerance: result.check.tolerance,
      evidence: { figure: figure.key, sentence: figure.sentence, range: [result.check.low, result.check.high] },
    });
  }
  return findings;
}

function evaluate(report: Report, figure: ProseFigure): { check: PercentCheck; formula: string; hint?: string } | null {
  if (figure.key.endsWith('.share') && figure.part) {
    let whole: string | null = null;
    let label = '';
    if (figure.base && 'tableFigure' in figure.base) {
      const cell = tableCellForFigure(report, { ...figure, key: figure.base.tableFigure });
      whole = cell ? cellAmount(cell.cell) : null;
      label = cell ? `（表中${cell.row.name}）` : '';
    } else if (figure.base) {
      whole = figure.base.unit === figure.part.unit ? figure.base.value : null;
    }
    if (!whole || compareDecimals(whole, '0') <= 0) return null;
    return { check: checkPercent(figure.part.value, whole, figure.value), formula: `${figure.part.value} ÷ ${whole}${label} × 100` };
  }
  if ((figure.key.endsWith('.completion_rate') || figure.key.endsWith('.execution_rate')) && figure.final && figure.budget) {
    if (figure.final.unit !== figure.budget.unit || compareDecimals(figure.budget.value, '0') <= 0) return null;
    return { check: checkPercent(figure.final.value, figure.budget.value, figure.value), formula: `${figure.final.value} ÷ ${figure.budget.value} × 100` };
  }
  if (figure.key.endsWith('.change_pct') && figure.change && figure.current) {
    if (figure.change.unit !== figure.current.unit) return null;
    const change = figure.change.value;
    const decrease = change.startsWith('-');
    // Signs must agree: "减少 … 增长 x%" is itself a contradiction.
    if (decrease !== figure.value.startsWith('-') && compareDecimals(absDecimal(figure.value), '0') !== 0) return null;
    const previous = subtractDecimals(figure.current.value, change);
    if (compareDecimals(previous, '0') <= 0) return null;
    // Last year's amount is a difference of two rounded amounts: twice the slack.
    const check = checkPercent(absDecimal(change), previous, absDecimal(figure.value), '0.005');
    // A common slip: the change divided by this year's amount instead of last year's.
    const slip = !check.ok && checkPercent(absDecimal(change), figure.current.value, absDecimal(figure.value)).ok;
    const formula = `${absDecimal(change)} ÷ (${figure.current.value} ${decrease ? '+' : '−'} ${absDecimal(change)}) × 100`;
    return slip ? { check, formula, hint: `；正文似以本年数 ${figure.current.value} 而非上年数为基数计算` } : { check, formula };
  }
  return null;
}

// The printed percentage is the computed one cut off (not rounded) at its last decimal.
function isTruncation(printed: string, low: string, high: string): boolean {
  const unit = unitAt(toScaled(printed).scale);
  const top = sumDecimals([printed, unit]);
  return compareDecimals(printed, high) <= 0 && compareDecimals(low, top) < 0;
}
