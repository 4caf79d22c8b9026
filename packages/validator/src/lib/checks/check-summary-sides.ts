import { type Cell, type Finding, type Report, type Row, SIDE_VOCABULARY, type Table } from '@budgetdoc/schema';
import { amountScale, cellAmount, mainCell, sidesOf, valueCells } from '../amounts.ts';
import { checkSum } from '../check-sum.ts';
import { findingAt, rowLabel, tableLabel } from '../make-finding.ts';
import { roundingVerdict, sumTolerance } from '../tolerance.ts';

const SUMMARY_TABLES = new Set(['income_expenditure_summary', 'appropriation_summary', 'government_fund']);
const INCOME_ITEMS = new Set([
  'general_budget', 'government_fund', 'state_capital', 'higher_level_subsidy', 'business_income', 'operating_income',
  'affiliated_remittance', 'other_income', 'fiscal_special_account', 'unit_funds', 'other_funds',
]);
const INCOME_ADDITIONS = ['use_of_non_appropriation_balance', 'use_of_business_fund', 'opening_balance'];
const EXPENDITURE_HEADINGS = new Set(['personnel_and_public_funds', 'special_project', 'remit_to_higher', 'operating_expenditure', 'subsidy_to_affiliates']);
const EXPENDITURE_ADDITIONS = ['balance_distribution', 'closing_balance'];
const CLASS_KEY = /^\d{3}$/;

/**
 * Summary tables (01 收入支出决算总表, 04 财政拨款收入支出决算总表, budget 表1/表4
 * with up to four side-by-side groups): on each side 本年收入/支出合计 = Σ its
 * items and 总计 = 合计 + balances; across sides 总计 (income) = 总计 of every
 * expenditure side, and every expenditure grouping prints the same 本年支出合计
 * (they classify one and the same spending). Items are the rows printed before
 * the side's 合计 row, so 04's 年初结转 sub-rows are never counted twice.
 * @param report the report
 * @returns SUM_ROWS_MISMATCH and SIDES_UNBALANCED findings
 * @example checkSummarySides(report)
 */
export function checkSummarySides(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const table of report.tables) {
    if (table.status !== 'data' || !table.key || !SUMMARY_TABLES.has(table.key)) continue;
    const sides = sidesOf(table).filter((side): side is string => side !== null);
    if (sides.length < 2) continue;
    const scale = amountScale(table);
    // Balance first: a disagreement between sides is the plainest statement of
    // a break, and later findings at the same cell merge into it.
    findings.push(...checkBalance(table, sides, scale));
    for (const side of sides) findings.push(...checkSide(table, side, scale));
  }
  return findings;
}

function checkSide(table: Table, side: string, scale: number): Finding[] {
  const rows = table.rows.filter((row) => row.side === side);
  const income = side === 'income';
  const totalKey = income ? 'income_total' : 'expenditure_total';
  const totalIndex = rows.findIndex((row) => row.key === totalKey);
  if (totalIndex < 0) return [];
  const totalRow = rows[totalIndex] as Row;
  const before = rows.slice(0, totalIndex);
  // A row printing an amount under a name we cannot place (三、其他资金, 当年收入小计)
  // may be an item or a subtotal: the items identity is then left unchecked.
  const unplaced = before.some((row) => row.key === null && [...valueCells(row).values()].some((cell) => cellAmount(cell) !== null));
  let items: Row[];
  if (income) items = before.filter((row) => row.key && INCOME_ITEMS.has(row.key));
  else {
    const headings = before.filter((row) => row.key && EXPENDITURE_HEADINGS.has(row.key));
    items = headings.length > 0 ? headings : before.filter((row) => row.key && CLASS_KEY.test(row.key));
  }
  const findings: Finding[] = [];
  const label = income ? '本年收入合计 = 各项收入之和' : '本年支出合计 = 各项支出之和';
  const totalBreaks = unplaced ? [] : sumBySlot(table, totalRow, items, scale, label);
  findings.push(...totalBreaks);
  // 04 prints its 总计 as 合计 on some templates: a `total` row after 本年合计 is the grand total.
  const after = rows.slice(totalIndex + 1);
  const grand = after.find((row) => row.key === 'grand_total') ?? after.find((row) => row.key === 'total');
  if (grand) {
    const additions = rows.slice(totalIndex + 1).filter((row) => row.key && (income ? INCOME_ADDITIONS : EXPENDITURE_ADDITIONS).includes(row.key));
    // When 合计 itself disagrees with its items the break is reported there;
    // 总计 is then checked against the items, so one wrong cell yields one finding.
    const base = totalBreaks.length > 0 ? items : [totalRow];
    if (rows.slice(totalIndex + 1).some((row) => row.key === null && row !== grand && [...valueCells(row).values()].some((cell) => cellAmount(cell) !== null))) return findings;
    findings.push(...sumBySlot(table, grand, [...base, ...additions], scale, income ? '总计 = 本年收入合计 + 使用结余 + 年初结转和结余' : '总计 = 本年支出合计 + 结余分配 + 年末结转和结余'));
  }
  return findings;
}

