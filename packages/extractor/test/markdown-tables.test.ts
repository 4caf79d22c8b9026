import { describe, expect, it } from 'vitest';
import { extractText, textToSourceLines, traceText } from '../src/index.ts';
import { textInput } from './text-input.ts';

const input = (text: string) => textInput(text, 'md');

// Table 05 as a PDF-to-Markdown tool prints it: meta lines as paragraphs, the
// two header rows, 栏次 and body as one GFM table (the delimiter row sits
// under the first header row), a blank 项目支出 cell, then a note and the
// next narrative heading.
const BEFORE = ['## 第三部分 2023年度单位决算表', '', '一般公共预算财政拨款支出决算表', '', '公开05表', '', '编制单位：某某市某某中心', '', '单位：万元', ''];
const AFTER = ['', '注：本表反映单位本年度一般公共预算财政拨款实际支出情况。', '', '## 二、收入支出决算总体情况说明', '', '2023年度收入总计945.84万元。'];
const PIPE = [
  ...BEFORE,
  '| 项目 | | 本年支出 | | |',
  '| --- | --- | :---: | ---: | --- |',
  '| 科目代码 | 科目名称 | 小计 | 基本支出 | 项目支出 |',
  '| | 栏次 | 1 | 2 | 3 |',
  '| | **合计** | 945.84 | 160.74 | 785.10 |',
  '| 208 | 社会保障和就业支出 | 10.05 | 10.05 | |',
  '| 21011 | 行政事业单位医疗 | 2,365.94 | 136.92 | 0.00 |',
  ...AFTER,
].join('\n');

// The same table as MinerU prints it: one HTML table on one line, the
// header's merged cells as colspan/rowspan, entities in the text.
const HTML_ONE_LINE = [
  ...BEFORE,
  '<html><body><table><tr><td rowspan="2">科目代码</td><td rowspan="2">科目名称</td><td colspan="3">本年支出</td></tr>' +
    '<tr><td>小计</td><td>基本支出</td><td>项目支出</td></tr>' +
    '<tr><td></td><td>栏次</td><td>1</td><td>2</td><td>3</td></tr>' +
    '<tr><td></td><td>合计</td><td>945.84</td><td>160.74</td><td>785.10</td></tr>' +
    '<tr><td>208</td><td>社会保障和就业支出</td><td>10.05</td><td>10.05</td><td>&nbsp;</td></tr>' +
    '<tr><td>21011</td><td>行政事业单位医疗</td><td>2,365.94</td><td>136.92</td><td>0.00</td></tr></table></body></html>',
  ...AFTER,
].join('\n');

// marker-style: one <tr> a line, so every row keeps its own line number.
const HTML_MULTI_LINE = [
  ...BEFORE,
  '<table>',
  '<tr><th colspan="2">项目</th><th colspan="3">本年支出</th></tr>',
  '<tr><th>科目代码</th><th>科目名称</th><th>小计</th><th>基本支出</th><th>项目支出</th></tr>',
  '<tr><td></td><td>栏次</td><td>1</td><td>2</td><td>3</td></tr>',
  '<tr><td></td><td>合计</td><td>945.84</td><td>160.74</td><td>785.10</td></tr>',
  '<tr><td>208</td><td>社会保障和就业支出</td><td>10.05</td><td>10.05</td><td></td></tr>',
  '<tr>',
  '  <td>21011</td><td>行政事业单位医疗</td><td>2,365.94</td><td>136.92</td><td>0.00</td>',
  '</tr>',
  '</table>',
  ...AFTER,
].join('\n');

const summary = (text: string) => {
  const report = extractText(input(text));
  const [table] = report.tables;
  return { report, table };
};

