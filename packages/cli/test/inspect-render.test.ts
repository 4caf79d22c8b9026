import { describe, expect, test } from 'vitest';
import { findTables } from '../src/lib/inspect/find-table.ts';
import { renderInspection } from '../src/lib/inspect/render-inspection.ts';
import { displayWidth, terminalStyle, truncateDisplay } from '../src/lib/inspect/terminal-style.ts';
import { textRows } from '../src/lib/review/read-source-view.ts';
import { SMALL_SOURCE, smallReport } from './fixtures/small-report.ts';

const traced = (decisions: Parameters<typeof renderInspection>[0]['decisions']) => ({
  report: smallReport(),
  source: { format: 'txt' as const, rows: textRows(SMALL_SOURCE), reconstructed: false, pages: 1 },
  decisions,
});

describe('inspect', () => {
  test('should find tables by id, key, form number and label', () => {
    const report = smallReport();
    for (const query of ['t01', 'income_expenditure_summary', '01', '1', '公开01表']) expect(findTables(report, query).map((t) => t.id)).toEqual(['t01']);
    expect(findTables(report, '02')).toEqual([]);
  });

  test('should measure CJK text in terminal columns', () => {
    expect(displayWidth('合计a')).toBe(5);
    expect(truncateDisplay('一二三四', 5)).toBe('一二…');
    expect(terminalStyle(false).red('x')).toBe('x');
    expect(terminalStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });

  test('should show every line with its role, reason, keys and findings', () => {
    const lines = renderInspection(
      traced([
        { page: 1, line: 1, role: 'heading', owner: 's0', detail: 'numbering 第一部分 level 1' },
        { page: 1, line: 2, role: 'prose', owner: 's0' },
        { page: 1, line: 3, role: 'table-title', owner: 't01', detail: 'title ends in 表' },
        { page: 1, line: 4, role: 'table-title', owner: 't01', detail: 'form label 公开01表' },
        { page: 1, line: 5, role: 'table-header', owner: 't01', detail: 'header row' },
        { page: 1, line: 6, role: 'table-row', owner: 't01', detail: '2 groups' },
        { page: 1, line: 7, role: 'table-row', owner: 't01', detail: '1 group' },
      ]),
      terminalStyle(false),
    );
    const text = lines.join('\n');
    expect(text).toContain('     1:1 heading/1     s0   │ 第一部分 单位概况');
    expect(text).toContain('└ numbering 第一部分 level 1 · section → ∅ unknown · ! info SECTION_UNKNOWN: heading matches no section key');
    expect(text).toContain('     1:5 table-header  t01  │ 项目 ┆ 决算数 ┆ 项目 ┆ 决算数');
    expect(text).toContain('row income 其他<script> → ∅ unmatched');
    // The column decisions follow the table's last line.
    expect(text).toMatch(/ 0 +income +1 +决算数 +→ amount/);
  });

  test('should restrict the view to one table and list its rows', () => {
    const report = smallReport();
    const table = findTables(report, '01')[0];
    if (!table) throw new Error('no table');
    const lines = renderInspection(traced(null), terminalStyle(false), { table });
    const text = lines.join('\n');
    expect(text).toContain('note: the extractor gave no line trace');
    expect(text).not.toContain('第一部分 单位概况');
    expect(text).toContain('     1:6 table-row     t01  │');
    expect(text).toMatch(/1:7 income 其他<script> +→ ∅  amount=1,000.00/);
  });
});
