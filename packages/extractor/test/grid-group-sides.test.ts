import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.ts';
import { groupLabel, groupPositions, positionKinds, sideHeaderSpans } from '../src/lib/assemble/grid-layout.ts';
import { sideOf } from '../src/lib/assemble/side-of.ts';
import { textInput } from './text-input.ts';

const tableOf = (lines: string[]) => {
  const [table] = extractText(textInput(lines.join('\n'))).tables;
  if (!table) throw new Error('no table');
  return table;
};
const values = (row: { cells: { value: { kind: string; printed: string } }[] }) => row.cells.filter((c) => c.value.kind !== 'blank').map((c) => c.value.printed);

describe('group labels printed as one merged cell over a side-by-side group', () => {
  // Jiangsu 2018 收支预算总表: the expenditure side holds two groups, each under
  // its own merged label (功能分类 | 支出用途), each with its own name and 金额 column.
  const SUMMARY = [
    '公开01表：收支预算总表',
    '部门：\t某某人民检察院\t单位：万元',
    '收入\t\t支出\t\t\t',
    '项目名称\t金额\t功能分类\t\t支出用途\t',
    '\t\t功能科目名称\t金额\t项目名称\t金额',
    '一、财政拨款\t21,940.96\t一、一般公共服务支出\t\t一、基本支出\t13,994.31',
    '三、其他资金\t14.39\t四、公共安全支出\t16,458.75\t二、项目支出\t5,573.00',
    '收入合计\t21,955.35\t支出合计\t21,955.35\t\t',
  ];

  it('should keep each group label in its value column header path and give each group its own side', () => {
    const table = tableOf(SUMMARY);
    expect(table.columns.map((c) => [c.side, c.header.join('/')])).toEqual([
      ['income', '收入/金额'],
      ['expenditure_function', '支出/功能分类/金额'],
      ['expenditure_nature', '支出/支出用途/金额'],
    ]);
    expect(table.rows.map((r) => [r.side, r.name, values(r)])).toEqual([
      ['income', '一、财政拨款', ['21,940.96']],
      ['income', '三、其他资金', ['14.39']],
      ['income', '收入合计', ['21,955.35']],
      ['expenditure_function', '一、一般公共服务支出', []],
      ['expenditure_function', '四、公共安全支出', ['16,458.75']],
      ['expenditure_function', '支出合计', ['21,955.35']],
      ['expenditure_nature', '一、基本支出', ['13,994.31']],
      ['expenditure_nature', '二、项目支出', ['5,573.00']],
    ]);
  });

  it('should find a group label only where it spans exactly one group and the group is named again below it', () => {
    const header = [
      ['项目名称', '金额', '功能分类', '', '支出用途', ''],
      ['', '', '功能科目名称', '金额', '项目名称', '金额'],
    ];
    const groups = groupPositions(['label', 'value', 'label', 'value', 'label', 'value'], header);
    expect(groups.map((g) => groupLabel(header, g)?.text ?? null)).toEqual([null, '功能分类', '支出用途']);
    // A stub word over the label column names the column, not the group.
    const stub = [['科目', '', '合计'], ['科目编码', '科目名称', '']];
    expect(groupLabel(stub, { side: null, code: 0, codeParts: [], labels: [1], lineNo: null, values: [2], texts: [] })).toBeNull();
    // A cell that runs on over the next group (支出 over two groups) is not one group's label; 收入 over exactly one group is.
    const wide = [
      ['收入', '', '支出', '', '', ''],
      ['项目', '预算数', '支出功能分类科目', '预算数', '部门预算支出经济分类科目', '预算数'],
    ];
    const wideGroups = groupPositions(['label', 'value', 'label', 'value', 'label', 'value'], wide.slice(1));
    expect(wideGroups.map((g) => groupLabel(wide, g)?.text ?? null)).toEqual(['收入', null, null]);
    // A numbered body label read into the header of an empty table is not a group label.
    const body = [['项目', '预算数', '支出功能分类科目', '预算数'], ['', '', '一、科学技术支出', ''], ['', '', '二、教育支出', '']];
    expect(groupLabel(body, { side: null, code: null, codeParts: [], labels: [2], lineNo: null, values: [3], texts: [] })).toBeNull();
  });

  it('should leave a header whose label column is not named again below as before', () => {
    const table = tableOf(['表1 收支总表', '单位：万元', '收入\t\t支出\t', '项目\t金额\t项目\t金额', '一、财政拨款\t10.00\t一、基本支出\t10.00']);
    expect(table.columns.map((c) => [c.side, c.header.join('/')])).toEqual([
      ['income', '收入/金额'],
      ['expenditure', '支出/金额'],
    ]);
  });
});

