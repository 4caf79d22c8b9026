import type { Cell } from '@budgetdoc/schema';
import { describe, expect, it } from 'vitest';
import { cellUnit } from '../src/lib/cell-unit.ts';

const prov = { file: 'x.txt', page: 1, line: 1 };
const number = (key: Cell['key'], header: string[]): Cell => ({ column: 0, key, header, value: { kind: 'number', printed: '3', value: '3' }, prov });

describe('cellUnit', () => {
  it('keeps the table money unit for amounts', () => {
    expect(cellUnit('万元', '行政运行', number('amount', ['决算数']))).toBe('万元');
  });
  it('reads a count unit printed on the row (表10 车辆数)', () => {
    expect(cellUnit('万元', '(一)车辆数合计(辆)', number('amount', ['统计数']))).toBe('辆');
  });
  it('reads a count unit printed on the column header', () => {
    expect(cellUnit('万元', '公务用车', number(null, ['购置数（辆）']))).toBe('辆');
  });
  it('gives performance weights and scores 分, not 万元', () => {
    expect(cellUnit('万元', '产出指标/数量指标/资助参保人数', number('weight', ['分值']))).toBe('分');
    expect(cellUnit('万元', '总分', number('score', ['得分']))).toBe('分');
  });
  it('gives percentages %', () => {
    const cell: Cell = { column: 0, key: 'execution_rate', header: ['执行率'], value: { kind: 'percent', printed: '100.00%', value: '100.00' }, prov };
    expect(cellUnit('万元', '金额合计', cell)).toBe('%');
  });
});
