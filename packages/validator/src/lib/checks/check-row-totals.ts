import type { Finding, Report, Row, Table } from '@budgetdoc/schema';
import { amountScale, sidesOf, valueCells } from '../amounts.ts';
import { checkSum } from '../check-sum.ts';
import { rowLabel, tableLabel } from '../make-finding.ts';

const CLASS_CODE = /^\d{3}$/;
// 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303); everything else in a
// basic-expenditure table is 公用经费 (national definition, both templates).
const PERSONNEL_CLASSES = new Set(['301', '303']);

/** Row identities of keyed (uncoded) rows: total row key = Σ part row keys. */
const ROW_IDENTITIES: readonly { tables: readonly string[]; total: string; parts: readonly string[]; rule: string }[] = [
  { tables: ['three_public_expenses'], total: 'vehicles_total', parts: ['vehicle_purchase', 'vehicle_operation'], rule: '公务用车购置及运行维护费 = 购置费 + 运行维护费' },
  { tables: ['three_public_expenses'], total: 'three_public_total', parts: ['overseas_travel', 'vehicles_total', 'reception'], rule: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费' },
  { tables: ['disclosure_statistics'], total: 'procurement_total', parts: ['procurement_goods', 'procurement_works', 'procurement_services'], rule: '政府采购合计 = 货物 + 工程 + 服务' },
  {
    tables: ['disclosure_statistics'],
    total: 'vehicles_count',
    parts: ['vehicles_senior_leaders', 'vehicles_principal', 'vehicles_confidential', 'vehicles_emergency', 'vehicles_law_enforcement', 'vehicles_special_technical', 'vehicles_retired_cadres', 'vehicles_other'],
    rule: '车辆数合计 = 各类用车之和',
  },
  { tables: ['disclosure_statistics'], total: 'operating_costs', parts: ['operating_costs_administrative', 'operating_costs_civil_service_managed'], rule: '机关运行经费 = 行政单位 + 参公事业单位' },
];

/**
 * Row totals: the 合计 row of a coded table equals the sum of its top-level
 * code rows (usually the 类); in basic-expenditure tables 人员经费合计 = 301 +
 * 303 and 公用经费合计 = the other classes; 09 and 10 keyed rows add up
 * (三公 合计, 公务用车 小计, 政府采购 合计, 车辆数合计). Per column, on each side.
 * @param report the report
 * @returns SUM_ROWS_MISMATCH findings at the total row's cell
 * @example checkRowTotals(report)
 */
export function checkRowTotals(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const table of report.tables) {
    if (table.status !== 'data') continue;
    const scale = amountScale(table);
    for (const side of sidesOf(table)) {
      const rows = table.rows.filter((row) => (row.side ?? null) === side);
      findings.push(...checkCodedTotal(table, rows, scale));
      findings.push(...checkEconomicTotals(table, table.key === 'general_budget_basic_expenditure' ? table.rows : rows, rows, scale));
      for (const identity of ROW_IDENTITIES) {
        if (!table.key || !identity.tables.includes(table.key)) continue;
        const total = rows.find((row) => row.key === identity.total);
        const parts = rows.filter((row) => row.key && identity.parts.includes(row.key));
        if (total && parts.length >= 2) findings.push(...sumRows(table, total, parts, scale, identity.rule));
      }
    }
  }
  return findings;
}

function codeOf(row: Row): string | null {
  const code = row.code ?? row.key;
  return code && /^\d{3}(\d{2}){0,2}$/.test(code) ? code : null;
}

// Summary tables (01/04) key their 合计 row as a grand total over balances too;
// their arithmetic lives in check-summary-sides.
const SUMMARY_TABLES = new Set(['income_expenditure_summary', 'appropriation_summary', 'government_fund']);

function checkCodedTotal(table: Table, rows: readonly Row[], scale: number): Finding[] {
  if (table.key && SUMMARY_TABLES.has(table.key) && rows.some((row) => row.side)) return [];
  const total = rows.find((row) => row.key === 'total');
  if (!total) return [];
  const coded = rows.filter((row) => codeOf(row) !== null);
  if (coded.length === 0) return [];
  const topLength = Math.min(...coded.map((row) => codeOf(row)?.length ?? 99));
  const top = coded.filter((row) => codeOf(row)?.length === topLength);
  return sumRows(table, total, top, scale, `合计 = 各${topLength === 3 ? '类' : topLength === 5 ? '款' : '项'}级科目之和`);
}

function checkEconomicTotals(table: Table, allRows: readonly Row[], rows: readonly Row[], scale: number): Finding[] {
  const classes = allRows.filter((row) => row.code !== null && CLASS_CODE.test(row.code) && /^3/.test(row.code));
  if (classes.length === 0) return [];
  const findings: Finding[] = [];
  const personnel = rows.find((row) => row.key === 'personnel_total');
  const publicFunds = rows.find((row) => row.key === 'public_funds_total');
  if (personnel) findings.push(...sumRows(table, personnel, classes.filter((row) => PERSONNEL_CLASSES.has(row.code ?? '')), scale, '人员经费合计 = 工资福利支出(301) + 对个人和家庭的补助(303)'));
  if (publicFunds) findings.push(...sumRows(table, publicFunds, classes.filter((row) => !PERSONNEL_CLASSES.has(row.code ?? '')), scale, '公用经费合计 = 商品和服务支出(302)及其他类级科目之和'));
  return findings;
}

function sumRows(table: Table, total: Row, parts: readonly Row[], scale: number, rule: string): Finding[] {
  const findings: Finding[] = [];
  if (parts.length === 0) return findings;
  for (const [slot, cell] of valueCells(total)) {
    const finding = checkSum({
      code: 'SUM_ROWS_MISMATCH',
      table,
      scale,
      totalRow: total,
      totalCell: cell,
      // 06 totals sit under one group while their classes sit in others:
      // with a single value column (`amount`) any slot of the part row counts.
      addends: parts.map((row) => ({ row, cell: valueCells(row).get(slot) ?? singleValueCell(row, slot) })),
      rule,
      place: `${tableLabel(table)} ${rowLabel(total)} 行`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function singleValueCell(row: Row, slot: string) {
  if (slot !== 'amount' && !slot.startsWith('#')) return undefined;
  const cells = [...valueCells(row).values()];
  return cells.length === 1 ? cells[0] : undefined;
}
