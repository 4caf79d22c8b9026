import { describe, expect, test } from 'vitest';
import { checkColumnIdentities } from '../src/index.ts';
import { buildReport, buildTable } from './fixtures/build-report.ts';
import { s000Table03, s000Table05 } from './fixtures/corpus-tables.ts';

describe('checkColumnIdentities', () => {
  test('should accept s000 公开03表 and 公开05表 (本年支出合计 = 基本支出 + 项目支出 + …)', () => {
    expect(checkColumnIdentities(buildReport({ tables: [s000Table03(), s000Table05()] }))).toEqual([]);
  });

  test('should accept the s001 one-row 公开09表 (三公 合计 = 出国 + 公务用车 + 接待; 公务用车 小计 = 购置 + 运行)', () => {
    const sides = ['budget', 'final'] as const;
    const keys = ['total', 'overseas_travel', 'vehicles_total', 'vehicle_purchase', 'vehicle_operation', 'reception'];
    const table = buildTable({
      id: 't09',
      key: 'three_public_expenses',
      title: '财政拨款“三公”经费支出决算表',
      columns: sides.flatMap((side) => keys.map((key) => ({ key, header: key, side }))),
      rows: [{ name: '', key: null, values: '1.58\t\t1.46\t\t1.46\t0.12\t1.58\t\t1.46\t\t1.46\t0.12'.split('\t') }],
    });
    expect(checkColumnIdentities(buildReport({ tables: [table] }))).toEqual([]);
  });

  test('should report a row whose 本年支出合计 is not 基本支出 + 项目支出', () => {
    const table = s000Table03();
    const row = table.rows.find((r) => r.code === '21011');
    const basic = row?.cells[1];
    if (basic) basic.value = { kind: 'number', value: '4.46', printed: '4.46' };
    const findings = checkColumnIdentities(buildReport({ tables: [table] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'SUM_COLUMNS_MISMATCH', expected: '558.32', actual: '558.50', tolerance: '0.02', where: { row: '21011', column: 'total' } });
  });
});

describe('checkColumnIdentities with unreadable cells', () => {
  test('should leave an identity unchecked when a cell was kept as text (p14b 09: 公务用车 小计 printed 84.420000 but read as text)', () => {
    const table = buildTable({
      id: 't09',
      key: 'three_public_expenses',
      title: '财政拨款“三公”经费支出表',
      columns: [
        { key: 'total', header: '“三公”经费财政拨款预算总额' },
        { key: 'overseas_travel', header: '因公出国（境）费用' },
        { key: 'reception', header: '公务接待费' },
        { key: 'vehicles_total', header: '公务用车购置及运行维护费' },
      ],
      rows: [{ name: '', key: null, values: ['223.799250', '127.737000', '11.642250', '84.420000'] }],
    });
    const cell = table.rows[0]?.cells[3];
    if (cell) cell.value = { kind: 'text', printed: '84.420000' };
    expect(checkColumnIdentities(buildReport({ tables: [table] }))).toEqual([]);
  });
});
