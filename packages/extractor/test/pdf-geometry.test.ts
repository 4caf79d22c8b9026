import { describe, expect, test } from 'vitest';
import { findRuledGrids } from '../src/lib/pdf/find-ruled-grids.ts';
import { gridSourceLines } from '../src/lib/pdf/grid-source-lines.ts';
import { chunkTextRow } from '../src/lib/pdf/chunk-text-row.ts';
import { splitTokenAt, tokensFromItems } from '../src/lib/pdf/page-token.ts';
import { readGraphics } from '../src/lib/pdf/read-graphics.ts';
import type { Segment } from '../src/lib/pdf/read-graphics.ts';

const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, height: 10, fontSize: 10, hasEOL: false, rotated: false });
const h = (y: number, x0: number, x1: number): Segment => ({ orientation: 'h', x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ orientation: 'v', x0: x, x1: x, y0, y1 });

describe('PDF geometry', () => {
  test('should read thin filled rectangles as rules and skip clipping paths and white fills (DrawOPS paths)', () => {
    const ops = { save: 10, restore: 11, transform: 12, constructPath: 91, fill: 22, stroke: 20, endPath: 28, clip: 29, eoClip: 30, setFillRGBColor: 59, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85 };
    const rect = (x: number, y: number, w: number, hh: number) => new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + hh, 1, x, y + hh, 4]);
    const fnArray = [ops.transform, ops.constructPath, ops.clip, ops.constructPath, ops.setFillRGBColor, ops.constructPath, ops.setFillRGBColor, ops.constructPath, ops.constructPath];
    const argsArray = [
      [1, 0, 0, 1, 0, 100],
      [ops.fill, [rect(10, 10, 200, 0.5)], null],
      null,
      [ops.endPath, [rect(0, 0, 500, 500)], null],
      ['#ffffff'],
      [ops.fill, [rect(10, 50, 200, 0.5)], null],
      ['#000000'],
      [ops.fill, [rect(10, 10, 0.7, 80)], null],
      [ops.stroke, [new Float32Array([0, 0, 0, 1, 0, 40])], null],
    ];
    const graphics = readGraphics(fnArray, argsArray, [1, 0, 0, 1, 0, 0], ops);
    expect(graphics.segments.map((s) => `${s.orientation} ${s.x0.toFixed(1)},${s.y0.toFixed(2)}-${s.x1.toFixed(1)},${s.y1.toFixed(2)}`)).toEqual(['h 10.0,110.25-210.0,110.25', 'v 10.3,110.00-10.3,190.00', 'v 0.0,100.00-0.0,140.00']);
  });

  test('should split a run that pdf.js joined across a column rule', () => {
    const [token] = tokensFromItems([item('社会保障 一、一般公共服务支出', 100, 500, 140)]);
    expect(token).toBeDefined();
    expect(splitTokenAt(token!, [142]).map((t) => t.text)).toEqual(['社会保障', '一、一般公共服务支出']);
  });

  test('should split an amount from the next cell\'s label joined by one space, but not from its unit', () => {
    const tokens = tokensFromItems([item('44,156.64 一、一般公共服务支出', 100, 500, 140), item('2,915.22 万元', 100, 480, 60)]);
    expect(tokens.map((t) => [t.text, t.numeric, t.startsCell ?? false])).toEqual([
      ['44,156.64', true, false],
      ['一、一般公共服务支出', false, true],
      ['2,915.22 万元', false, false],
    ]);
    expect(tokens[0]!.x1).toBeLessThan(tokens[1]!.x0);
    expect(chunkTextRow(tokens.slice(0, 2)).map((c) => c.tokens.map((t) => t.text).join(''))).toEqual(['44,156.64', '一、一般公共服务支出']);
  });

  test('should put merged header text in its first column and join text wrapped in a cell', () => {
    // Two columns under a merged header; the body label wraps over two lines beside a centred number.
    const segments = [h(100, 0, 200), h(80, 0, 200), h(40, 0, 200), v(0, 40, 100), v(100, 40, 80), v(200, 40, 100)];
    const [grid] = findRuledGrids(segments);
    const tokens = tokensFromItems([item('收入', 80, 86, 20), item('机关事业单位基本', 5, 66, 80), item('养老保险缴费', 5, 50, 60), item('160.75', 160, 57, 30)]);
    const rows = new Map(tokens.map((t) => [t, t.y > 80 ? 1 : t.y > 60 ? 2 : t.y > 55 ? 3 : 4]));
    const lines = gridSourceLines(grid!, tokens, (t) => rows.get(t) ?? 1, 1);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['收入', ''],
      ['机关事业单位基本养老保险缴费', '160.75'],
    ]);
    expect(lines.every((l) => l.split === 'pdf' && l.cells.every((c) => c.box))).toBe(true);
  });

  test('should split a band without inner rules into its printed rows, keeping a wrapped label with its numbers', () => {
    // Column rules only: three printed rows in one band; the middle label wraps around its centred number.
    const segments = [h(100, 0, 200), h(20, 0, 200), v(0, 20, 100), v(100, 20, 100), v(200, 20, 100)];
    const [grid] = findRuledGrids(segments);
    const tokens = tokensFromItems([item('基本工资', 5, 88, 40), item('1.00', 170, 88, 20), item('机关事业单位基本', 5, 70, 80), item('2.00', 170, 63, 20), item('养老保险缴费', 5, 56, 60), item('奖金', 5, 40, 20), item('3.00', 170, 40, 20)]);
    const order = [...tokens].sort((a, b) => b.y - a.y);
    const rows = new Map(order.map((t, i) => [t, i + 1]));
    for (const t of order) if (t.text === '1.00') rows.set(t, rows.get(order[0]!) ?? 1);
    for (const t of order) if (t.text === '3.00') rows.set(t, rows.get(order.find((x) => x.text === '奖金')!) ?? 1);
    const lines = gridSourceLines(grid!, tokens, (t) => rows.get(t) ?? 1, 1);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['基本工资', '1.00'],
      ['机关事业单位基本养老保险缴费', '2.00'],
      ['奖金', '3.00'],
    ]);
  });
});
