import type { Cell, Report, Row, Table } from '@budgetdoc/schema';
import { mainCell, rowByKey, tablesByKey, valueCells } from '../amounts.ts';
import type { ProseFigure } from './prose-figure.ts';
import { resolveSubjectAll } from './resolve-subjects.ts';

/** A table cell a prose figure repeats. */
export interface TableCell {
  readonly table: Table;
  readonly row: Row;
  readonly cell: Cell;
}

type Lookup = (report: Report) => TableCell | null;

function at(tableKey: string, rowKey: string, side: string | null, slot?: string): Lookup {
  return (report) => {
    for (const table of tablesByKey(report.tables, tableKey)) {
      const hasSides = table.rows.some((row) => row.side);
      const row = rowByKey(table, rowKey, hasSides ? side : undefined);
      if (!row) continue;
      const cell = slot ? (valueCells(row).get(slot) ?? (slot === 'total' ? mainCell(row) : undefined)) : mainCell(row);
      if (cell) return { table, row, cell };
    }
    return null;
  };
}

const either =
  (...lookups: Lookup[]): Lookup =>
  (report) => {
    for (const lookup of lookups) {
      const found = lookup(report);
      if (found) return found;
    }
    return null;
  };

/** Figure keys that repeat a fixed table cell. */
const FIXED: Record<string, Lookup> = {
  income_total: either(at('income_expenditure_summary', 'income_total', 'income'), at('income', 'total', null, 'total')),
  expenditure_total: either(at('income_expenditure_summary', 'expenditure_total', 'expenditure'), at('expenditure', 'total', null, 'total')),
  grand_income_total: at('income_expenditure_summary', 'grand_total', 'income'),
  grand_expenditure_total: at('income_expenditure_summary', 'grand_total', 'expenditure'),
  'appropriation.grand_income_total': either(at('appropriation_summary', 'grand_total', 'income'), at('appropriation_summary', 'total', 'income')),
  'appropriation.grand_expenditure_total': either(at('appropriation_summary', 'grand_total', 'expenditure', 'total'), at('appropriation_summary', 'total', 'expenditure', 'total')),
  'income.appropriation': at('income', 'total', null, 'appropriation'),
  'income.higher_level_subsidy': at('income', 'total', null, 'higher_level_subsidy'),
  'income.business_income': at('income', 'total', null, 'business_income'),
  'income.operating_income': at('income', 'total', null, 'operating_income'),
  'income.affiliated_remittance': at('income', 'total', null, 'affiliated_remittance'),
  'income.other_income': at('income', 'total', null, 'other_income'),
  basic_expenditure: at('expenditure', 'total', null, 'basic'),
  project_expenditure: at('expenditure', 'total', null, 'project'),
  'expenditure.remit_to_higher': at('expenditure', 'total', null, 'remit_to_higher'),
  'expenditure.operating_expenditure': at('expenditure', 'total', null, 'operating_expenditure'),
  'expenditure.subsidy_to_affiliates': at('expenditure', 'total', null, 'subsidy_to_affiliates'),
  'general_budget.final': at('general_budget_expenditure', 'total', null, 'total'),
  'general_budget.expenditure': at('general_budget_expenditure', 'total', null, 'total'),
  'general_budget.basic': either(at('general_budget_expenditure', 'total', null, 'basic'), at('basic_expenditure_economic', 'total', null, 'total')),
  personnel: either(at('general_budget_basic_expenditure', 'personnel_total', null), at('basic_expenditure_economic', 'total', null, 'personnel')),
  public_funds: either(at('general_budget_basic_expenditure', 'public_funds_total', null), at('basic_expenditure_economic', 'total', null, 'public_funds')),
  'procurement.total': at('disclosure_statistics', 'procurement_total', null),
  'procurement.goods': at('disclosure_statistics', 'procurement_goods', null),
  'procurement.works': at('disclosure_statistics', 'procurement_works', null),
  'procurement.services': at('disclosure_statistics', 'procurement_services', null),
  'assets.vehicles': at('disclosure_statistics', 'vehicles_count', null),
};

const THREE_PUBLIC = /^three_public\.(total|overseas_travel|vehicles_total|vehicle_purchase|vehicle_operation|reception)(?:\.(budget|final))?$/;
const MEETINGS = /^(meetings|training)(?:\.(budget|final))?$/;

/**
 * The table cell a prose figure states again, if the report prints it:
 * totals in 01/02/03/04/05, 人员/公用经费 in 06 (budget 表8), 三公 amounts
 * in 09 (rows or sides 预算数/决算数), procurement and vehicles in 10, and
 * items (by code, name or （类）（款）（项） chain) in 05/03/06.
 * @param report report with tables
 * @param figure the prose figure
 * @returns the cell, or null when no table prints it
 * @example tableCellForFigure(report, figure)?.cell.value
 */
export function tableCellForFigure(report: Report, figure: ProseFigure): TableCell | null {
  const fixed = FIXED[figure.key];
  if (fixed) return fixed(report);
  const three = THREE_PUBLIC.exec(figure.key) ?? MEETINGS.exec(figure.key);
  if (three) {
    const item = three[1] as string;
    const stage = three[2] ?? (report.meta.kind === 'budget' ? 'budget' : 'final');
    return threePublicCell(report, item, stage);
  }
  return tableCellsForFigure(report, figure)[0] ?? null;
}

/**
 * All table cells an item figure may repeat (the same class printed in 01,
 * 03, 04 and 05), preferred first; for other figures the one cell, if any.
 * @example tableCellsForFigure(report, figure).length
 */
export function tableCellsForFigure(report: Report, figure: ProseFigure): TableCell[] {
  if (figure.key !== 'item.final' && figure.key !== 'item.amount') {
    const one = FIXED[figure.key] || THREE_PUBLIC.test(figure.key) || MEETINGS.test(figure.key) ? tableCellForFigure(report, figure) : null;
    return one ? [one] : [];
  }
  const cells: TableCell[] = [];
  for (const match of resolveSubjectAll(report, figure)) {
    const cell = mainCell(match.row) ?? valueCells(match.row).get('general_budget');
    if (cell) cells.push({ table: match.table, row: match.row, cell });
  }
  return cells;
}

function threePublicCell(report: Report, item: string, stage: string): TableCell | null {
  const itemKeys = item === 'total' ? ['total', 'three_public_total'] : [item];
  for (const table of tablesByKey(report.tables, 'three_public_expenses')) {
    // Layout 1: rows 预算数 / 决算数, columns per item.
    const stageRow = table.rows.find((row) => row.key === stage);
    if (stageRow) {
      for (const key of itemKeys) {
        const cell = valueCells(stageRow).get(key);
        if (cell) return { table, row: stageRow, cell };
      }
    }
    // Layout 2: one wide row, columns grouped by side 预算数 / 决算数.
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const side = table.columns[cell.column]?.side ?? row.side;
        if (side === stage && cell.key && itemKeys.includes(cell.key)) return { table, row, cell };
      }
    }
    // Layout 3: rows per item, columns 预算数 / 决算数.
    const itemRow = table.rows.find((row) => row.key !== null && (item === 'total' ? row.key === 'three_public_total' : row.key === item));
    if (itemRow) {
      const cell = itemRow.cells.find((c) => table.columns[c.column]?.side === stage || c.header.join('').includes(stage === 'budget' ? '预算' : '决算'));
      if (cell) return { table, row: itemRow, cell };
    }
  }
  return null;
}
