import { describe, expect, it } from 'vitest';
import type { Box } from '@budgetdoc/schema';
import { extractText } from '../src/index.ts';
import { joinPageWrappedCells } from '../src/lib/assemble/join-page-wrapped-cells.ts';
import { namePath, parseGridTable } from '../src/lib/assemble/parse-grid-table.ts';
import { splitCodeName } from '../src/lib/assemble/subject-code.ts';
import type { SourceLine } from '../src/lib/source-line.ts';
import { textInput } from './text-input.ts';

const input = (text: string) => textInput(text);
const tableOf = (lines: string[]) => {
  const [table] = extractText(input(lines.join('\n'))).tables;
  if (!table) throw new Error('no table');
  return table;
};
const values = (row: { cells: { value: { kind: string; printed: string } }[] }) => row.cells.filter((c) => c.value.kind !== 'blank').map((c) => c.value.printed);

describe('row names printed over two label columns', () => {
  // Jiangsu 2018 收入预算总表: 项目名称 spans a group column (merged, printed once
  // per group) and an item column; 收入总计 spans both.
  const INCOME = [
    '公开02表：收入预算总表',
    '部门：\t某某人民检察院\t单位：万元',
    '项目名称\t\t金额',
    '收入总计\t\t21,955.35',
    '一般公共预算资金\t小计\t21,940.96',
    '\t公共财政拨款(补助)资金\t21,940.96',
    '\t专项收入\t',
    '政府性基金\t小计\t',
    '其他资金\t小计\t14.39',
    '\t事业收入\t',
    '\t其他收入\t14.39',
    '上年结转和结余资金\t小计\t',
    '\t其中：动用上年结转和结余资金\t',
  ];

  it('should name each row by its group and item, with no text column', () => {
    const table = tableOf(INCOME);
    expect(table.columns.map((c) => c.header)).toEqual([['金额']]);
    expect(table.rows.map((r) => [r.name, values(r)])).toEqual([
      ['收入总计', ['21,955.35']],
      ['一般公共预算资金/小计', ['21,940.96']],
      ['一般公共预算资金/公共财政拨款(补助)资金', ['21,940.96']],
      ['一般公共预算资金/专项收入', []],
      ['政府性基金/小计', []],
      ['其他资金/小计', ['14.39']],
      ['其他资金/事业收入', []],
      ['其他资金/其他收入', ['14.39']],
      ['上年结转和结余资金/小计', []],
      ['上年结转和结余资金/其中：动用上年结转和结余资金', []],
    ]);
    expect(table.rows.flatMap((r) => r.cells).every((c) => c.value.kind !== 'text')).toBe(true);
  });

  it('should not guess groups when a group label is printed lower than its first item (centred, as text converters leave it)', () => {
    const table = tableOf(['公开02表：收入预算总表', '单位：万元', '项目名称\t\t金额', '收入总计\t\t21,955.35', '\t小计\t21,940.96', '一般公共预算资金\t公共财政拨款(补助)资金\t21,940.96', '\t专项收入\t', '\t小计\t', '财政专户管理资金\t专户管理教育收费\t']);
    // Which group the first 小计 totals is not printed on its row: no name path is made up for it.
    expect(table.rows.map((r) => r.name)).toEqual(['收入总计', '', '一般公共预算资金', '', '', '财政专户管理资金']);
    expect(table.rows.some((r) => r.name.includes('/'))).toBe(false);
  });

  it('should keep a second label column that has its own header as a text column', () => {
    const table = tableOf(['政府采购预算表', '单位：万元', '采购品目\t采购物品名称\t金额', '合计\t\t30.00', '货物\t台式计算机\t30.00']);
    expect(table.columns.map((c) => c.header)).toEqual([['金额'], ['采购物品名称']]);
    expect(table.rows.map((r) => r.name)).toEqual(['合计', '货物']);
  });

  it('should carry outer levels down and let a spanning row close them', () => {
    expect(namePath(['一般公共预算资金', '小计'], [])).toEqual({ path: ['一般公共预算资金', '小计'], carry: ['一般公共预算资金'] });
    expect(namePath(['', '专项收入'], ['一般公共预算资金'])).toEqual({ path: ['一般公共预算资金', '专项收入'], carry: ['一般公共预算资金'] });
    expect(namePath(['收入总计', ''], ['一般公共预算资金'])).toEqual({ path: ['收入总计'], carry: [] });
    expect(namePath(['', ''], ['其他资金'])).toEqual({ path: [], carry: ['其他资金'] });
  });
});

