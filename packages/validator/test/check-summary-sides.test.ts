import { describe, expect, test } from 'vitest';
import { checkSummarySides, validateReport } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';
import { s003Table4 } from './fixtures/corpus-tables.ts';

describe('checkSummarySides', () => {
  test('should find the s003 表4 本年支出合计 printed 1294.44 on both economic sides against 1,292.44', () => {
    const report = validateReport(buildReport({ tables: [s003Table4()], kind: 'budget' }));
    expect(report.findings.map((f) => [f.code, f.where.side, f.where.row, f.expected, f.actual, f.tolerance])).toEqual([
      ['SIDES_UNBALANCED', 'expenditure_department_economic', 'expenditure_total', '1292.44', '1294.44', '0.01'],
      ['SIDES_UNBALANCED', 'expenditure_government_economic', 'expenditure_total', '1292.44', '1294.44', '0.01'],
    ]);
    // The same cell also breaks 本年支出合计 = Σ items; that is kept as evidence, not a second finding.
    expect(report.findings[0]?.evidence?.alsoBreaks).toHaveLength(1);
  });

  test('should accept the same 表4 once the two cells print 1,292.44', () => {
    const table = s003Table4();
    for (const row of table.rows) {
      for (const cell of row.cells) if (cell.value.kind === 'number' && cell.value.value === '1294.44') cell.value = { kind: 'number', value: '1292.44', printed: '1,292.44' };
    }
    expect(checkSummarySides(buildReport({ tables: [table], kind: 'budget' }))).toEqual([]);
  });
});
