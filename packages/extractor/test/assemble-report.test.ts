import { describe, expect, it } from 'vitest';
import { extractText, traceText } from '../src/index.ts';
import { textInput } from './text-input.ts';

const input = (text: string) => textInput(text);

// A real-layout snippet: title, form label, issuer, unit, a header wider than
// the body, a blank line (page break) inside the body, and a note.
const SNIPPET = [
  '一般公共预算财政拨款支出决算表',
  '',
  '公开05表',
  '',
  '编制单位：某某市某某中心',
  '',
  '单位：万元',
  '',
  '项目\t\t本年支出\t\t',
  '科目代码\t科目名称\t小计\t基本支出\t项目支出',
  '\t栏次\t1\t2\t3',
  '\t合计\t945.84\t160.74\t785.10',
  '208\t社会保障和就业支出\t10.05\t10.05\t',
  '',
  '210\t卫生健康支出\t922.02\t136.92\t785.10',
  '',
  '注：本表反映单位本年度一般公共预算财政拨款实际支出情况。',
  '',
  '第四部分 专业名词解释',
].join('\n');

describe('assembleReport on a text snippet', () => {
  it('should build one table with header paths, column numbers and exact cells', () => {
    const report = extractText(input(SNIPPET));
    const [table] = report.tables;
    expect(report.tables).toHaveLength(1);
    expect(table).toMatchObject({ formNo: '05', formLabel: '公开05表', title: '一般公共预算财政拨款支出决算表', unit: '万元', status: 'data', key: null });
    expect(table?.columns.map((c) => [c.header.join('/'), c.columnNo])).toEqual([
      ['本年支出/小计', '1'],
      ['本年支出/基本支出', '2'],
      ['本年支出/项目支出', '3'],
    ]);
    expect(table?.rows.map((r) => [r.code, r.name, r.prov.line])).toEqual([
      [null, '合计', 12],
      ['208', '社会保障和就业支出', 13],
      ['210', '卫生健康支出', 15],
    ]);
    expect(table?.rows[1]?.cells.map((c) => c.value.kind)).toEqual(['number', 'number', 'blank']);
    expect(table?.notes).toEqual(['注：本表反映单位本年度一般公共预算财政拨款实际支出情况。']);
    expect(report.meta.unit).toBe('某某市某某中心');
    expect(report.sections.map((s) => [s.title, s.level])).toEqual([['第四部分 专业名词解释', 1]]);
  });

  it('should trace every line with a role', () => {
    const trace = traceText(input(SNIPPET));
    expect(trace).toHaveLength(19);
    expect(trace.map((t) => t.role)).toEqual(['table-title', 'blank', 'table-title', 'blank', 'table-meta', 'blank', 'table-meta', 'blank', 'table-header', 'table-header', 'table-header', 'table-row', 'table-row', 'blank', 'table-row', 'blank', 'table-note', 'blank', 'heading']);
    expect(trace[11]).toMatchObject({ owner: 't01', detail: '3 numeric cell(s) in 1 group(s)' });
  });

  it('should read table-of-contents lines as announcements, not sections or printed tables', () => {
    const report = extractText(input(['目 录', '第一部分 概况\t1', '一、收入支出决算总表.....\t2', '', '第一部分 概况', '正文。'].join('\n')));
    expect(report.sections.map((s) => s.title)).toEqual(['第一部分 概况']);
    expect(report.tables.map((t) => [t.title, t.status, t.rows.length])).toEqual([['收入支出决算总表', 'absent', 0]]);
    expect(report.paragraphs.map((p) => p.text)).toEqual(['正文。']);
  });
});

describe('assembleReport on pdftotext -layout text', () => {
  it('should align space-separated cells into columns, keeping blanks where nothing is printed', () => {
    const text = [
      '                         支出决算表',
      '                                                              公开03表',
      '单位：万元',
      '     项目                                   本年支出合计          基本支出          项目支出',
      '科目代码      科目名称',
      '               合计                         945.84        160.74        785.10',
      '208      社会保障和就业支出                         10.05         10.05',
      '2101101  行政单位医疗                           553.86                      553.86',
    ].join('\n');
    const [table] = extractText(input(text)).tables;
    expect(table?.columns.map((c) => c.header.join('/'))).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(table?.rows.map((r) => [r.code, r.name, ...r.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind))])).toEqual([
      [null, '合计', '945.84', '160.74', '785.10'],
      ['208', '社会保障和就业支出', '10.05', '10.05', 'blank'],
      ['2101101', '行政单位医疗', '553.86', 'blank', '553.86'],
    ]);
  });
});

