import { type Cell, type Finding, type Report, type Row, sumDecimals, type Table } from '@budgetdoc/schema';
import { amountScale, cellAmount, mainCell, rowByKey, tablesByKey, valueCells } from '../amounts.ts';
import { findingAt, rowLabel, tableLabel } from '../make-finding.ts';
import { roundingVerdict, sumTolerance } from '../tolerance.ts';

/** One side of a cross-table comparison: a printed cell, or a sum of cells. */
interface Operand {
  readonly table: Table;
  readonly row: Row;
  readonly cells: readonly Cell[];
  readonly label: string;
}

/** A pair of places that must print the same amount. */
interface CrossPair {
  readonly rule: string;
  readonly left: Operand | undefined;
  readonly right: Operand | undefined;
}

/**
 * Cross-table identities: 01 本年收入合计 = 02 合计; 01 本年支出合计 = 03 合计
 * (and each 01 expenditure class = the 03 class); 01 一般公共预算财政拨款收入 =
 * 04's; 04 一般公共预算 expenditure (合计 and classes) = 05; 05 基本支出 = 06
 * 人员经费合计 + 公用经费合计; budget 表5 合计 = 表6 合计 column by column,
 * budget 表7 合计 = 表8 合计, budget 表5 人员/公用 = 表8 人员/公用. A side whose
 * tables are missing is skipped. The finding sits at the right-hand cell.
 * @param report the report
 * @returns CROSS_TABLE_MISMATCH findings
 * @example checkCrossTables(report)
 */
export function checkCrossTables(report: Report): Finding[] {
  const first = (key: string) => tablesByKey(report.tables, key)[0];
  const summary = first('income_expenditure_summary');
  const income = first('income');
  const expenditure = first('expenditure');
  const appropriation = first('appropriation_summary');
  const generalBudget = first('general_budget_expenditure');
  const basic06 = first('general_budget_basic_expenditure');
  const economic = first('general_budget_expenditure_economic');
  const basicFunction = first('basic_expenditure');
  const basicEconomic = first('basic_expenditure_economic');
  const pairs: CrossPair[] = [];
  if (report.meta.kind !== 'budget') {
    pairs.push({ rule: '收入支出决算总表本年收入合计 = 收入决算表合计', left: keyed(summary, 'income_total', 'income'), right: keyed(income, 'total', null, 'total') });
    pairs.push({ rule: '收入支出决算总表本年支出合计 = 支出决算表合计', left: keyed(summary, 'expenditure_total', 'expenditure'), right: keyed(expenditure, 'total', null, 'total') });
    for (const row of classRows(summary, 'expenditure')) {
      pairs.push({ rule: `收入支出决算总表 ${row.name} = 支出决算表 ${row.key} 类`, left: keyed(summary, row.key ?? '', 'expenditure'), right: keyed(expenditure, row.key ?? '', null, 'total') });
    }
    pairs.push({ rule: '收入支出决算总表一般公共预算财政拨款收入 = 财政拨款收入支出决算总表一般公共预算财政拨款收入', left: keyed(summary, 'general_budget', 'income'), right: keyed(appropriation, 'general_budget', 'income') });
    pairs.push({ rule: '财政拨款收入支出决算总表本年支出合计（一般公共预算） = 一般公共预算财政拨款支出决算表合计', left: keyed(appropriation, 'expenditure_total', 'expenditure', 'general_budget'), right: keyed(generalBudget, 'total', null, 'total') });
    for (const row of classRows(appropriation, 'expenditure')) {
      pairs.push({ rule: `财政拨款收入支出决算总表 ${row.name}（一般公共预算） = 一般公共预算财政拨款支出决算表 ${row.key} 类`, left: keyed(appropriation, row.key ?? '', 'expenditure', 'general_budget'), right: keyed(generalBudget, row.key ?? '', null, 'total') });
    }
    pairs.push({ rule: '一般公共预算财政拨款支出决算表基本支出合计 = 基本支出决算表人员经费合计 + 公用经费合计', left: keyed(generalBudget, 'total', null, 'basic'), right: summed(basic06, ['personnel_total', 'public_funds_total']) });
  }
  for (const slot of ['total', 'personnel', 'public_funds', 'special_project']) {
    pairs.push({ rule: `一般公共预算支出明细表按功能分类与按经济分类的合计一致（${slot}）`, left: keyed(generalBudget, 'total', null, slot), right: keyed(economic, 'total', null, slot) });
  }
  for (const slot of ['total', 'personnel', 'public_funds']) {
    pairs.push({ rule: `基本支出明细表按功能分类与按经济分类的合计一致（${slot}）`, left: keyed(basicFunction, 'total', null, slot), right: keyed(basicEconomic, 'total', null, slot) });
  }
  for (const slot of ['personnel', 'public_funds']) {
    pairs.push({ rule: `一般公共预算支出明细表与基本支出明细表的${slot === 'personnel' ? '人员经费' : '公用经费'}合计一致`, left: keyed(generalBudget, 'total', null, slot), right: keyed(basicEconomic, 'total', null, slot) });
  }
  const findings: Finding[] = [];
  for (const pair of pairs) {
    const finding = comparePair(pair);
    if (finding) findings.push(finding);
  }
  return findings;
}

