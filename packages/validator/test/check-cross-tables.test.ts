import { describe, expect, test } from 'vitest';
import { checkCrossTables } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';
import { s000Table03, s000Table05, s000Table06 } from './fixtures/corpus-tables.ts';

describe('checkCrossTables', () => {
  test('should accept s000: 05 基本支出 160.74 = 06 人员经费合计 152.93 + 公用经费合计 7.81', () => {
    expect(checkCrossTables(buildReport({ tables: [s000Table03(), s000Table05(), s000Table06()] }))).toEqual([]);
  });

  test('should report 05 基本支出 against 06 totals that do not add up to it', () => {
    const table = s000Table06();
    const cell = table.rows.find((r) => r.key === 'public_funds_total')?.cells[0];
    if (cell) cell.value = { kind: 'number', value: '8.71', printed: '8.71' };
    const findings = checkCrossTables(buildReport({ tables: [s000Table05(), table] }));
    expect(findings.map((f) => [f.code, f.where.tableKey, f.where.row, f.expected, f.actual, f.tolerance])).toEqual([
      ['CROSS_TABLE_MISMATCH', 'general_budget_basic_expenditure', 'public_funds_total', '160.74', '161.64', '0.02'],
    ]);
  });
});
