import type { Finding, Report } from '@budgetdoc/schema';
import { escapeHtml } from './escape-html.ts';
import { pageAnchor, sourceAnchor } from './source-anchor.ts';
import type { SourceRow, SourceView } from './source-view.ts';

/** Options of {@link renderSourcePane}. */
export interface SourcePaneOptions {
  /** Rendered page images by page number, relative to the review folder. */
  readonly pageImages?: ReadonlyMap<number, string>;
}

/**
 * The source column of a report page: every line (text) or text row (PDF)
 * with its anchor (`L123` / `P3-L12`), tabs drawn as thin separators, the
 * line's role (heading, table) as a class, lines with findings highlighted
 * with the messages as tooltip, and a back link to the first table row read
 * from the line. PDFs get one block per page (`P3`), with the page image
 * when one was rendered.
 * @param report the report
 * @param source its source rows
 * @param findingsByLine findings keyed `page:line`
 * @param options page images
 * @returns an HTML fragment
 * @example renderSourcePane(report, view, index.byLine)
 */
export function renderSourcePane(report: Report, source: SourceView, findingsByLine: ReadonlyMap<string, readonly Finding[]>, options: SourcePaneOptions = {}): string {
  const roles = lineRoles(report);
  const out: string[] = [];
  if (source.reconstructed) out.push('<p class="meta" style="padding:0 8px">Text rows rebuilt from the extracted report (the raw PDF rows are not available); rows with nothing extracted are missing.</p>');
  const pdf = source.format === 'pdf';
  let page = 0;
  const byPage = pdf ? pagesOf(source) : null;
  for (const row of source.rows) {
    if (pdf && row.page !== page) {
      for (let p = page + 1; p <= row.page; p++) out.push(pageHead(p, options.pageImages, byPage));
      page = row.page;
    }
    out.push(renderLine(row, source.format, roles.get(`${row.page}:${row.line}`), findingsByLine.get(`${row.page}:${row.line}`)));
  }
  if (pdf) for (let p = page + 1; p <= source.pages; p++) out.push(pageHead(p, options.pageImages, byPage));
  return out.join('\n');
}

function pageHead(page: number, images: ReadonlyMap<number, string> | undefined, rowsByPage: ReadonlySet<number> | null): string {
  const image = images?.get(page);
  const empty = rowsByPage && !rowsByPage.has(page) ? ' <span class="meta">(no text extracted)</span>' : '';
  return `<div class="page-head" id="${pageAnchor(page)}">page ${page}${empty}</div>${image ? `<img class="page-img" src="${escapeHtml(image)}" alt="page ${page}" loading="lazy">` : ''}`;
}

function pagesOf(source: SourceView): Set<number> {
  return new Set(source.rows.map((row) => row.page));
}

function renderLine(row: SourceRow, format: string, role: LineRole | undefined, findings: readonly Finding[] | undefined): string {
  const id = sourceAnchor(format, row);
  const classes = ['ln', role ? `r-${role.kind}` : '', findings ? 'finding' : ''].filter(Boolean).join(' ');
  const title = findings ? ` title="${escapeHtml(findings.map((f) => `${f.severity} ${f.code}: ${f.message}`).join('\n'))}"` : '';
  const text = row.text.split('\t').map(escapeHtml).join('<span class="tab">\t</span>');
  const back = role?.target ? `<a class="back" href="#${escapeHtml(role.target)}" title="extracted as ${escapeHtml(role.target)}">→${escapeHtml(role.label)}</a>` : '';
  const number = format === 'pdf' ? `${row.page}:${row.line}` : String(row.line);
  return `<div class="${classes}" id="${id}"${title}><a class="no" href="#${id}">${number}</a><span class="tx">${text}</span>${back}</div>`;
}

interface LineRole {
  readonly kind: 'heading' | 'table';
  readonly target?: string;
  readonly label: string;
}

/** Roles visible from the report itself: heading lines, table titles and body rows (with a link back). */
function lineRoles(report: Report): Map<string, LineRole> {
  const roles = new Map<string, LineRole>();
  for (const section of report.sections) roles.set(`${section.prov.page}:${section.prov.line}`, { kind: 'heading', label: section.key ?? '∅' });
  for (const table of report.tables) {
    if (table.status === 'absent') continue;
    const titleKey = `${table.prov.page}:${table.prov.line}`;
    if (!roles.has(titleKey)) roles.set(titleKey, { kind: 'table', target: table.id, label: table.id });
    table.rows.forEach((row, r) => {
      const key = `${row.prov.page}:${row.prov.line}`;
      if (!roles.has(key)) roles.set(key, { kind: 'table', target: `${table.id}-r${r}`, label: table.id });
    });
  }
  return roles;
}
