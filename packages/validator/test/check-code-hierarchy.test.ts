import type { Table } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { checkCodeHierarchy } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';
import { s000Table05, s000Table06 } from './fixtures/corpus-tables.ts';

// Replace one printed value of a real table, to make a break where the corpus has none.
function alter(table: Table, code: string, column: number, printed: string): Table {
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.code !== code ? row : { ...row, cells: row.cells.map((cell, i) => (i !== column ? cell : { ...cell, value: { kind: 'number' as const, value: printed, printed } })) },
    ),
  };
}

describe('checkCodeHierarchy', () => {
  test('should mark the 尾差 of s000 公开05表 21011 (4.64 printed, 3.10 + 1.55 = 4.65) as within rounding, not as a break', () => {
    const findings = checkCodeHierarchy(buildReport({ tables: [s000Table05()] }));
    expect(findings.map((f) => [f.where.row, f.where.column, f.expected, f.actual, f.severity, f.evidence?.withinRounding])).toEqual([
      ['21011', 'total', '558.51', '558.50', 'info', true],
      ['21011', 'basic', '4.65', '4.64', 'info', true],
    ]);
  });

  test('should accept s000 公开06表 across its three side-by-side groups', () => {
    expect(checkCodeHierarchy(buildReport({ tables: [s000Table06()] }))).toEqual([]);
  });

  test('should report a 302 subtotal whose children do not add up, at the 302 cell', () => {
    const table = alter(s000Table06(), '302', 0, '7.18');
    const [finding, ...rest] = checkCodeHierarchy(buildReport({ tables: [table] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'SUM_HIERARCHY_MISMATCH', severity: 'error', expected: '7.81', actual: '7.18', tolerance: '0.04', where: { table: 't06', row: '302', column: 'amount' } });
    expect(finding?.message).toContain('302 商品和服务支出');
  });

  test('should report a 款 that disagrees with its 项 beyond one unit per addend', () => {
    const table = alter(s000Table05(), '21011', 1, '4.70');
    const findings = checkCodeHierarchy(buildReport({ tables: [table] })).filter((f) => f.evidence?.withinRounding !== true);
    expect(findings.map((f) => [f.where.row, f.where.column, f.expected, f.actual, f.tolerance])).toEqual([
      ['210', 'basic', '136.98', '136.92', '0.02'],
      ['21011', 'basic', '4.65', '4.70', '0.02'],
    ]);
  });
});