function classRows(table: Table | undefined, side: string): Row[] {
  return table ? table.rows.filter((row) => row.side === side && row.key !== null && /^\d{3}$/.test(row.key)) : [];
}

function keyed(table: Table | undefined, key: string, side: string | null, slot?: string): Operand | undefined {
  if (!table) return undefined;
  const row = rowByKey(table, key, table.rows.some((r) => r.side) ? side : undefined) ?? (side === null ? rowByKey(table, key) : undefined);
  if (!row) return undefined;
  const cell = slot ? (valueCells(row).get(slot) ?? (slot === 'total' ? mainCell(row) : undefined)) : mainCell(row);
  if (!cell) return undefined;
  return { table, row, cells: [cell], label: `${tableLabel(table)} ${rowLabel(row)}` };
}

function summed(table: Table | undefined, keys: readonly string[]): Operand | undefined {
  if (!table) return undefined;
  const rows = keys.map((key) => rowByKey(table, key)).filter((row): row is Row => row !== undefined);
  if (rows.length !== keys.length) return undefined;
  const cells = rows.map((row) => mainCell(row)).filter((cell): cell is Cell => cell !== undefined);
  const last = rows[rows.length - 1] as Row;
  return { table, row: last, cells, label: `${tableLabel(table)} ${rows.map((r) => r.name).join('+')}` };
}

function total(operand: Operand): { value: string; printed: number } | null {
  const values = operand.cells.map(cellAmount).filter((v): v is string => v !== null);
  if (values.length === 0) return null;
  return { value: sumDecimals(values), printed: values.length };
}

function comparePair(pair: CrossPair): Finding | null {
  if (!pair.left || !pair.right) return null;
  const left = total(pair.left);
  const right = total(pair.right);
  // Both blank, or one table prints nothing there: nothing to compare.
  if (!left && !right) return null;
  const expected = left?.value ?? '0';
  const actual = right?.value ?? '0';
  const scale = Math.max(amountScale(pair.left.table), amountScale(pair.right.table));
  // Two printed copies of one amount match exactly; a printed sum of n cells
  // carries n units of rounding.
  const tolerance = sumTolerance(Math.max(left?.printed ?? 0, right?.printed ?? 0), scale);
  const verdict = roundingVerdict(expected, actual, tolerance);
  if (verdict === 'exact') return null;
  const cell = pair.right.cells[pair.right.cells.length - 1];
  return findingAt(pair.right.table, pair.right.row, cell, {
    code: 'CROSS_TABLE_MISMATCH',
    message: `${pair.rule}：${pair.left.label} 为 ${left?.value ?? '（空白）'}，${pair.right.label} 为 ${right?.value ?? '（空白）'}`,
    expected,
    actual,
    tolerance,
    withinRounding: verdict === 'rounding',
    evidence: { leftTable: pair.left.table.id, leftRow: pair.left.row.key, leftLine: pair.left.cells[0]?.prov.line },
  });
}
