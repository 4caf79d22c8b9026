import { describe, expect, test } from 'vitest';
import { checkRowTotals } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';
import { s000Table05, s000Table06 } from './fixtures/corpus-tables.ts';

describe('checkRowTotals', () => {
  test('should accept s000 05 合计 and s000 06 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 307 + 310 + 399', () => {
    expect(checkRowTotals(buildReport({ tables: [s000Table05(), s000Table06()] }))).toEqual([]);
  });

  test('should report a 人员经费合计 that is not 301 + 303', () => {
    const table = s000Table06();
    const total = table.rows.find((r) => r.key === 'personnel_total');
    const cell = total?.cells[0];
    if (cell) cell.value = { kind: 'number', value: '150.42', printed: '150.42' };
    const findings = checkRowTotals(buildReport({ tables: [table] }));
    expect(findings.map((f) => [f.code, f.where.row, f.expected, f.actual])).toEqual([['SUM_ROWS_MISMATCH', 'personnel_total', '152.93', '150.42']]);
  });
});
