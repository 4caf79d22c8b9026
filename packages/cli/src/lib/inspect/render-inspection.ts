import type { Report, Table } from '@budgetdoc/schema';
import type { SourceRow } from '../review/source-view.ts';
import { decisionsFromReport } from './decisions-from-report.ts';
import type { LineDecision, LineRole } from './line-role.ts';
import { renderTableRows, renderTableSummary } from './render-table-summary.ts';
import { reportNotes } from './report-notes.ts';
import type { TracedReport } from './trace-report.ts';
import { padDisplay, type TerminalStyle, truncateDisplay } from './terminal-style.ts';

/** What part of the report to show. */
export interface InspectFilter {
  /** Show only this table's lines, its columns and rows. */
  readonly table?: Table;
  /** Show only this page. */
  readonly page?: number;
  /** Show only lines in this range (inclusive; text: file lines, PDF: rows of each page). */
  readonly lines?: readonly [number, number];
  /** Display width for source text (default 70). */
  readonly textWidth?: number;
}

/**
 * The annotated terminal view of one report: a header with the metadata,
 * then every source line with page:line, its role, owner, text (tabs shown
 * as ┆ so cell boundaries are visible) and, under it, the extractor's reason
 * and the normalizer's keys and findings; each table's column decisions
 * follow its last line.
 * @param traced report, source rows and extractor decisions
 * @param style terminal styles
 * @param filter table or page to restrict the view to
 * @returns the lines to print
 * @example renderInspection(await traceReport(path), terminalStyle(false), {}).join('\n')
 */
export function renderInspection(traced: TracedReport, style: TerminalStyle, filter: InspectFilter = {}): string[] {
  const { report, source } = traced;
  const decisions = new Map<string, LineDecision>();
  for (const decision of traced.decisions ?? []) decisions.set(`${decision.page}:${decision.line}`, decision);
  if (!traced.decisions) for (const [key, decision] of decisionsFromReport(report)) decisions.set(key, decision);
  const notes = reportNotes(report);
  const out = header(report, style, traced.decisions === null, source.reconstructed);
  const table = filter.table;
  const rows = withTracedRows(source.rows, traced.decisions).filter((row) => (filter.page === undefined || row.page === filter.page) && (!filter.lines || (row.line >= filter.lines[0] && row.line <= filter.lines[1])) && (!table || belongsTo(row, table, decisions)));
  const lastLineOf = lastLines(report, decisions);
  if (table) out.push(...renderTableSummary(table, style), '');
  const width = filter.textWidth ?? 70;
  const firstRows = new Set<string>();
  for (const row of rows) {
    const key = `${row.page}:${row.line}`;
    const decision = decisions.get(key);
    const role = decision?.role ?? 'unknown';
    const level = role === 'heading' ? headingLevel(report, row) : '';
    const text = truncateDisplay(row.text.replace(/\t/g, ' ┆ ').trimEnd(), width);
    out.push(`${style.dim(key.padStart(8))} ${paintRole(style, role)(padDisplay(role + level, 13))} ${padDisplay(decision?.owner ?? '', 4)} ${style.dim('│')} ${text}`);
    const extra = [decision?.detail, boundaries(row, decision, source.format, firstRows), ...(notes.get(key) ?? [])].filter((note): note is string => Boolean(note));
    if (extra.length > 0) out.push(`${' '.repeat(28)}${style.dim('└')} ${extra.map((note) => (note.startsWith('!') ? style.red(note) : note.includes('∅') ? style.yellow(note) : style.dim(note))).join(style.dim(' · '))}`);
    const ending = lastLineOf.get(key);
    if (ending && !table) out.push(...renderTableSummary(ending, style).map((line) => `${' '.repeat(10)}${line}`));
  }
  if (table) out.push('', style.bold('rows:'), ...renderTableRows(table, style));
  const unplaced = report.tables.filter((t) => t.status === 'absent' && !table && filter.page === undefined && !filter.lines);
  if (unplaced.length > 0) out.push('', style.bold('announced but absent:'), ...unplaced.map((t) => `  ${t.id} ${t.formLabel ?? ''} ${t.title} → ${t.key ?? '∅'}${t.statusReason ? ` (${t.statusReason})` : ''}`));
  return out;
}

