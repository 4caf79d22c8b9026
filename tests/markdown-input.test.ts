/**
 * Markdown from PDF-to-Markdown tools, end to end: an HTML table (MinerU,
 * one line, merged header cells) and a GFM pipe table in one .md file are
 * read, normalized and validated like tab-separated tables.
 */
import { processFile } from '@budgetdoc/pipeline';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './helpers/corpus.ts';

const FIXTURE = 'tests/fixtures/markdown/mineru-final-account.md';

describe('Markdown input with HTML and pipe tables', () => {
  test('should recover both tables with keys, exact cells and source lines', async () => {
    const report = await processFile(`${repoRoot}${FIXTURE}`, FIXTURE);
    expect(report.source.format).toBe('md');
    expect(report.tables.map((t) => [t.key, t.formNo, t.status])).toEqual([
      ['expenditure', '03', 'data'],
      ['general_budget_expenditure', '05', 'data'],
    ]);
    const [html, pipe] = report.tables;
    for (const table of [html, pipe]) expect(table?.columns.map((c) => [c.key, c.columnNo])).toEqual([['total', '1'], ['basic', '2'], ['project', '3']]);
    expect(html?.columns.map((c) => c.header.join('/'))).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(pipe?.columns.map((c) => c.header.join('/'))).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    // The HTML table is one source line (25); the pipe rows keep their own lines.
    expect(html?.rows.map((r) => [r.key, r.prov.line])).toEqual([['total', 25], ['208', 25], ['210', 25]]);
    expect(pipe?.rows.map((r) => [r.key, r.prov.line])).toEqual([['total', 41], ['208', 42], ['210', 43]]);
    for (const table of [html, pipe]) {
      expect(table?.rows[1]?.cells.map((c) => c.value)).toEqual([
        { kind: 'number', value: '10.05', printed: '10.05' },
        { kind: 'number', value: '10.05', printed: '10.05' },
        { kind: 'blank', printed: '' },
      ]);
    }
    expect(report.sections.map((s) => s.key)).toEqual(['document_title', 'overview', 'duties', 'budget_explanation', 'income_expenditure_overview', 'tables', 'glossary']);
    // The arithmetic holds in the fixture, so nothing is flagged.
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
