import { convertMoney, type Finding, type Report, toScaled } from '@budgetdoc/schema';
import { cellAmount } from '../amounts.ts';
import type { ProseFigure } from '../figures/prose-figure.ts';
import { type TableCell, tableCellsForFigure } from '../figures/table-cell-for-figure.ts';
import { tableLabel } from '../make-finding.ts';
import { halfUnitAt, unitAt, withinTolerance } from '../tolerance.ts';

const MONEY = new Set(['万元', '元', '亿元', '千元']);

/**
 * Prose against the tables: every amount the narrative states that a table
 * also prints (totals, income and expenditure kinds, 05 items, 06 人员/公用
 * 经费, 09 三公 amounts, 10 procurement and vehicles) must agree once both are
 * in the same money unit. Prose often drops decimals ("10万元" for 10.00), so
 * the tolerance is half a unit of the prose's last printed decimal when it
 * prints fewer decimals than the table, zero otherwise.
 * @param report report with tables
 * @param figures prose figures
 * @returns PROSE_TABLE_MISMATCH findings; page/line point at the sentence,
 *   table/row/column at the cell compared
 * @example checkProseTables(report, figures)
 */
export function checkProseTables(report: Report, figures: readonly ProseFigure[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    if (!MONEY.has(figure.unit) && figure.unit !== '辆') continue;
    const candidates = tableCellsForFigure(report, figure)
      .map((found) => compareWith(report, figure, found))
      .filter((c): c is Comparison => c !== null);
    // The same class is printed with different scopes (01/03 all funds, 04/05
    // general budget): the prose agrees when it repeats any of them.
    if (candidates.length === 0 || candidates.some((c) => c.ok)) continue;
    const { found, tableInProseUnit, tableUnit, tolerance, stated } = candidates[0] as Comparison;
    // Less than one unit of the prose's last decimal apart: truncated instead of rounded.
    const slip = withinTolerance(stated, tableInProseUnit, unitAt(toScaled(stated).scale));
    const dedupe = `${figure.key}|${figure.subject}|${figure.value}|${found.cell.prov.line}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const unitNote = figure.unit !== tableUnit && MONEY.has(figure.unit) ? `（正文单位为${figure.unit}，表中为${tableUnit}）` : '';
    findings.push({
      code: 'PROSE_TABLE_MISMATCH',
      severity: slip ? 'warning' : 'error',
      source: 'validator',
      message: `正文“${figure.printed}”（${figure.subject ?? figure.key}）与${tableLabel(found.table)} ${found.row.name} 行${found.cell.header.filter(Boolean).join('/') ? `“${found.cell.header.filter(Boolean).join('/')}”列` : ''}的 ${found.cell.value.printed || '（空白）'}${tableUnit} 不一致${unitNote}${slip ? '（相差不足正文末位一个单位，似为截尾而非四舍五入）' : ''}`,
      where: { table: found.table.id, ...(found.table.key ? { tableKey: found.table.key } : {}), ...(found.row.side ? { side: found.row.side } : {}), row: found.row.key ?? found.row.name, column: found.cell.key ?? found.cell.header.join('/'), page: figure.prov.page, line: figure.prov.line },
      expected: tableInProseUnit,
      actual: stated,
      tolerance,
      evidence: { figure: figure.key, sentence: figure.sentence, tableLine: found.cell.prov.line, tablePage: found.cell.prov.page },
    });
  }
  return findings;
}

interface Comparison {
  readonly found: TableCell;
  readonly ok: boolean;
  readonly stated: string;
  readonly tableInProseUnit: string;
  readonly tableUnit: string;
  readonly tolerance: string;
}

function compareWith(report: Report, figure: ProseFigure, found: TableCell): Comparison | null {
  const tableValue = cellAmount(found.cell) ?? (found.cell.value.kind === 'blank' || found.cell.value.kind === 'dash' ? '0' : null);
  if (tableValue === null) return null;
  const tableUnit = found.table.unit ?? report.meta.moneyUnit ?? '万元';
  // Compare in the prose's own unit and precision: "1899.9万元" states
  // 18999011.66元 rounded to 0.1万元; "316.17元" does not state 316.17万元.
  let tableInProseUnit = tableValue;
  if (MONEY.has(figure.unit) && figure.unit !== tableUnit) {
    try {
      tableInProseUnit = convertMoney(tableValue, tableUnit, figure.unit);
    } catch {
      return null;
    }
  }
  const stated = figure.value;
  const tolerance = toScaled(stated).scale < toScaled(tableInProseUnit).scale ? halfUnitAt(toScaled(stated).scale) : '0';
  return { found, ok: withinTolerance(stated, tableInProseUnit, tolerance), stated, tableInProseUnit, tableUnit, tolerance };
}
