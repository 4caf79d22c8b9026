import { describe, expect, it } from 'vitest';
import { cell, row, seed, tableNo, valueOf } from './text-seed-helpers.ts';

describe('tab-separated final accounts (unit report, 3-group 06)', () => {
  const report = seed('s000');

  it('should read metadata from the cover, the 编制单位 lines and the 概况 heading', () => {
    expect(report.meta).toEqual({ unit: '西安市碑林区医疗保险经办中心', year: 2023, kind: 'final', scope: 'unit', moneyUnit: '万元' });
  });

  it('should keep a blank basic cell blank and read the project cell exactly in 03', () => {
    const r = row(tableNo(report, 3), '2101101');
    expect(r.name).toBe('行政单位医疗');
    expect(cell(r, '基本支出').value).toEqual({ kind: 'blank', printed: '' });
    expect(valueOf(cell(r, '项目支出'))).toBe('553.86');
    expect(cell(r, '项目支出').prov.line).toBe(532);
  });

  it('should align the shifted 栏次 row of 02 to the value columns', () => {
    const t = tableNo(report, 2);
    expect(t.columns.map((c) => c.columnNo)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(t.columns[0]?.header).toEqual(['本年收入合计']);
    expect(valueOf(cell(row(t, '合计'), '本年收入合计'))).toBe('945.84');
  });

  it('should split 01 into income and expenditure sides with 行次 as lineNo', () => {
    const t = tableNo(report, 1);
    const health = row(t, '九、卫生健康支出', 'expenditure');
    expect(health.lineNo).toBe('39');
    expect(health.cells.map(valueOf)).toEqual(['922.02']);
    expect(row(t, '总计', 'income').cells.map(valueOf)).toEqual(['945.84']);
    expect(t.rows.every((r) => r.cells.every((c) => valueOf(c) !== '9'))).toBe(true);
  });

  it('should read 06 groups as rows and repair the code printed in a value column', () => {
    const t = tableNo(report, 6);
    expect(row(t, '30226').cells.map(valueOf)).toEqual(['blank']);
    expect(row(t, '399').name).toBe('其他支出');
    expect(row(t, '公用经费合计').cells.map(valueOf)).toEqual(['7.81']);
    expect(row(t, '人员经费合计').cells.map(valueOf)).toEqual(['152.93']);
    expect(report.findings.map((f) => f.code)).toContain('TABLE_ROW_SHIFTED');
  });

  it('should report 07/08/09 as empty and 09 rows as budget/final sides', () => {
    expect([7, 8, 9].map((n) => tableNo(report, n).status)).toEqual(['empty', 'empty', 'empty']);
    expect(tableNo(report, 9).rows.map((r) => r.side)).toEqual(['budget', 'final']);
    expect(tableNo(report, 9).columns.map((c) => c.header.join('/'))).toContain('财政拨款“三公”经费/公务用车购置及运行维护费/公务用车运行维护费');
  });

  it('should list every table once', () => {
    const standard = report.tables.filter((t) => t.formNo !== null).map((t) => t.formNo);
    expect(standard).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
  });
});

describe('tab-separated final accounts with thousands separators and page breaks', () => {
  const report = seed('s001');

  it('should read 01 expenditure 卫生健康支出 exactly on its line', () => {
    const r = row(tableNo(report, 1), '九、卫生健康支出', 'expenditure');
    expect(r.cells.map(valueOf)).toEqual(['1931.29']);
    expect(r.cells[0]?.value).toMatchObject({ printed: '1,931.29' });
    expect(r.prov.line).toBe(85);
  });

  it('should keep a table split by a blank-line page break as one table', () => {
    const t = tableNo(report, 1);
    expect(report.tables.filter((x) => x.formNo === '01')).toHaveLength(1);
    expect(row(t, '二十五、债务付息支出', 'expenditure').prov.line).toBe(102);
    expect(valueOf(cell(row(t, '总计', 'expenditure'), '金额'))).toBe('2365.94');
  });

  it('should read 06 in four groups with personnel / public_funds sides and dash cells', () => {
    const t = tableNo(report, 6);
    expect(valueOf(row(t, '30305').cells[0]!)).toBe('0.12');
    expect(row(t, '30305').side).toBe('personnel');
    expect(row(t, '30901').cells[0]?.value).toEqual({ kind: 'dash', printed: '——' });
    expect(row(t, '31101').side).toBe('public_funds');
    expect(row(t, '公用经费合计').cells.map(valueOf)).toEqual(['20.26']);
  });

  it('should read the OCR slip 档次 as the 栏次 row of 04', () => {
    expect(tableNo(report, 4).columns.map((c) => c.columnNo)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('should split the wide one-row 09 into budget and final', () => {
    const t = tableNo(report, 9);
    expect(t.rows.map((r) => [r.side, r.name])).toEqual([
      ['budget', '预算数'],
      ['final', '决算数'],
    ]);
    expect(cell(row(t, '决算数'), '公务接待费').value).toMatchObject({ kind: 'number', value: '0.12' });
  });

  it('should keep 行次 of 10 out of the values', () => {
    const t = tableNo(report, 10);
    expect(row(t, '(一)车辆数合计(辆)').lineNo).toBe('7');
    expect(row(t, '(一)车辆数合计(辆)').cells.map(valueOf)).toEqual(['1']);
  });
});