describe('subject code and name printed in one cell', () => {
  it('should split code-dash-name and code-space-name cells into code and name', () => {
    const table = tableOf([
      '预算03表 支出总表',
      '金额单位：万元',
      '支出功能分类科目\t合计\t基本支出',
      '合计\t3,000.00\t3,000.00',
      '2010601-行政运行\t1,721.98\t1,721.98',
      '2010602－一般行政管理事务\t100.00\t100.00',
      '2080505 机关事业单位基本养老保险缴费支出\t50.00\t50.00',
      '50101：工资奖金津补贴\t30.00\t30.00',
    ]);
    expect(table.rows.map((r) => [r.code, r.name])).toEqual([
      [null, '合计'],
      ['2010601', '行政运行'],
      ['2010602', '一般行政管理事务'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['50101', '工资奖金津补贴'],
    ]);
  });

  it('should not split numbers that are not a code set off from a name', () => {
    expect(splitCodeName('2010601-行政运行')).toEqual({ code: '2010601', name: '行政运行' });
    expect(splitCodeName('301 工资福利支出')).toEqual({ code: '301', name: '工资福利支出' });
    expect(splitCodeName('100万元以上设备')).toBeNull();
    expect(splitCodeName('2023-2025年规划')).toBeNull();
    expect(splitCodeName('0115-公共信息与宣传服务')).toBeNull();
    expect(splitCodeName('2010601')).toBeNull();
    expect(splitCodeName('101 1.5')).toBeNull();
  });
});

describe('one wide 09 row with 预算数 | 决算数 under each item', () => {
  it('should give one row per side with every item as a column', () => {
    const table = tableOf([
      '财政拨款“三公”经费支出决算表',
      '单位：万元',
      '合计\t\t因公出国（境）费\t\t公务用车购置及运行费\t\t\t\t\t\t公务接待费\t',
      '\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行费\t\t\t',
      '预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数',
      '0.95\t\t\t\t\t\t\t\t\t\t0.95\t',
    ]);
    expect(table.rows.map((r) => [r.side, r.name, values(r)])).toEqual([
      ['budget', '预算数', ['0.95', '0.95']],
      ['final', '决算数', []],
    ]);
    expect(table.columns.map((c) => [c.side, c.header.join('/')])).toEqual([
      ['budget', '预算数/合计'],
      ['budget', '预算数/因公出国（境）费'],
      ['budget', '预算数/公务用车购置及运行费/小计'],
      ['budget', '预算数/公务用车购置及运行费/公务用车购置费'],
      ['budget', '预算数/公务用车购置及运行费/公务用车运行费'],
      ['budget', '预算数/公务接待费'],
      ['final', '决算数/合计'],
      ['final', '决算数/因公出国（境）费'],
      ['final', '决算数/公务用车购置及运行费/小计'],
      ['final', '决算数/公务用车购置及运行费/公务用车购置费'],
      ['final', '决算数/公务用车购置及运行费/公务用车运行费'],
      ['final', '决算数/公务接待费'],
    ]);
    const reception = table.rows[0]?.cells.find((c) => c.value.printed === '0.95' && c.header.includes('公务接待费'));
    expect(reception?.header).toEqual(['预算数', '公务接待费']);
  });
});

describe('a table printed empty under a two-row header', () => {
  it('should read both header rows as header and give no rows', () => {
    const table = tableOf([
      '表9',
      '2022年部门综合预算政府性基金收支表（不含上年结转）',
      '金额单位：元',
      '序号\t收入\t\t支出\t\t\t\t\t',
      '\t项目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数\t政府预算支出经济分类科目（按大类）\t预算数',
    ]);
    expect(table.rows).toEqual([]);
    expect(table.status).toBe('empty');
    expect(table.headerRows).toHaveLength(2);
  });
});

describe('a label wrapped across a page break', () => {
  // Geometry of a Word-exported 收支预算总表 (ruled grid): the expenditure label
  // 十七、国土海洋气象等支出 fills its cell at the foot of one page and its last
  // character opens the next page.
  const edges = [84.62, 164.54, 219.53, 328.75, 379.99, 459.22, 510.82];
  const line = (page: number, no: number, y: number, texts: string[], boxes: (Box | null)[] = []): SourceLine => ({
    page,
    line: no,
    text: texts.filter(Boolean).join(' '),
    split: 'pdf',
    cells: texts.map((text, i) => {
      const box = boxes[i] ?? ([edges[i], y, edges[i + 1], y + 20.6] as Box);
      return { text, start: edges[i] as number, end: edges[i + 1] as number, box };
    }),
  });
  const header = [line(13, 8, 600, ['项目名称', '金额', '功能科目名称', '金额', '项目名称', '金额'])];
  const full = (page: number, no: number, y: number, label: string, right: number) => line(page, no, y, ['', '', label, '', '', ''], [null, null, [224.93, y + 6, right, y + 15]]);

  it('should join the piece on the next page to the label it completes', () => {
    const body = [full(13, 35, 101.52, '十六、金融支出', 287.93), full(13, 36, 80.88, '十七、国土海洋气象等支', 323.33), full(14, 1, 749.02, '出', 233.93), line(14, 2, 728.5, ['', '', '十八、住房保障支出', '3,660.38', '', ''])];
    const joined = joinPageWrappedCells(body);
    expect(joined.lines.map((l) => l.cells[2]?.text)).toEqual(['十六、金融支出', '十七、国土海洋气象等支出', '十八、住房保障支出']);
    expect(joined.original.get(joined.lines[1] as SourceLine)).toBe(body[1]);
    const grid = parseGridTable([...header, ...body], { file: 'r.pdf', tableId: 't01' });
    expect(grid.rows.map((r) => r.name).filter(Boolean)).toEqual(['十六、金融支出', '十七、国土海洋气象等支出', '十八、住房保障支出']);
    expect(grid.roles.get(body[2] as SourceLine)?.detail).toBe('continues the cell of 13:36 across the page break');
    expect(grid.roles.get(body[1] as SourceLine)?.role).toBe('table-row');
  });

  it('should leave a short label that does not fill its cell, and numbered or valued rows, alone', () => {
    const short = [full(13, 35, 101.52, '十六、金融支出', 287.93), full(14, 1, 749.02, '其他支出', 260)];
    expect(joinPageWrappedCells(short).lines).toHaveLength(2);
    const numbered = [full(13, 36, 80.88, '十七、国土海洋气象等支', 323.33), full(14, 1, 749.02, '十八、住房保障支出', 305.93)];
    expect(joinPageWrappedCells(numbered).lines).toHaveLength(2);
    const samePage = [full(13, 35, 101.52, '十七、国土海洋气象等支', 323.33), full(13, 36, 80.88, '出', 233.93)];
    expect(joinPageWrappedCells(samePage).lines).toHaveLength(2);
  });
});
