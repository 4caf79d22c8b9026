import type { Report, Table } from '@budgetdoc/schema';

const LINE_NUMBER_LABEL = /^(行次|栏次|档次|序号)$/;

/**
 * A copy of the report for checking, without the cells of line-number
 * columns (行次/栏次/序号). Their numbers (1, 2, 3 …) are not amounts, but a
 * column whose header was not recognised still carries them as numbers; a
 * column is a line-number column when its header says so or when a body row
 * prints the label 行次 in it. The report returned by the validator keeps
 * every printed cell; only the checks see this view.
 * @param report the report
 * @returns a shallow copy with filtered rows
 * @example stripLineNumbers(report).tables[0].rows[0].cells.length
 */
export function stripLineNumbers(report: Report): Report {
  return { ...report, tables: report.tables.map(stripTable) };
}

function stripTable(table: Table): Table {
  const skip = new Set<number>();
  for (const column of table.columns) if (column.header.some((h) => LINE_NUMBER_LABEL.test(h.replace(/\s/g, '')))) skip.add(column.index);
  for (const row of table.rows) for (const cell of row.cells) if (LINE_NUMBER_LABEL.test(cell.value.printed.replace(/\s/g, ''))) skip.add(cell.column);
  if (skip.size === 0) return table;
  return { ...table, rows: table.rows.map((row) => ({ ...row, cells: row.cells.filter((cell) => !skip.has(cell.column)) })) };
}