describe('a running-number column in the side header row', () => {
  // Xi'an 2022 部门综合预算收支总表: 序号 is merged over both header rows and sits
  // in the corner of the 收入 | 支出 row.
  const SUMMARY = [
    '表1',
    '2022年部门综合预算收支总表',
    '金额单位：元',
    '序号\t收入\t\t支出\t\t\t\t\t',
    '\t项目\t预算数\t支出功能分科目（按大类）\t预算数\t部门预算支出经济科目（按大类）\t预算数\t政府预算支出经济分类科目（按大类）\t预算数',
    '1\t一、部门预算\t18999011.66\t一、部门预算\t18999011.66\t一、部门预算\t18999011.66\t一、部门预算\t18999011.66',
    '2\t1、财政拨款\t18999011.66\t1、一般公共服务支出\t0.00\t1、人员经费和公用经费支出\t1839311.66\t1、机关工资福利支出\t3055700.00',
  ];

  it('should read the sides from a 收入 | 支出 row that also prints 序号', () => {
    expect(sideHeaderSpans([['序号', '收入', '', '支出', '']], 5).map((s) => [s.start, s.end, s.side])).toEqual([
      [1, 3, 'income'],
      [3, 5, 'expenditure'],
    ]);
    const table = tableOf(SUMMARY);
    expect(table.columns.map((c) => [c.side, c.header.join('/')])).toEqual([
      ['income', '收入/预算数'],
      ['expenditure_function', '支出/预算数'],
      ['expenditure_department_economic', '支出/预算数'],
      ['expenditure_government_economic', '支出/预算数'],
    ]);
    expect(table.rows.filter((r) => r.name === '1、财政拨款').map((r) => [r.side, r.lineNo, values(r)])).toEqual([['income', '2', ['18999011.66']]]);
  });

  it('should still not take a row with other words for a side row', () => {
    expect(sideHeaderSpans([['项目', '收入', '', '支出', '']], 5)).toEqual([]);
    // One measure printed over every group (决算数 | 决算数 under 收入 | 支出 printed above the values only) is not a side row.
    expect(sideHeaderSpans([['', '', '决算数', '', '', '决算数']], 6)).toEqual([]);
    const kinds = positionKinds([['1', '一、部门预算', '10.00', '一、部门预算', '10.00']], [['序号', '收入', '', '支出', ''], ['', '项目', '预算数', '项目', '预算数']], 5);
    expect(kinds).toEqual(['lineNo', 'label', 'value', 'label', 'value']);
  });

  it('should read 分类科目, 分科目 and 科目 in a side label alike', () => {
    expect(sideOf('支出功能分科目（按大类）')).toBe('expenditure_function');
    expect(sideOf('部门预算支出经济科目（按大类）')).toBe('expenditure_department_economic');
    expect(sideOf('政府预算支出经济分类科目（按大类）')).toBe('expenditure_government_economic');
    expect(sideOf('支出用途')).toBe('expenditure_nature');
    expect(sideOf('功能分类')).toBeNull();
    expect(sideOf('科目')).toBeNull();
  });
});
