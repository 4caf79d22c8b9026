import type { Column, Finding, Row, Table } from '@budgetdoc/schema';
import { schemeOfCode } from './catalog.ts';
import { fixOcrSlips } from './fix-ocr-slips.ts';
import { keyTableRows } from './key-table-rows.ts';
import { withCodeFromName } from './with-code-from-name.ts';
import { matchColumnHeader } from './match-column-header.ts';
import { type CodeScheme, type ReportKind, matchTableTitle } from './match-table-title.ts';
import { normalizerFinding } from './normalizer-finding.ts';

/**
 * Scheme of the subject codes printed in a table body (majority of coded
 * rows), the content evidence for function vs economic variants.
 * @param table extracted table
 * @returns 'function', 'economic' or null
 * @example bodyCodeScheme(table) // 'economic'
 */
export function bodyCodeScheme(table: Table): CodeScheme {
  let functionRows = 0;
  let economicRows = 0;
  for (const printed of table.rows) {
    const row = withCodeFromName(printed);
    const scheme = row.code ? schemeOfCode(row.code) : null;
    if (scheme === 'function') functionRows++;
    else if (scheme) economicRows++;
  }
  if (functionRows + economicRows < 2) return null;
  return economicRows > functionRows ? 'economic' : 'function';
}

/**
 * Key one table: table key from its title (form label and kind as support,
 * body codes as content evidence), column keys from header paths, every
 * cell's key from its column, row keys from codes and labels; with findings
 * for every guess and every problem.
 * @param table extracted table (keys null)
 * @param kind report kind
 * @param year report year
 * @returns the keyed table and findings
 * @example normalizeTable(table, 'final').table.key // 'income'
 */
export function normalizeTable(table: Table, kind: ReportKind | null, year: number | null = null): { table: Table; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = { table: table.id, page: table.prov.page, line: table.prov.line };
  const match = matchTableTitle({ title: table.title, formLabel: table.formLabel, formNo: table.formNo, kind, codeScheme: bodyCodeScheme(table) });
  const key = match.key ?? table.key;
  const evidence = { title: table.title, formLabel: table.formLabel, core: match.core, alias: match.alias, qualifiers: match.qualifiers, adjustments: match.adjustments };
  if (match.key === null) findings.push(normalizerFinding('TABLE_UNKNOWN', 'warning', `table title "${table.title}" matches no table key`, where, { evidence }));
  else if (match.via === 'fuzzy') findings.push(normalizerFinding('TABLE_FUZZY_MATCH', 'info', `table title "${table.title}" read as ${match.key}`, { ...where, tableKey: match.key }, { score: match.score, evidence }));
  else if (match.via === 'form-number') findings.push(normalizerFinding('TABLE_KEY_FROM_FORM_NUMBER', 'warning', `table "${table.title}" keyed ${match.key} from its form number only`, { ...where, tableKey: match.key }, { score: match.score, evidence }));
  if (match.adjustments.some((note) => note.startsWith('content'))) findings.push(normalizerFinding('TABLE_KEY_FROM_CONTENT', 'info', `table "${table.title}" keyed ${key} because ${match.adjustments.join('; ')}`, { ...where, tableKey: key ?? undefined }, { evidence }));
  const slips = new Map<string, string>();
  for (const slip of match.slips) slips.set(slip.printed, slip.read);
  for (const cell of table.headerRows.flat()) for (const slip of fixOcrSlips(cell).slips) slips.set(slip.printed, slip.read);
  const columns = table.columns.map((column): Column => {
    const found = matchColumnHeader(column.header, key, year);
    for (const slip of found.slips) slips.set(slip.printed, slip.read);
    const columnWhere = { ...where, tableKey: key ?? undefined, column: column.header.join('/') || String(column.index) };
    if (found.via === 'fuzzy') findings.push(normalizerFinding('COLUMN_FUZZY_MATCH', 'info', `header "${column.header.join('/')}" read as ${found.key}`, columnWhere, { score: found.score, evidence: { header: column.header, matched: found.label } }));
    if (found.key === null && column.header.length > 0) findings.push(normalizerFinding('COLUMN_UNKNOWN', 'info', `header "${column.header.join('/')}" matches no column key`, columnWhere, { evidence: { header: column.header } }));
    return { ...column, key: found.key ?? column.key, side: column.side ?? found.side };
  });
  for (const [printed, read] of slips) findings.push(normalizerFinding('OCR_SLIP', 'info', `"${printed}" read as "${read}"`, { ...where, tableKey: key ?? undefined }, { expected: read, actual: printed }));
  const keyed: Table = { ...table, key, columns, rows: table.rows.map((row) => withNameFromColumns(withColumnSide(row, columns), columns)) };
  const rows = keyTableRows(keyed);
  const withCells = rows.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, key: columns[cell.column]?.key ?? cell.key })) }));
  return { table: { ...keyed, rows: withCells }, findings: [...findings, ...rows.findings] };
}

/**
 * A row without a side whose cells all lie in columns of one side (收入 › 金额,
 * the side known only from the header path) belongs to that side: its label
 * sits in that side's label column.
 */
function withColumnSide(row: Row, columns: readonly Column[]): Row {
  if (row.side !== null || row.cells.length === 0) return row;
  const sides = new Set(row.cells.map((cell) => columns[cell.column]?.side ?? null));
  const [side] = sides;
  return sides.size === 1 && side ? { ...row, side } : row;
}

/**
 * A row whose label column is blank but which prints its name in a column
 * headed as a name (专项名称, 采购物品名称: tree-like tables print each level
 * in its own column) is named by the innermost of them.
 */
function withNameFromColumns(row: Row, columns: readonly Column[]): Row {
  if (row.name !== '') return row;
  const named = row.cells.filter((cell) => columns[cell.column]?.key === 'name' && cell.value.kind === 'text' && cell.value.printed.trim() !== '');
  const innermost = named.at(-1);
  return innermost && innermost.value.kind === 'text' ? { ...row, name: innermost.value.printed.replace(/\s+/g, '') } : row;
}