describe('assembleReport across pages', () => {
  it('should merge a table whose title and form label repeat after a form feed, dropping the repeated header', () => {
    const head = ['收入决算表', '公开02表', '单位：万元', '项目\t\t本年收入合计\t财政拨款收入', '科目代码\t科目名称\t栏次\t1\t2'];
    const text = [...head, '\t合计\t945.84\t945.84', '208\t社会保障和就业支出\t10.05\t10.05', '\f收入决算表（续）', '公开02表', '单位：万元', ...head.slice(3), '210\t卫生健康支出\t922.02\t922.02', '', '注：本表反映单位本年度取得的各项收入情况。'].join('\n');
    const report = extractText(input(text));
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]?.rows.map((r) => [r.name, r.prov.page, r.prov.line])).toEqual([
      ['合计', 1, 6],
      ['社会保障和就业支出', 1, 7],
      ['卫生健康支出', 2, 13],
    ]);
    expect(report.tables[0]?.pages).toEqual([1, 2]);
  });
});

describe('assembleReport with 类/款/项 in separate columns', () => {
  it('should join the code parts and carry a merged leading part down', () => {
    const text = [
      '一般公共预算支出表',
      '单位：万元',
      '科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出',
      '类\t款\t项\t\t\t\t',
      '210\t\t\t卫生健康支出\t922.02\t136.92\t785.10',
      '\t11\t\t行政事业单位医疗\t558.50\t4.64\t553.86',
      '\t\t01\t行政单位医疗\t553.86\t\t553.86',
    ].join('\n');
    const [table] = extractText(input(text)).tables;
    expect(table?.rows.map((r) => [r.code, r.name])).toEqual([
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      ['2101101', '行政单位医疗'],
    ]);
    expect(table?.columns.map((c) => c.header.join('/'))).toEqual(['合计', '基本支出', '项目支出']);
  });
});

describe('assembleReport title and label variants', () => {
  it('should read a form label printed on the title line, before or after the title', () => {
    const body = ['单位：万元', '项目\t行次\t金额', '合计\t1\t10.00'];
    const before = extractText(input(['表1：部门收支总表', ...body].join('\n'))).tables[0];
    const after = extractText(input(['收入支出决算总表  公开01表', ...body].join('\n'))).tables[0];
    expect([before?.formLabel, before?.formNo, before?.title]).toEqual(['表1', '1', '部门收支总表']);
    expect([after?.formLabel, after?.formNo, after?.title]).toEqual(['公开01表', '01', '收入支出决算总表']);
    expect(after?.rows[0]?.lineNo).toBe('1');
  });
});

describe('assembleReport status guard', () => {
  it('should not call a table empty when its amounts sit in lines that form no grid', () => {
    const text = ['支出决算表', '公开03表', '单位：万元', '项目 本年支出合计 基本支出', '合计 945.84 160.74', '', '第四部分 专业名词解释'].join('\n');
    const report = extractText(input(text));
    expect(report.tables[0]).toMatchObject({ status: 'absent', rows: [] });
    expect(report.findings.map((f) => f.code)).toContain('TABLE_GRID_NOT_FOUND');
  });
});

describe('assembleReport sides without a side header', () => {
  it('should read income and expenditure sides from the row labels of two groups', () => {
    const text = ['部门收支总表', '表1', '单位：万元', '项目\t预算数\t项目\t预算数', '一、一般公共预算拨款收入\t1,292.44\t一、社会保障和就业支出\t', '二、政府性基金预算拨款收入\t\t二、卫生健康支出\t1,292.44', '本年收入合计\t1,292.44\t本年支出合计\t1,292.44'].join('\n');
    const [table] = extractText(input(text)).tables;
    expect(table?.rows.map((r) => `${r.side}:${r.name}`)).toEqual(['income:一、一般公共预算拨款收入', 'income:二、政府性基金预算拨款收入', 'income:本年收入合计', 'expenditure:一、社会保障和就业支出', 'expenditure:二、卫生健康支出', 'expenditure:本年支出合计']);
  });
});