function sumBySlot(table: Table, total: Row, parts: readonly Row[], scale: number, rule: string): Finding[] {
  const findings: Finding[] = [];
  if (parts.length === 0) return findings;
  for (const [slot, cell] of valueCells(total)) {
    const finding = checkSum({
      code: 'SUM_ROWS_MISMATCH',
      table,
      scale,
      totalRow: total,
      totalCell: cell,
      addends: parts.map((row) => ({ row, cell: valueCells(row).get(slot) ?? (valueCells(row).size === 1 ? mainCell(row) : undefined) })),
      rule,
      place: `${tableLabel(table)} ${sideLabel(total.side)} ${rowLabel(total)} 行`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkBalance(table: Table, sides: readonly string[], scale: number): Finding[] {
  const findings: Finding[] = [];
  const expenditureSides = sides.filter((side) => side !== 'income');
  const compare = (key: string, reference: { row: Row; cell: Cell } | undefined, others: readonly string[], what: string) => {
    if (!reference) return;
    const expected = cellAmount(reference.cell);
    if (expected === null) return;
    for (const side of others) {
      const row = table.rows.find((r) => r.side === side && r.key === key) ?? (key === 'grand_total' ? grandAsTotal(table, side) : undefined);
      const cell = row && mainCell(row);
      if (!row || !cell) continue;
      const actual = cellAmount(cell) ?? '0';
      if (cellAmount(cell) === null && cell.value.kind !== 'blank') continue;
      const tolerance = sumTolerance(1, scale);
      const verdict = roundingVerdict(expected, actual, tolerance);
      if (verdict === 'exact') continue;
      findings.push(
        findingAt(table, row, cell, {
          code: 'SIDES_UNBALANCED',
          message: `${tableLabel(table)}：${what}不一致，${sideLabel(reference.row.side)}印为 ${reference.cell.value.printed}，${sideLabel(side)}印为 ${cell.value.printed || '（空白）'}`,
          expected,
          actual,
          tolerance,
          withinRounding: verdict === 'rounding',
          evidence: { referenceSide: reference.row.side, referenceLine: reference.cell.prov.line },
        }),
      );
    }
  };
  const at = (side: string | undefined, key: string) => {
    const row = table.rows.find((r) => r.side === side && r.key === key) ?? (key === 'grand_total' ? grandAsTotal(table, side) : undefined);
    const cell = row && mainCell(row);
    return row && cell ? { row, cell } : undefined;
  };
  // 总计: income side against every expenditure side.
  if (sides.includes('income')) compare('grand_total', at('income', 'grand_total'), expenditureSides, '收入总计与支出总计');
  // 本年支出合计: every expenditure grouping against the first.
  compare('expenditure_total', at(expenditureSides[0], 'expenditure_total'), expenditureSides.slice(1), '各支出分类的本年支出合计');
  return findings;
}

// The two sides of 01/04 read as 收入方/支出方; other sides by their printed name.
const SIDE_LABELS: Record<string, string> = { income: '收入方', expenditure: '支出方' };

function sideLabel(side: string | null): string {
  if (!side) return '';
  return SIDE_LABELS[side] ?? SIDE_VOCABULARY.find((entry) => entry.key === side)?.aliases[0] ?? side;
}

// The `total` row printed after a side's 本年合计 row, standing for 总计.
function grandAsTotal(table: Table, side: string | undefined): Row | undefined {
  const rows = table.rows.filter((r) => r.side === side);
  const index = rows.findIndex((r) => r.key === 'income_total' || r.key === 'expenditure_total');
  return index < 0 ? undefined : rows.slice(index + 1).find((r) => r.key === 'total');
}
