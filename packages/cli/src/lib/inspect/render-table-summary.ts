import type { Table } from '@budgetdoc/schema';
import { padDisplay, type TerminalStyle, truncateDisplay } from './terminal-style.ts';

/**
 * A table's header decisions for the terminal: title line, header rows as
 * printed, then one line per column with side, 栏次, printed header path and
 * the canonical key it was mapped to (`∅` when none).
 * @param table the table
 * @param style terminal styles
 * @returns lines without trailing newlines
 * @example renderTableSummary(table, terminalStyle(false))[0]
 */
export function renderTableSummary(table: Table, style: TerminalStyle): string[] {
  const pages = table.pages.length === 0 ? '-' : table.pages.length === 1 ? String(table.pages[0]) : `${table.pages[0]}-${table.pages.at(-1)}`;
  const status = table.status === 'data' ? style.green(table.status) : style.yellow(table.status);
  const cells = table.rows.reduce((sum, row) => sum + row.cells.length, 0);
  const lines = [
    `${style.bold(table.id)} ${table.formLabel ?? ''} ${style.bold(table.title)}`.replace(/\s+/g, ' '),
    `  key ${table.key === null ? style.red('∅ unknown') : style.cyan(table.key)} · form ${table.formNo ?? '-'} · ${status}${table.statusReason ? ` (${table.statusReason})` : ''} · unit ${table.unit ?? '-'} · pages ${pages} · ${table.rows.length} rows · ${cells} cells · at ${table.prov.page}:${table.prov.line}`,
  ];
  if (table.headerRows.length > 0) {
    lines.push(style.dim('  header rows as printed:'));
    for (const row of table.headerRows) lines.push(`    ${row.map((cell) => (cell === '' ? '·' : cell)).join(style.dim(' ┆ '))}`);
  }
  if (table.columns.length > 0) {
    lines.push(style.dim('  columns:   #  side          栏次  printed header path  →  key'));
    for (const column of table.columns) {
      const path = truncateDisplay(column.header.join(' › ') || '(no header)', 44);
      const key = column.key === null ? style.red('∅') : style.cyan(column.key);
      lines.push(`           ${String(column.index).padStart(2)}  ${(column.side ?? '-').padEnd(12)}  ${(column.columnNo ?? '-').padEnd(4)}  ${padDisplay(path, 44)} → ${key}`);
    }
  }
  const unmatched = table.rows.filter((row) => row.key === null);
  if (unmatched.length > 0) lines.push(`  ${style.yellow(`${unmatched.length} unmatched row names`)}: ${unmatched.slice(0, 8).map((row) => row.name).join('、')}${unmatched.length > 8 ? ' …' : ''}`);
  for (const note of table.notes) lines.push(style.dim(`  note: ${truncateDisplay(note, 100)}`));
  return lines;
}

/**
 * The body rows of a table for the terminal: line, side, code, printed name →
 * row key, then each cell as `column key=printed`.
 * @param table the table
 * @param style terminal styles
 * @returns one line per row
 * @example renderTableRows(table, terminalStyle(false)).length === table.rows.length
 */
export function renderTableRows(table: Table, style: TerminalStyle): string[] {
  return table.rows.map((row) => {
    const label = padDisplay(truncateDisplay([row.code, row.name].filter(Boolean).join(' '), 30), 30);
    const key = row.key === null ? style.red('∅') : style.cyan(row.key);
    const cells = row.cells
      .filter((cell) => cell.value.kind !== 'blank')
      .map((cell) => `${style.dim(`${cell.key ?? `#${cell.column}`}=`)}${cell.value.printed}`)
      .join(' ');
    const place = `${row.prov.page}:${row.prov.line}`.padStart(8);
    return `${style.dim(place)} ${row.side ? `${style.magenta(row.side)} ` : ''}${label} → ${key}  ${cells}`;
  });
}
