import type { Finding, Report } from '@budgetdoc/schema';
import { escapeHtml } from './escape-html.ts';
import { indexFindings } from './match-findings.ts';
import { renderPageShell } from './render-page-shell.ts';
import { renderSourcePane, type SourcePaneOptions } from './render-source-pane.ts';
import { renderTableHtml } from './render-table-html.ts';
import { sourceAnchor } from './source-anchor.ts';
import type { SourceView } from './source-view.ts';

/**
 * The review page of one report: metadata and counts on top, then the source
 * (left) beside the extracted sections, findings and tables (right). Links
 * run both ways: cell → source line, source line → table row.
 * @param report the report
 * @param source its source rows
 * @param options page images for PDFs
 * @returns the HTML document
 * @example renderReportPage(report, await readSourceView(path, report))
 */
export function renderReportPage(report: Report, source: SourceView, options: SourcePaneOptions = {}): string {
  const findings = indexFindings(report);
  const format = report.source.format;
  const { meta } = report;
  const cells = report.tables.reduce((sum, t) => sum + t.rows.reduce((s, r) => s + r.cells.length, 0), 0);
  const headerHtml = `<header class="top"><h1><a href="index.html">review</a> / ${escapeHtml(report.id)}</h1>
<div class="meta">${escapeHtml(report.source.file)} · ${escapeHtml(format)}${report.source.encoding ? ` ${escapeHtml(report.source.encoding)}` : ''} · ${report.source.pages} pages · unit ${escapeHtml(meta.unit ?? '∅')} · year ${meta.year ?? '∅'} · ${escapeHtml(meta.kind ?? '∅')} · ${escapeHtml(meta.scope ?? '∅')} · ${escapeHtml(meta.moneyUnit ?? '∅')} · ${report.tables.length} tables · ${cells} cells · ${report.findings.length} findings</div></header>`;
  const right = [renderSections(report), renderFindings(report.findings, format), renderTableList(report), ...report.tables.map((table) => renderTableHtml(table, format, findings.byTable.get(table.id) ?? []))];
  const body = `${headerHtml}
<div class="split">
<div class="source" id="source">
${renderSourcePane(report, source, findings.byLine, options)}
</div>
<div class="extracted">
${right.join('\n')}
</div>
</div>`;
  return renderPageShell(`${report.id} · budgetdoc review`, body);
}

function renderSections(report: Report): string {
  const format = report.source.format;
  const unknown = report.sections.filter((s) => s.key === null).length;
  const items = report.sections.map((s) => {
    const key = s.key === null ? '<span class="unknown">unknown section</span>' : `<span class="key">${escapeHtml(s.key)}</span>`;
    return `<li style="margin-left:${(s.level - 1) * 12}px"><a href="#${sourceAnchor(format, s.prov)}">${escapeHtml(s.numbering && !s.title.startsWith(s.numbering) ? `${s.numbering} ${s.title}` : s.title)}</a> ${key}</li>`;
  });
  return `<details${unknown > 0 ? ' open' : ''}><summary>${report.sections.length} sections (${unknown} unknown)</summary><ul class="findings">${items.join('')}</ul></details>`;
}

function renderFindings(findings: readonly Finding[], format: string): string {
  const items = findings.map((f) => {
    const place = f.where.line !== undefined ? ` <a href="#${sourceAnchor(format, { page: f.where.page ?? 1, line: f.where.line })}">line ${f.where.page !== undefined && format === 'pdf' ? `${f.where.page}:` : ''}${f.where.line}</a>` : f.where.page !== undefined ? ` <a href="#P${f.where.page}">page ${f.where.page}</a>` : '';
    const table = f.where.table ? ` <a href="#${escapeHtml(f.where.table)}">${escapeHtml(f.where.table)}</a>` : '';
    const detail = [f.where.row, f.where.column].filter(Boolean).join(' / ');
    return `<li class="${f.severity}">${escapeHtml(f.code)}${table}${place}${detail ? ` <span class="key">${escapeHtml(detail)}</span>` : ''}: ${escapeHtml(f.message)}${f.expected !== undefined ? ` (expected ${escapeHtml(f.expected)}, printed ${escapeHtml(f.actual ?? '')})` : ''}</li>`;
  });
  const serious = findings.some((f) => f.severity !== 'info');
  return `<details${serious ? ' open' : ''}><summary>${findings.length} findings</summary><ul class="findings">${items.join('')}</ul></details>`;
}

function renderTableList(report: Report): string {
  const items = report.tables.map((t) => `<li><a href="#${escapeHtml(t.id)}">${escapeHtml(t.id)}</a> ${escapeHtml(t.formLabel ?? '')} ${escapeHtml(t.title)} ${t.key === null ? '<span class="unknown">unknown</span>' : `<span class="key">${escapeHtml(t.key)}</span>`} <span class="badge ${t.status}">${t.status}</span></li>`);
  return `<details open><summary>${report.tables.length} tables</summary><ul class="findings">${items.join('')}</ul></details>`;
}
