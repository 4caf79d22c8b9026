import type { Finding, MoneyUnit, Table } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';
import { type AssembleLine, lineText } from './assemble-line.ts';
import type { LineTrace } from './line-trace.ts';
import { alignSpacedGrid } from './align-spaced-grid.ts';
import { parseGridTable } from './parse-grid-table.ts';
import { tableLineKind } from './table-block-lines.ts';
import { formLabel, issuingUnitOf, moneyUnitOf, titleCore, trailingFormLabel } from './table-line-kinds.ts';

/** A table built from a block, with what the assembler needs besides. */
export interface BuiltTable {
  readonly table: Table;
  readonly findings: Finding[];
  readonly roles: Map<SourceLine, Pick<LineTrace, 'role' | 'detail'>>;
  /** Issuing unit named above the table, if any. */
  readonly issuer: string | null;
}

/**
 * A table block (title, label, meta lines, grid, notes) → Table with keys
 * left null. Status: data when any amount is printed, illegible when a
 * placeholder stands where the body should be, else empty.
 * @param block the block's lines (blank lines included)
 * @param context file and the id to give the table
 * @returns the table and its line roles
 * @example buildTable(lines.slice(438, 482), { file: 'r.txt', tableId: 't01' }).table.status // 'data'
 */
export function buildTable(block: readonly AssembleLine[], context: { file: string; tableId: string }): BuiltTable {
  const roles: BuiltTable['roles'] = new Map();
  const grid: AssembleLine[] = [];
  const notes: string[] = [];
  let title: string | null = null;
  let label: ReturnType<typeof formLabel> = null;
  let unit: MoneyUnit | null = null;
  let issuer: string | null = null;
  let illegible: string | null = null;
  for (const line of block) {
    const kind = tableLineKind(line);
    const text = lineText(line);
    if (kind === 'blank') roles.set(line, { role: 'blank' });
    else if (kind === 'title' && title === null) {
      const split: ReturnType<typeof trailingFormLabel> = label === null ? trailingFormLabel(text) : null;
      title = split?.title ?? text;
      if (split) label = split.label;
      roles.set(line, { role: 'table-title', detail: 'title ends in 表' });
    } else if (kind === 'label' && label === null) {
      label = formLabel(text);
      if (label?.rest && title === null) title = label.rest;
      roles.set(line, { role: 'table-title', detail: `form label ${label?.label ?? text}` });
    } else if (kind === 'unit') {
      unit ??= moneyUnitOf(text);
      issuer ??= issuingUnitOf(text);
      roles.set(line, { role: 'table-meta', detail: `money unit ${moneyUnitOf(text) ?? ''}` });
    } else if (kind === 'issuer') {
      issuer ??= issuingUnitOf(text);
      roles.set(line, { role: 'table-meta', detail: 'issuing unit' });
    } else if (kind === 'year') roles.set(line, { role: 'table-meta', detail: 'year line' });
    else if (kind === 'illegible') {
      illegible = text;
      roles.set(line, { role: 'table-meta', detail: 'illegible placeholder' });
    } else if (kind === 'note' || (kind === null && grid.length > 0)) {
      notes.push(text);
      roles.set(line, { role: 'table-note', detail: kind === 'note' ? 'note' : 'text after the grid' });
    } else if (kind === 'grid') grid.push(line);
    else if (title === null && label !== null && grid.length === 0 && /表$/.test(titleCore(text, 60) ?? '')) {
      // A form label on its own line (表2) names the next line as the title, whatever words it uses.
      title = text.trim();
      roles.set(line, { role: 'table-title', detail: 'title under the form label' });
    } else roles.set(line, { role: 'table-meta', detail: 'subtitle' });
  }
  // Space-separated grids (pdftotext -layout) get common column positions first.
  const spaced = grid.length > 0 && grid.every((line) => line.split === 'spaces' || line.split === 'none');
  const gridLines = spaced ? alignSpacedGrid(grid) : grid;
  const original = new Map<SourceLine, SourceLine>(gridLines.map((line, i) => [line, grid[i] as SourceLine]));
  const parsed = grid.length > 0 ? parseGridTable(gridLines, context) : null;
  for (const [line, role] of parsed?.roles ?? []) roles.set(original.get(line) ?? line, role);
  const rows = parsed?.rows ?? [];
  const hasAmounts = rows.some((row) => row.cells.some((c) => c.value.kind === 'number' || c.value.kind === 'percent'));
  // Amounts printed in lines that form no grid: the table is there but unread; never call it empty.
  const stray = block.filter((line) => roles.get(line)?.role !== 'table-title' && /\d\.\d{2}(?!\d)/.test(lineText(line)) && !grid.includes(line));
  const unread = !hasAmounts && stray.length > 0;
  const status: Table['status'] = hasAmounts ? 'data' : unread ? 'absent' : illegible !== null && rows.length === 0 ? 'illegible' : 'empty';
  const statusReason = status === 'illegible' ? `placeholder ${illegible} instead of the table body` : unread ? 'amounts printed outside a recognisable grid; not read' : status === 'empty' ? (grid.length > 0 ? 'printed without amounts' : 'no table body printed') : null;
  const findings = [...(parsed?.findings ?? [])];
  const firstStray = stray[0];
  if (unread && firstStray) findings.push({ code: 'TABLE_GRID_NOT_FOUND', severity: 'warning', source: 'extractor', message: `${stray.length} line(s) with amounts under this table form no grid`, where: { table: context.tableId, page: firstStray.page, line: firstStray.line } });
  const first = block.find((line) => roles.get(line)?.role !== 'blank') ?? block[0];
  const pages = [...new Set(block.filter((line) => roles.get(line)?.role !== 'blank').map((line) => line.page))];
  const table: Table = {
    id: context.tableId,
    key: null,
    formNo: label?.no ?? null,
    formLabel: label?.label ?? null,
    title: title ?? label?.label ?? '',
    unit,
    status,
    statusReason,
    headerRows: parsed?.headerRows ?? [],
    columns: parsed?.columns ?? [],
    rows,
    notes,
    pages: pages.length > 0 ? pages : [1],
    prov: { file: context.file, page: first?.page ?? 1, line: first?.line ?? 1 },
  };
  return { table, findings, roles, issuer };
}
