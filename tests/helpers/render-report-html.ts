import type { Column, Report, Row, Table } from '@budgetdoc/schema';
import { processBytes } from '@budgetdoc/pipeline';
import type { Browser } from 'playwright-core';

/**
 * How a report's tables are drawn, so one extracted report can be printed
 * again in layouts the PDF corpus does not have (a producer the reader has
 * never seen):
 * - `ruled`: every cell boxed (stroked borders of a browser's PDF);
 * - `borderless`: three-line tables, columns known only by alignment;
 * - `split-codes`: ruled, subject codes printed as 类 / 款 / 项 columns;
 * - `narrow`: ruled on a portrait page, so long labels and headers wrap inside their cells;
 * - `dense`: borderless in a small font with tight padding (big tables squeezed onto a page).
 */
export type RenderVariant = 'ruled' | 'borderless' | 'split-codes' | 'narrow' | 'dense';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BOXED = 'table{border-collapse:collapse} th,td{border:0.75pt solid #000}';
const STYLE: Record<RenderVariant, string> = {
  ruled: BOXED,
  'split-codes': BOXED,
  dense: 'body{font-size:6.5pt} td{padding:0.5pt 1.5pt} th{padding:0.5pt} table{border-collapse:collapse;border-top:1pt solid #000;border-bottom:1pt solid #000} thead tr:last-child th{border-bottom:0.5pt solid #000}',
  narrow: `@page{size:A4 portrait} ${BOXED} td.name{width:22%}`,
  borderless: 'table{border-collapse:collapse;border-top:1.2pt solid #000;border-bottom:1.2pt solid #000} thead tr:last-child th{border-bottom:0.75pt solid #000}',
};

/** A run of value columns printed side by side with its own label columns (收入 | 支出 halves of a summary table). */
interface Block {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** Side tables print each side (and each repeated column group of a side) as its own block of label + value columns. */
function blocks(table: Table): Block[] {
  const groups: Column[][] = [];
  for (const column of table.columns) {
    const last = groups[groups.length - 1];
    const repeats = last?.some((c) => c.header.join('/') === column.header.join('/'));
    if (last && last[0]?.side === column.side && !repeats) last.push(column);
    else groups.push([column]);
  }
  const blockOf = (row: Row): number => {
    const first = row.cells[0];
    if (first) return groups.findIndex((g) => g.some((c) => c.index === first.column));
    return Math.max(0, groups.findIndex((g) => g[0]?.side === row.side));
  };
  return groups.map((columns, b) => ({ columns, rows: table.rows.filter((row) => blockOf(row) === b) }));
}

/** Code columns of a block: none, one 科目编码 column, or 类/款/项 pieces. */
function codeParts(rows: readonly Row[], variant: RenderVariant): string[] {
  const codes = rows.map((r) => r.code).filter((c): c is string => c !== null);
  if (codes.length === 0) return [];
  if (variant !== 'split-codes' || !codes.every((c) => /^\d{3}(?:\d{2}){0,2}$/.test(c))) return ['科目编码'];
  const depth = Math.max(...codes.map((c) => (c.length - 1) / 2));
  return ['类', '款', '项'].slice(0, depth + 1);
}

function splitCode(code: string | null, parts: number): string[] {
  if (parts === 1) return [code ?? ''];
  const pieces = code ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)] : [];
  return Array.from({ length: parts }, (_, i) => pieces[i] ?? '');
}

/**
 * Header rows of a block: label columns span the header rows under the
 * block's side label (收入 over 项目 | 行次 | 金额, as summary tables print
 * it), value headers merge shared prefixes.
 */
function headerRows(block: Block, labels: readonly string[], depth: number): string[] {
  const rows: string[][] = Array.from({ length: depth }, () => []);
  const sideLabel = block.columns[0]?.side !== null && depth > 1 ? (block.columns[0]?.header[0] ?? null) : null;
  const spanned = sideLabel !== null && block.columns.every((c) => c.header[0] === sideLabel && c.header.length > 1);
  const top = spanned ? 1 : 0;
  if (spanned) rows[0]?.push(`<th colspan="${labels.length + block.columns.length}">${esc(sideLabel)}</th>`);
  labels.forEach((label) => rows[top]?.push(`<th rowspan="${depth - top}">${esc(label)}</th>`));
  for (let level = top; level < depth; level++) {
    let i = 0;
    while (i < block.columns.length) {
      const path = (block.columns[i] as Column).header;
      if (level >= path.length) {
        i++;
        continue;
      }
      const isLast = level === path.length - 1;
      let span = 1;
      if (!isLast) {
        const prefix = path.slice(0, level + 1).join('/');
        while (i + span < block.columns.length && (block.columns[i + span] as Column).header.slice(0, level + 1).join('/') === prefix && (block.columns[i + span] as Column).header.length > level + 1) span++;
      }
      // A column whose path is shorter than the deepest one stretches down to the last header row.
      rows[level]?.push(`<th colspan="${span}" rowspan="${isLast ? depth - level : 1}">${esc(path[level] ?? '')}</th>`);
      i += span;
    }
  }
  return rows.map((cells) => `<tr>${cells.join('')}</tr>`);
}

