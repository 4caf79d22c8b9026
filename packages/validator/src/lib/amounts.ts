import type { Cell, Row, Table } from '@budgetdoc/schema';

/**
 * The exact amount a cell prints, or null when it prints none.
 * Blank, dash and text are all "no amount": the caller decides whether a
 * blank may count as zero (only when a sibling prints an amount).
 * @param cell a table cell
 * @returns decimal string or null
 * @example cellAmount({ ..., value: { kind: 'number', value: '945.84', printed: '945.84' } }) // '945.84'
 */
export function cellAmount(cell: Cell | undefined): string | null {
  if (!cell || cell.value.kind !== 'number') return null;
  return cell.value.value;
}

// Note: 行次/栏次 columns carry line numbers, never amounts; a normalizer that
// keeps them as value columns must not make them addends.
const NON_VALUE_HEADER = /行次|栏次|档次|序号|编码|代码/;

/**
 * Key under which a cell is compared across rows: its column key, or its
 * column index when the normalizer gave no key.
 * @example cellSlot(cell) // 'basic'
 */
export function cellSlot(cell: Cell): string {
  return cell.key ?? `#${cell.column}`;
}

/**
 * Value cells of a row by slot; line-number columns are dropped, and when a
 * slot repeats inside one row (side-by-side groups merged into one row) the
 * column index is used instead so nothing is summed twice.
 * @example valueCells(row).get('total')
 */
export function valueCells(row: Row): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const seen = new Set<string>();
  for (const cell of row.cells) {
    if (NON_VALUE_HEADER.test(cell.header.join(''))) continue;
    const slot = cellSlot(cell);
    if (seen.has(slot)) {
      const first = out.get(slot);
      if (first) {
        out.delete(slot);
        out.set(`#${first.column}`, first);
      }
      out.set(`#${cell.column}`, cell);
      continue;
    }
    seen.add(slot);
    out.set(slot, cell);
  }
  return out;
}

/**
 * The cell of `row` in column `key` (first match), if any.
 * @example cellOf(row, 'basic')
 */
export function cellOf(row: Row, key: string): Cell | undefined {
  return valueCells(row).get(key);
}

/**
 * Rows of a table on one side (null side = all rows when the table has no sides).
 * @example rowsOnSide(table, 'income')
 */
export function rowsOnSide(table: Table, side: string | null): Row[] {
  return table.rows.filter((row) => (row.side ?? null) === side);
}

/**
 * Distinct sides of a table's rows, in order of first appearance.
 * @example sidesOf(table) // ['income', 'expenditure']
 */
export function sidesOf(table: Table): (string | null)[] {
  const sides: (string | null)[] = [];
  for (const row of table.rows) if (!sides.includes(row.side ?? null)) sides.push(row.side ?? null);
  return sides;
}

/**
 * Decimal places a table prints for amounts (the largest seen, at most 4),
 * which sets the size of one rounding unit (尾差).
 * @example amountScale(table) // 2
 */
export function amountScale(table: Table): number {
  let scale = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (cell.value.kind !== 'number') continue;
      const dot = cell.value.value.indexOf('.');
      if (dot >= 0) scale = Math.max(scale, cell.value.value.length - dot - 1);
    }
  }
  return Math.min(scale, 4);
}

/**
 * Find tables of a report by canonical key (data tables only).
 * @example tablesByKey(report.tables, 'expenditure')[0]
 */
export function tablesByKey(tables: readonly Table[], key: string): Table[] {
  return tables.filter((table) => table.key === key && table.status === 'data');
}

/**
 * The first row with a canonical key on a side (any side when side is undefined).
 * @example rowByKey(table, 'total')
 */
export function rowByKey(table: Table, key: string, side?: string | null): Row | undefined {
  return table.rows.find((row) => row.key === key && (side === undefined || (row.side ?? null) === side));
}

/**
 * The cell carrying a row's main amount: its `total` column, else its only
 * value column (01/04 income side, 06, one-column budget sides).
 * @example mainCell(row)?.value
 */
export function mainCell(row: Row): Cell | undefined {
  const cells = valueCells(row);
  const total = cells.get('total');
  if (total) return total;
  const all = [...cells.values()];
  if (all.length === 1) return all[0];
  return cells.get('amount');
}
