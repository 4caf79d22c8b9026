import type { Cell, Finding, Row, Severity, Table } from '@budgetdoc/schema';

/** What a check reports about one offending cell. */
export interface FindingInput {
  readonly code: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly tolerance?: string;
  readonly severity?: Severity;
  readonly evidence?: Record<string, unknown>;
  /**
   * The difference is within the per-addend rounding tolerance. Such a finding
   * is dropped when the report discloses 尾差 and kept (as info) when it does
   * not: see applyRoundingDisclosure.
   */
  readonly withinRounding?: boolean;
}

/**
 * Build a validator finding located at a table cell (or row, or table).
 * `where` carries table id and key, side, row key (or printed name), column
 * key (or printed header) and the page/line the cell was printed on.
 * @param table table the finding is about
 * @param row offending row, if any
 * @param cell offending cell, if any
 * @param input code, message and numbers
 * @returns a Finding with source 'validator'
 * @example findingAt(t, row, cell, { code: 'SUM_COLUMNS_MISMATCH', message: '…' })
 */
export function findingAt(table: Table, row: Row | undefined, cell: Cell | undefined, input: FindingInput): Finding {
  const prov = cell?.prov ?? row?.prov ?? table.prov;
  const where: Finding['where'] = { table: table.id, page: prov.page, line: prov.line };
  if (table.key) where.tableKey = table.key;
  const side = row?.side;
  if (side) where.side = side;
  if (row) where.row = row.key ?? row.code ?? row.name;
  if (cell) where.column = cell.key ?? cell.header.join('/');
  const severity = input.withinRounding ? 'info' : (input.severity ?? 'error');
  const finding: Finding = { code: input.code, severity, source: 'validator', message: input.message, where };
  if (input.expected !== undefined) finding.expected = input.expected;
  if (input.actual !== undefined) finding.actual = input.actual;
  if (input.tolerance !== undefined) finding.tolerance = input.tolerance;
  if (input.evidence || input.withinRounding) finding.evidence = { ...input.evidence, ...(input.withinRounding ? { withinRounding: true } : {}) };
  return finding;
}

/**
 * Short Chinese label of a table for messages: its form label and title.
 * @example tableLabel(t) // '公开05表 一般公共预算财政拨款支出决算表'
 */
export function tableLabel(table: Table): string {
  return [table.formLabel, table.title].filter(Boolean).join(' ') || table.id;
}

/**
 * Short label of a row for messages: code and printed name.
 * @example rowLabel(row) // '2101101 行政单位医疗'
 */
export function rowLabel(row: Row): string {
  return [row.code, row.name].filter(Boolean).join(' ') || row.key || '?';
}

/**
 * Short label of a column for messages: the printed header path.
 * @example columnLabel(cell) // '本年支出/基本支出'
 */
export function columnLabel(cell: Cell): string {
  const header = cell.header.filter(Boolean).join('/');
  return header || cell.key || `第${cell.column + 1}列`;
}
