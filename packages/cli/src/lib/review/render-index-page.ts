import { escapeHtml } from './escape-html.ts';
import { renderPageShell } from './render-page-shell.ts';
import type { ReportSummary } from './summarize-report.ts';

/**
 * The review index: one line per report with counts of tables (with data /
 * total), cells, findings (errors, warnings), unknown sections, unmatched
 * rows and unknown tables, each linking to the report's page.
 * @param summaries one per report, in display order
 * @param failures reports that could not be read, with the reason
 * @returns the HTML document
 * @example renderIndexPage([summarizeReport(report, 'a.html')], [])
 */
export function renderIndexPage(summaries: readonly ReportSummary[], failures: readonly { file: string; reason: string }[] = []): string {
  const total = (pick: (s: ReportSummary) => number) => summaries.reduce((sum, s) => sum + pick(s), 0);
  const head = ['report', 'unit', 'year', 'kind', 'fmt', 'tables (data/all)', 'cells', 'findings', 'errors', 'warnings', 'unknown sections', 'unmatched rows', 'unknown tables'];
  const rows = summaries.map(
    (s) =>
      `<tr><td><a href="${escapeHtml(encodeURIComponent(s.page))}">${escapeHtml(s.id)}</a></td><td>${escapeHtml(s.unit ?? '∅')}</td><td>${s.year ?? '∅'}</td><td>${escapeHtml(s.kind ?? '∅')}</td><td>${escapeHtml(s.format)}</td>` +
      `<td class="n">${s.tablesWithData}/${s.tables}</td><td class="n">${s.cells}</td><td class="n">${s.findings}</td>${n(s.errors, 'unknown')}${n(s.warnings, '')}${n(s.unknownSections, 'unknown')}${n(s.unmatchedRows, 'unmatched')}${n(s.unknownTables, 'unknown')}</tr>`,
  );
  const failed = failures.length === 0 ? '' : `<h2 style="margin:0 16px">Not shown</h2><ul>${failures.map((f) => `<li>${escapeHtml(f.file)}: ${escapeHtml(f.reason)}</li>`).join('')}</ul>`;
  const body = `<header class="top"><h1>budgetdoc review</h1><div class="meta">${summaries.length} reports · ${total((s) => s.tables)} tables · ${total((s) => s.cells)} cells · ${total((s) => s.findings)} findings</div></header>
<table class="index"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${failed}`;
  return renderPageShell('budgetdoc review', body);
}

function n(value: number, flag: string): string {
  return `<td class="n${value > 0 && flag ? ' flag' : ''}">${value}</td>`;
}