/** PDF rows are rebuilt from the report; lines the extractor traced but kept nothing from still get a (textless) row. */
function withTracedRows(rows: readonly SourceRow[], decisions: readonly LineDecision[] | null): readonly SourceRow[] {
  if (!decisions) return rows;
  const seen = new Set(rows.map((row) => `${row.page}:${row.line}`));
  const missing = decisions.filter((d) => !seen.has(`${d.page}:${d.line}`)).map((d) => ({ page: d.page, line: d.line, text: '' }));
  if (missing.length === 0) return rows;
  return [...rows, ...missing].sort((a, b) => a.page - b.page || a.line - b.line);
}

/** Cell boundaries of header lines and of each table's first body line: where the columns were cut. */
function boundaries(row: SourceRow, decision: LineDecision | undefined, format: string, firstRows: Set<string>): string | undefined {
  if (!row.spans || row.spans.length < 2 || !decision?.owner) return undefined;
  // Tab-separated text shows its boundaries as ┆ already; positions matter for space- and PDF-split lines.
  if (format !== 'pdf' && row.text.includes('\t')) return undefined;
  const first = decision.role === 'table-row' && !firstRows.has(decision.owner);
  if (decision.role !== 'table-header' && !first) return undefined;
  if (first) firstRows.add(decision.owner);
  const unit = format === 'pdf' ? 'x pt' : 'chars';
  return `cells at ${unit} ${row.spans.map(([start, end]) => `${Math.round(start)}–${Math.round(end)}`).join(' | ')}`;
}

function header(report: Report, style: TerminalStyle, derived: boolean, reconstructed: boolean): string[] {
  const { meta, source } = report;
  const cells = report.tables.reduce((sum, t) => sum + t.rows.reduce((s, r) => s + r.cells.length, 0), 0);
  const lines = [
    style.bold(`${report.id}`) + style.dim(` (${source.format}${source.encoding ? `, ${source.encoding}` : ''}, ${source.pages} page${source.pages === 1 ? '' : 's'})`),
    `unit ${meta.unit ?? '∅'} · year ${meta.year ?? '∅'} · ${meta.kind ?? '∅'} · ${meta.scope ?? '∅'} · money ${meta.moneyUnit ?? '∅'} · ${report.sections.length} sections · ${report.tables.length} tables · ${cells} cells · ${report.findings.length} findings`,
  ];
  if (derived) lines.push(style.yellow('note: the extractor gave no line trace for this input; roles are read back from provenance'));
  if (reconstructed) lines.push(style.yellow('note: PDF text rows are rebuilt from the extracted report (rows with nothing extracted are not shown)'));
  lines.push(style.dim(`    page:line role          own  │ text (┆ = tab)`), '');
  return lines;
}

function belongsTo(row: SourceRow, table: Table, decisions: Map<string, LineDecision>): boolean {
  const decision = decisions.get(`${row.page}:${row.line}`);
  if (decision?.owner === table.id) return true;
  // Without an owner (derived trace), fall back to the table's own provenance range.
  if (decision?.owner) return false;
  const places = [table.prov, ...table.rows.map((r) => r.prov)];
  return places.some((p) => p.page === row.page && p.line === row.line);
}

function lastLines(report: Report, decisions: Map<string, LineDecision>): Map<string, Table> {
  const last = new Map<string, string>();
  for (const decision of decisions.values()) if (decision.owner?.startsWith('t')) last.set(decision.owner, `${decision.page}:${decision.line}`);
  const byLine = new Map<string, Table>();
  for (const table of report.tables) {
    const key = last.get(table.id);
    if (key) byLine.set(key, table);
  }
  return byLine;
}

function headingLevel(report: Report, row: SourceRow): string {
  const section = report.sections.find((s) => s.prov.page === row.page && s.prov.line === row.line);
  return section ? `/${section.level}` : '';
}

function paintRole(style: TerminalStyle, role: LineRole | 'unknown'): (text: string) => string {
  switch (role) {
    case 'heading':
      return (text) => style.bold(style.blue(text));
    case 'table-title':
      return (text) => style.bold(style.magenta(text));
    case 'table-header':
    case 'table-meta':
      return style.magenta;
    case 'table-row':
      return style.green;
    case 'table-note':
    case 'toc':
      return style.cyan;
    case 'performance':
      return style.yellow;
    case 'blank':
    case 'ignored':
    case 'page-break':
    case 'unknown':
      return style.dim;
    default:
      return (text) => text;
  }
}
