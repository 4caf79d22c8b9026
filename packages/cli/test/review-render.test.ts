import { Report } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../src/lib/review/escape-html.ts';
import { pdfRowsFromReport } from '../src/lib/review/pdf-rows-from-report.ts';
import { textRows } from '../src/lib/review/read-source-view.ts';
import { renderIndexPage } from '../src/lib/review/render-index-page.ts';
import { renderReportPage } from '../src/lib/review/render-report-page.ts';
import { summarizeReport } from '../src/lib/review/summarize-report.ts';
import { SMALL_SOURCE, smallReport } from './fixtures/small-report.ts';

const view = () => ({ format: 'txt' as const, rows: textRows(SMALL_SOURCE), reconstructed: false, pages: 1 });

describe('review pages', () => {
  test('should use a schema-valid fixture', () => {
    expect(() => Report.parse(smallReport())).not.toThrow();
  });

  test('should escape everything that comes from a report', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderReportPage(smallReport(), view());
    expect(html).not.toContain('<script>');
    expect(html).toContain('其他&lt;script&gt;');
  });

  test('should start with a UTF-8 charset and load nothing from the network', () => {
    const html = renderReportPage(smallReport(), view());
    expect(html.slice(0, 120)).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  test('should anchor every source line and link each cell to its line', () => {
    const html = renderReportPage(smallReport(), view());
    for (let line = 1; line <= 7; line++) expect(html).toContain(`id="L${line}"`);
    expect(html).toMatch(/<td id="t01-r0-c0" class="num finding"><a href="#L6" title="[^"]*source: fixtures\/small.txt page 1 line 6[^"]*">945.84<\/a><\/td>/);
    expect(html).toMatch(/<td id="t01-r2-c0" class="num"><a href="#L7"[^>]*>1,000.00<\/a>/);
    expect(html).toContain('<td id="t01-r1-c1" class="dash"><a href="#L6"');
  });

  test('should mark findings on cells, rows and lines, and unknown keys', () => {
    const html = renderReportPage(smallReport(), view());
    expect(html).toMatch(/<td id="t01-r0-c0" class="num finding"><a [^>]*title="[^"]*error SUM_MISMATCH: total ≠ sum/);
    expect(html).toContain('<tr id="t01-r2" class="finding">');
    expect(html).toMatch(/<div class="ln r-heading finding" id="L1" title="info SECTION_UNKNOWN/);
    expect(html).toContain('<span class="unmatched" title="row name matches no key">其他&lt;script&gt;</span>');
    expect(html).toContain('<span class="unknown">unknown section</span>');
    expect(html).toContain('<a class="back" href="#t01-r0"');
  });

  test('should summarise reports for the index', () => {
    const summary = summarizeReport(smallReport(), 'small.html');
    expect(summary).toMatchObject({ tables: 1, tablesWithData: 1, cells: 3, findings: 3, errors: 1, warnings: 1, unknownSections: 1, unmatchedRows: 1 });
    const html = renderIndexPage([summary], [{ file: 'broken.json', reason: 'not JSON' }]);
    expect(html).toContain('<a href="small.html">small</a>');
    expect(html).toContain('broken.json: not JSON');
  });

  test('should rebuild PDF rows from the report when raw rows are unavailable', () => {
    const pdf = smallReport();
    const rows = pdfRowsFromReport({ ...pdf, source: { ...pdf.source, format: 'pdf' } });
    expect(rows.map((r) => `${r.page}:${r.line} ${r.text}`)).toEqual([
      '1:1 第一部分单位概况',
      '1:2 收入总计945.84万元。',
      '1:3 公开01表 收入支出决算总表',
      '1:6 一、一般公共预算财政拨款收入  945.84  201 一、一般公共服务支出  —',
      '1:7 其他<script>  1,000.00',
    ]);
    const html = renderReportPage({ ...pdf, source: { ...pdf.source, format: 'pdf' } }, { format: 'pdf', rows, reconstructed: true, pages: 2 });
    expect(html).toContain('id="P1-L6"');
    expect(html).toContain('<a href="#P1-L6"');
    expect(html).toContain('<div class="page-head" id="P2">page 2 <span class="meta">(no text extracted)</span></div>');
  });

  test('should count form feeds as pages and keep line numbers through the file', () => {
    expect(textRows('\uFEFFa\n\fb\nc')).toEqual([
      { page: 1, line: 1, text: 'a' },
      { page: 2, line: 2, text: 'b' },
      { page: 2, line: 3, text: 'c' },
    ]);
  });
});