describe('Markdown pipe tables', () => {
  it('should read a GFM table as a standard table: header paths, column numbers, codes, printed values, blanks', () => {
    const { report, table } = summary(PIPE);
    expect(report.tables).toHaveLength(1);
    expect(table).toMatchObject({ formNo: '05', title: '一般公共预算财政拨款支出决算表', unit: '万元', status: 'data' });
    expect(table?.columns.map((c) => [c.header.join('/'), c.columnNo])).toEqual([
      ['本年支出/小计', '1'],
      ['本年支出/基本支出', '2'],
      ['本年支出/项目支出', '3'],
    ]);
    // Line numbers are those of the .md file; the ** around 合计 is markup.
    expect(table?.rows.map((r) => [r.code, r.name, r.prov.line])).toEqual([
      [null, '合计', 15],
      ['208', '社会保障和就业支出', 16],
      ['21011', '行政事业单位医疗', 17],
    ]);
    const social = table?.rows[1];
    expect(social?.cells.map((c) => c.value)).toEqual([
      { kind: 'number', value: '10.05', printed: '10.05' },
      { kind: 'number', value: '10.05', printed: '10.05' },
      { kind: 'blank', printed: '' },
    ]);
    expect(table?.rows[2]?.cells.map((c) => c.value.printed)).toEqual(['2,365.94', '136.92', '0.00']);
    expect(table?.rows[2]?.cells[2]?.value).toEqual({ kind: 'number', value: '0.00', printed: '0.00' });
    expect(table?.notes).toEqual(['注：本表反映单位本年度一般公共预算财政拨款实际支出情况。']);
  });

  it('should read the delimiter row as a blank line, not a header or data row', () => {
    const lines = textToSourceLines(PIPE, 'md');
    const delimiter = lines.find((l) => l.line === 12);
    expect(delimiter).toMatchObject({ text: '| --- | --- | :---: | ---: | --- |', cells: [], split: 'none' });
    expect(lines.find((l) => l.line === 16)).toMatchObject({ split: 'pipe' });
    expect(lines.find((l) => l.line === 16)?.cells.map((c) => c.text)).toEqual(['208', '社会保障和就业支出', '10.05', '10.05', '']);
    const trace = traceText(input(PIPE));
    expect(trace[11]).toMatchObject({ role: 'blank' });
    expect(trace.slice(10, 17).map((t) => t.role)).toEqual(['table-header', 'blank', 'table-header', 'table-header', 'table-row', 'table-row', 'table-row']);
    const { table } = summary(PIPE);
    expect(table?.rows.some((r) => r.prov.line === 12 || (r.name ?? '').includes('---'))).toBe(false);
    expect(table?.headerRows.flat().some((h) => h.includes('---'))).toBe(false);
  });

  it('should keep Markdown headings as sections around the table', () => {
    const { report } = summary(PIPE);
    expect(report.sections.map((s) => [s.title, s.level, s.prov.line])).toEqual([
      ['第三部分 2023年度单位决算表', 1, 1],
      ['二、收入支出决算总体情况说明', 2, 21],
    ]);
    expect(report.paragraphs.map((p) => p.text)).toContain('2023年度收入总计945.84万元。');
  });

  it('should slice cells by position: escaped pipes, inline markup, <br>, no outer pipes, lazy prose left as text', () => {
    const lines = textToSourceLines(['项目 | 说明 | 金额', '--- | --- | ---', '302 | 办公\\|印刷 **费** | 1.50', '| 30201 | 科目<br>名称 | |', '注：单位万元'].join('\n'), 'md');
    expect(lines.map((l) => [l.line, l.split, l.cells.map((c) => c.text)])).toEqual([
      [1, 'pipe', ['项目', '说明', '金额']],
      [2, 'none', []],
      [3, 'pipe', ['302', '办公|印刷 费', '1.50']],
      [4, 'pipe', ['30201', '科目名称', '']],
      // GFM makes this pipe-less line a table row; it is prose (a note) and stays one text cell.
      [5, 'none', ['注：单位万元']],
    ]);
    // Positions are character columns of the raw line.
    const row = lines[2];
    expect(row?.cells.map((c) => row.text.slice(c.start, c.end))).toEqual(['302', '办公\\|印刷 **费**', '1.50']);
  });
});

describe('HTML tables in Markdown', () => {
  it('should read a one-line MinerU table: rowspan/colspan aligned like tab exports, entities decoded, all rows on that line', () => {
    const { table } = summary(HTML_ONE_LINE);
    expect(table).toMatchObject({ formNo: '05', unit: '万元', status: 'data' });
    expect(table?.columns.map((c) => [c.header.join('/'), c.columnNo])).toEqual([
      ['本年支出/小计', '1'],
      ['本年支出/基本支出', '2'],
      ['本年支出/项目支出', '3'],
    ]);
    // The whole table is source line 11: every row's provenance says so.
    expect(table?.rows.map((r) => [r.code, r.name, r.prov.line])).toEqual([
      [null, '合计', 11],
      ['208', '社会保障和就业支出', 11],
      ['21011', '行政事业单位医疗', 11],
    ]);
    expect(table?.rows[1]?.cells.map((c) => c.value)).toEqual([
      { kind: 'number', value: '10.05', printed: '10.05' },
      { kind: 'number', value: '10.05', printed: '10.05' },
      { kind: 'blank', printed: '' },
    ]);
    expect(table?.rows[2]?.cells[0]?.value).toEqual({ kind: 'number', value: '2365.94', printed: '2,365.94' });
    const lines = textToSourceLines(HTML_ONE_LINE, 'md').filter((l) => l.line === 11);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['科目代码', '科目名称', '本年支出', '', ''],
      ['', '', '小计', '基本支出', '项目支出'],
      ['', '栏次', '1', '2', '3'],
      ['', '合计', '945.84', '160.74', '785.10'],
      ['208', '社会保障和就业支出', '10.05', '10.05', ''],
      ['21011', '行政事业单位医疗', '2,365.94', '136.92', '0.00'],
    ]);
    expect(new Set(lines.map((l) => l.split))).toEqual(new Set(['pipe']));
  });

  it('should give each <tr> the line it starts on, tag-only lines blank', () => {
    const { report, table } = summary(HTML_MULTI_LINE);
    expect(table?.columns.map((c) => c.header.join('/'))).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(table?.rows.map((r) => [r.code, r.name, r.prov.line])).toEqual([
      [null, '合计', 15],
      ['208', '社会保障和就业支出', 16],
      ['21011', '行政事业单位医疗', 17],
    ]);
    expect(table?.rows[1]?.cells[2]?.value).toEqual({ kind: 'blank', printed: '' });
    const trace = traceText(input(HTML_MULTI_LINE));
    expect(trace.map((t) => t.role).slice(10, 20)).toEqual(['blank', 'table-header', 'table-header', 'table-header', 'table-row', 'table-row', 'table-row', 'blank', 'blank', 'blank']);
    expect(report.sections.map((s) => s.title)).toEqual(['第三部分 2023年度单位决算表', '二、收入支出决算总体情况说明']);
    expect(table?.notes).toEqual(['注：本表反映单位本年度一般公共预算财政拨款实际支出情况。']);
  });
});
