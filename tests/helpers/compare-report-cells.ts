import type { Report, Table } from '@budgetdoc/schema';

/** One numeric cell of a table, with what identifies it regardless of page and line. */
export interface CellId {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly value: string;
}

export interface CellComparison {
  /** Expected numeric cells found in the same table, row and column with the same value. */
  readonly matched: number;
  /** Extracted numeric cells with no expected twin: a number in the wrong place, or an invented one. */
  readonly wrong: readonly CellId[];
  /** Expected numeric cells not extracted (in a table not found, or left blank). */
  readonly missing: readonly CellId[];
}

const compact = (s: string): string => s.replace(/\s+/g, '');
/** Sides compared by their family (expenditure_function → expenditure): a sub-side is named by a header a reprint may not carry. */
const family = (side: string | null): string => (side ?? '').split('_')[0] ?? '';

/** Tables are paired by printed title (and form label when both print one). */
function tableId(table: Table): string {
  return compact(table.title);
}

function numericCells(report: Report, include: (table: Table) => boolean): CellId[] {
  const out: CellId[] = [];
  for (const table of report.tables) {
    if (!include(table)) continue;
    for (const row of table.rows) {
      // A code identifies a row in both readings; the label is the fallback (whitespace differs with wrapping).
      const rowId = `${family(row.side)}|${row.code ?? compact(row.name)}`;
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' && cell.value.kind !== 'percent') continue;
        const column = table.columns[cell.column];
        out.push({ table: tableId(table), row: rowId, column: `${family(column?.side ?? null)}|${compact((column?.header ?? []).join('/'))}`, value: cell.value.value });
      }
    }
  }
  return out;
}

const keyOf = (c: CellId): string => `${c.table}\u0000${c.row}\u0000${c.column}\u0000${c.value}`;

/**
 * Compare the numeric cells of an extracted report with those of the report
 * it should reproduce (e.g. a text report printed as PDF and read back):
 * cells are multisets keyed by table title, row (side, code or label),
 * column (side, header path) and exact value.
 * @param expected the report whose cells are the answer key
 * @param actual the report read back
 * @param include which tables take part (both sides)
 * @returns matched count, wrong and missing cells
 * @example compareReportCells(textReport, pdfReport).wrong.length
 */
export function compareReportCells(expected: Report, actual: Report, include: (table: Table) => boolean = () => true): CellComparison {
  const pool = new Map<string, CellId[]>();
  for (const cell of numericCells(expected, include)) {
    const key = keyOf(cell);
    const list = pool.get(key) ?? [];
    list.push(cell);
    pool.set(key, list);
  }
  let matched = 0;
  const wrong: CellId[] = [];
  for (const cell of numericCells(actual, include)) {
    const list = pool.get(keyOf(cell));
    if (list && list.length > 0) {
      list.pop();
      matched++;
    } else wrong.push(cell);
  }
  const missing = [...pool.values()].flat();
  return { matched, wrong, missing };
}
