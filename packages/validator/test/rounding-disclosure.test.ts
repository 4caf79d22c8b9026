import { describe, expect, test } from 'vitest';
import { validateReport } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';
import { s000Table05 } from './fixtures/corpus-tables.ts';

const validatorFindings = (report: ReturnType<typeof validateReport>) => report.findings.filter((f) => f.source === 'validator');

// s000 公开05表 prints 21011 基本支出 4.64 while its 项 add up to 3.10 + 1.55 = 4.65.
describe('rounding (尾差) disclosure', () => {
  test('should tolerate a per-addend rounding difference the report discloses', () => {
    const report = validateReport(buildReport({ tables: [s000Table05()], paragraphs: ['注：本表金额转换为万元时，因四舍五入可能存在尾差。'] }));
    expect(validatorFindings(report)).toEqual([]);
  });

  test('should report the same difference as info, with tolerance 0, when the report does not disclose 尾差', () => {
    const report = validateReport(buildReport({ tables: [s000Table05()] }));
    const found = validatorFindings(report).map((f) => [f.code, f.severity, f.where.row, f.where.column, f.expected, f.actual, f.tolerance, f.evidence?.roundingAllowance]);
    expect(found).toEqual([
      ['SUM_HIERARCHY_MISMATCH', 'info', '21011', 'total', '558.51', '558.50', '0', '0.03'],
      ['SUM_HIERARCHY_MISMATCH', 'info', '21011', 'basic', '4.65', '4.64', '0', '0.02'],
    ]);
    expect(validatorFindings(report)[1]?.message).toContain('报告未说明尾差');
  });
});