function renderTable(table: Table, variant: RenderVariant): string {
  const parts = blocks(table).map((block) => {
    const codes = codeParts(block.rows, variant);
    const hasLineNo = block.rows.some((r) => r.lineNo !== null);
    const labels = [...codes, block.columns.some((c) => c.side !== null) || codes.length === 0 ? '项目' : '科目名称', ...(hasLineNo ? ['行次'] : [])];
    return { block, codes, hasLineNo, labels };
  });
  const depth = Math.max(1, ...table.columns.map((c) => c.header.length));
  const head = parts.map((p) => headerRows(p.block, p.labels, depth));
  const headHtml = Array.from({ length: depth }, (_, level) => `<tr>${head.map((rows) => rows[level]?.replace(/^<tr>|<\/tr>$/g, '') ?? '').join('')}</tr>`).join('');
  const height = Math.max(...parts.map((p) => p.block.rows.length));
  const body: string[] = [];
  for (let r = 0; r < height; r++) {
    const cells: string[] = [];
    for (const { block, codes, hasLineNo } of parts) {
      const row = block.rows[r];
      const width = codes.length + 1 + (hasLineNo ? 1 : 0) + block.columns.length;
      if (!row) {
        cells.push('<td></td>'.repeat(width));
        continue;
      }
      if (codes.length > 0) for (const piece of splitCode(row.code, codes.length)) cells.push(`<td class="code">${esc(piece)}</td>`);
      cells.push(`<td class="name">${esc(row.name)}</td>`);
      if (hasLineNo) cells.push(`<td class="code">${esc(row.lineNo ?? '')}</td>`);
      for (const column of block.columns) {
        const cell = row.cells.find((c) => c.column === column.index);
        cells.push(`<td class="num">${esc(cell?.value.printed ?? '')}</td>`);
      }
    }
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  const unit = table.unit ? `<p class="unit">单位：${esc(table.unit)}</p>` : '';
  const label = table.formLabel ? `<p class="form">${esc(table.formLabel)}</p>` : '';
  return `<section>${label}<h2>${esc(table.title)}</h2>${unit}<table><thead>${headHtml}</thead><tbody>${body.join('')}</tbody></table></section>`;
}

/** The tables {@link renderReportHtml} prints: data tables with value columns, not 绩效 tables (they have their own reader). */
export const isRendered = (table: Table): boolean => table.status === 'data' && table.columns.length > 0 && !/绩效/.test(table.title);

/**
 * The data tables of a report (not 绩效 tables: those have their own reader)
 * as one printable HTML page.
 * @param report an extracted report
 * @param variant how tables are drawn
 * @returns the HTML document
 * @example renderReportHtml(await corpusReport('s001'), 'ruled')
 */
export function renderReportHtml(report: Report, variant: RenderVariant): string {
  const tables = report.tables.filter(isRendered);
  const css = `@page{size:A4 landscape;margin:15mm} body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:9pt} section{break-before:page} h2{text-align:center;font-size:14pt} p.unit{text-align:right} table{width:100%} th{font-weight:normal;padding:2pt} td{padding:2pt 3pt} td.num{text-align:right;white-space:nowrap} td.code{white-space:nowrap} ${STYLE[variant]}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${tables.map((t) => renderTable(t, variant)).join('')}</body></html>`;
}

/**
 * Print a report's tables with Chromium and read the PDF back through the full pipeline.
 * @returns the PDF bytes and the report read from them
 * @example const { actual } = await reprint(browser, report, 'ruled', 's001.ruled.pdf')
 */
export async function reprint(browser: Browser, report: Report, variant: RenderVariant, file: string): Promise<{ pdf: Uint8Array; actual: Report }> {
  const page = await browser.newPage();
  try {
    await page.setContent(renderReportHtml(report, variant));
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
    return { pdf, actual: await processBytes(pdf, file) };
  } finally {
    await page.close();
  }
}
