import { describe, expect, it } from 'vitest';
import { parseGridTable } from '../src/lib/assemble/parse-grid-table.ts';
import { pageSourceLines } from '../src/lib/pdf/page-source-lines.ts';
import { tokensFromItems } from '../src/lib/pdf/page-token.ts';
import type { Segment } from '../src/lib/pdf/read-graphics.ts';
import type { SourceLine } from '../src/lib/source-line.ts';

const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, height: 10, fontSize: 10, hasEOL: false, rotated: false });
const h = (y: number, x0: number, x1: number): Segment => ({ orientation: 'h', x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ orientation: 'v', x0: x, x1: x, y0, y1 });

/**
 * A ruled 政府采购预算表 as Word/Excel export it: columns 采购品目 | 采购物品名称 |
 * 金额 at x 0 / 100 / 200 / 260; header band 200–180, three item rows
 * 180–120 and one row 120–100. 货物 is printed once, vertically centred in the
 * 采购品目 column over the three item rows.
 */
function procurementPage(options: { mergedLabel: boolean; itemRules: boolean }) {
  const labelRules = options.mergedLabel ? [] : [h(160, 0, 100), h(140, 0, 100)];
  const itemRules = options.itemRules ? [h(160, 100, 260), h(140, 100, 260)] : [];
  const segments = [h(200, 0, 260), h(180, 0, 260), ...labelRules, ...itemRules, h(120, 0, 260), h(100, 0, 260), v(0, 100, 200), v(100, 100, 200), v(200, 100, 200), v(260, 100, 200)];
  const tokens = tokensFromItems([
    item('采购品目', 5, 186, 40),
    item('采购物品名称', 105, 186, 60),
    item('金额', 215, 186, 20),
    item('货物', 5, 146, 20),
    item('台式计算机', 105, 166, 50),
    item('10.00', 230, 166, 25),
    item('打印机', 105, 146, 30),
    item('5.00', 235, 146, 20),
    item('复印机', 105, 126, 30),
    item('3.00', 235, 126, 20),
    item('服务', 5, 106, 20),
    item('物业管理服务', 105, 106, 60),
    item('20.00', 230, 106, 25),
  ]);
  return pageSourceLines({ page: 1, width: 300, height: 300, tokens, segments });
}

const grid = (lines: ReturnType<typeof pageSourceLines>) => parseGridTable(lines, { file: 'r.pdf', tableId: 't12' });
const printed = (row: { cells: { value: { printed: string } }[] }) => row.cells.map((c) => c.value.printed);

describe('labels merged over several rows of a ruled table', () => {
  it('should mark each later row inside the merged cell with its text, and leave the merged cell printed once', () => {
    const lines = procurementPage({ mergedLabel: true, itemRules: true });
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['采购品目', '采购物品名称', '金额'],
      ['货物', '台式计算机', '10.00'],
      ['', '打印机', '5.00'],
      ['', '复印机', '3.00'],
      ['服务', '物业管理服务', '20.00'],
    ]);
    expect(lines.map((l) => l.cells[0]?.mergedText)).toEqual([undefined, undefined, '货物', '货物', undefined]);
    // Only the label column is merged: the item and amount cells of later rows carry nothing.
    expect(lines.slice(2, 4).every((l) => l.cells.slice(1).every((c) => c.mergedText === undefined))).toBe(true);
  });

  it('should name every row the merged cell covers by its label, exactly as far as the rules go', () => {
    const table = grid(procurementPage({ mergedLabel: true, itemRules: true }));
    expect(table.columns.map((c) => c.header)).toEqual([['金额'], ['采购物品名称']]);
    expect(table.rows.map((r) => [r.name, printed(r)])).toEqual([
      ['货物', ['10.00', '台式计算机']],
      ['货物', ['5.00', '打印机']],
      ['货物', ['3.00', '复印机']],
      ['服务', ['20.00', '物业管理服务']],
    ]);
  });

  it('should not name rows whose label cells are ruled off as cells of their own', () => {
    // Same text, but the label column is ruled between the rows: 货物 sits in the middle row's own cell, the others are blank cells.
    const lines = procurementPage({ mergedLabel: false, itemRules: true });
    expect(lines.every((l) => l.cells.every((c) => c.mergedText === undefined))).toBe(true);
    expect(grid(lines).rows.map((r) => r.name)).toEqual(['', '货物', '', '服务']);
  });

  it('should not spread a label over printed rows that no rule separates (a band split into its printed rows)', () => {
    // No rules between the item rows at all: the band holds three printed rows, and 货物 is printed on the middle one.
    const lines = procurementPage({ mergedLabel: true, itemRules: false });
    expect(lines.every((l) => l.cells.every((c) => c.mergedText === undefined))).toBe(true);
    expect(grid(lines).rows.map((r) => r.name)).toEqual(['', '货物', '', '服务']);
  });

  it('should not take a header cell merged down into the first body row for a label', () => {
    // 单位名称 is merged over the header rows and a sub-header row that reads like a body row (小计 | 其中：…).
    const line = (no: number, texts: string[], merged: (string | undefined)[] = []): SourceLine => ({
      page: 1,
      line: no,
      text: texts.filter(Boolean).join(' '),
      split: 'pdf',
      cells: texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + 100, ...(merged[i] ? { mergedText: merged[i] } : {}) })),
    });
    const table = grid([
      line(1, ['单位编码', '单位名称', '部门预算', '']),
      line(2, ['', '', '小计', '其中：专项资金'], [undefined, '单位名称']),
      line(3, ['', '合计', '100.00', '0']),
      line(4, ['234', '某某局', '100.00', '0']),
    ]);
    // The 小计 | 其中 row prints words only over columns that hold amounts below: a header row.
    expect(table.rows.map((r) => r.name)).toEqual(['合计', '某某局']);
    expect(table.columns.map((c) => c.header)).toEqual([
      ['部门预算', '小计'],
      ['部门预算', '其中：专项资金'],
    ]);
  });

  it('should build group/item name paths from a merged group label beside a header-less item column', () => {
    // 收入预算总表: 项目名称 spans the group column and the item column; 一般公共预算资金 is centred over its three rows.
    const segments = [h(200, 0, 260), h(180, 0, 260), h(160, 100, 260), h(140, 100, 260), h(120, 0, 260), h(100, 0, 260), v(0, 100, 200), v(100, 100, 180), v(200, 100, 200), v(260, 100, 200)];
    const tokens = tokensFromItems([
      item('项目名称', 80, 186, 40),
      item('金额', 215, 186, 20),
      item('一般公共预算资金', 5, 146, 80),
      item('小计', 105, 166, 20),
      item('21,940.96', 210, 166, 45),
      item('公共财政拨款(补助)资金', 105, 146, 90),
      item('21,940.96', 210, 146, 45),
      item('专项收入', 105, 126, 40),
      item('其他资金', 5, 106, 40),
      item('小计', 105, 106, 20),
      item('14.39', 230, 106, 25),
    ]);
    const table = grid(pageSourceLines({ page: 1, width: 300, height: 300, tokens, segments }));
    expect(table.rows.map((r) => [r.name, printed(r)])).toEqual([
      ['一般公共预算资金/小计', ['21,940.96']],
      ['一般公共预算资金/公共财政拨款(补助)资金', ['21,940.96']],
      ['一般公共预算资金/专项收入', ['']],
      ['其他资金/小计', ['14.39']],
    ]);
  });
});
