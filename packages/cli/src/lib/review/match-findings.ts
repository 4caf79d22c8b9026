import type { Cell, Finding, Report, Row } from '@budgetdoc/schema';

/** Findings of a report indexed by where they apply. */
export interface FindingIndex {
  /** Findings on a source line, keyed `page:line`. */
  readonly byLine: ReadonlyMap<string, readonly Finding[]>;
  /** Findings that name a table (and maybe a row/column), keyed by table id. */
  readonly byTable: ReadonlyMap<string, readonly Finding[]>;
}

/**
 * Index a report's findings by line and by table.
 * @param report the report
 * @returns the index
 * @example indexFindings(report).byLine.get('1:450')?.length
 */
export function indexFindings(report: Report): FindingIndex {
  const byLine = new Map<string, Finding[]>();
  const byTable = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const { where } = finding;
    if (where.line !== undefined) push(byLine, `${where.page ?? 1}:${where.line}`, finding);
    if (where.table !== undefined) push(byTable, where.table, finding);
  }
  return { byLine, byTable };
}

/**
 * Findings that point at one cell: same table, and the row (key, code or
 * name) and column (key, index or printed header) they name, when they name
 * one. A finding naming only the table or only a line is not a cell finding.
 * @param findings findings of the cell's table
 * @param row the cell's row
 * @param cell the cell
 * @returns the findings for this cell
 * @example cellFindings(index.byTable.get('t03') ?? [], row, cell)
 */
export function cellFindings(findings: readonly Finding[], row: Row, cell: Cell): Finding[] {
  return findings.filter((finding) => {
    const { where } = finding;
    if (where.row === undefined && where.column === undefined) return false;
    if (where.side !== undefined && row.side !== null && where.side !== row.side) return false;
    if (where.row !== undefined && !rowNamed(row, where.row)) return false;
    if (where.column !== undefined && !columnNamed(cell, where.column)) return false;
    // A row-only finding marks the row (see rowFindings), not each of its cells.
    return where.column !== undefined;
  });
}

/**
 * Findings that point at a row as a whole (row named, no column).
 * @param findings findings of the row's table
 * @param row the row
 * @returns the findings for this row
 * @example rowFindings(index.byTable.get('t03') ?? [], row)
 */
export function rowFindings(findings: readonly Finding[], row: Row): Finding[] {
  return findings.filter((f) => f.where.row !== undefined && f.where.column === undefined && rowNamed(row, f.where.row) && (f.where.side === undefined || row.side === null || f.where.side === row.side));
}

/**
 * Findings about a table that name neither row nor column.
 * @param findings findings of the table
 * @returns table-level findings
 * @example tableLevelFindings(index.byTable.get(table.id) ?? [])
 */
export function tableLevelFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.where.row === undefined && f.where.column === undefined);
}

function rowNamed(row: Row, name: string): boolean {
  return row.key === name || row.code === name || row.name === name || row.name === name.replace(/\s+/g, '');
}

function columnNamed(cell: Cell, name: string): boolean {
  return cell.key === name || String(cell.column) === name || cell.header.join('') === name.replace(/\s+/g, '') || cell.header.at(-1) === name || cell.header.join(' › ') === name;
}

function push(map: Map<string, Finding[]>, key: string, finding: Finding): void {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}
