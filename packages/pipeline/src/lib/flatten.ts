import type { Report } from '@budgetdoc/schema';
import { cellUnit } from './cell-unit.ts';

/** Header of cells.csv, fixed by the output contract. */
export const CELLS_HEADER = ['report_id', 'table_key', 'table_no', 'side', 'row_code', 'row_name', 'row_key', 'col_key', 'col_label', 'value', 'unit', 'page', 'line'] as const;
/** Header of tables.csv. */
export const TABLES_HEADER = ['report_id', 'table_key', 'table_no', 'title', 'status', 'rows', 'cells', 'page', 'line'] as const;

export type CellRecord = Record<(typeof CELLS_HEADER)[number], string | number>;
export type TableRecord = Record<(typeof TABLES_HEADER)[number], string | number>;

/**
 * One record per non-empty numeric cell (numbers and percentages) of every table.
 * @example cellRecords(report)[0].value // '945.84'
 */
export function cellRecords(report: Report): CellRecord[] {
  const out: CellRecord[] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' && cell.value.kind !== 'percent') continue;
        out.push({
          report_id: report.id,
          table_key: table.key ?? '',
          table_no: table.formNo ?? '',
          side: row.side ?? '',
          row_code: row.code ?? '',
          row_name: row.name,
          row_key: row.key ?? '',
          col_key: cell.key ?? '',
          col_label: cell.header.join('/'),
          value: cell.value.value,
          unit: cellUnit(table.unit, row.name, cell),
          page: cell.prov.page,
          line: cell.prov.line,
        });
      }
    }
  }
  return out;
}

/**
 * One record per table the report prints or announces.
 * @example tableRecords(report).map((t) => t.status)
 */
export function tableRecords(report: Report): TableRecord[] {
  return report.tables.map((table) => ({
    report_id: report.id,
    table_key: table.key ?? '',
    table_no: table.formNo ?? '',
    title: table.title,
    status: table.status,
    rows: table.rows.length,
    cells: table.rows.reduce((n, row) => n + row.cells.filter((c) => c.value.kind === 'number' || c.value.kind === 'percent').length, 0),
    page: table.prov.page,
    line: table.prov.line,
  }));
}
