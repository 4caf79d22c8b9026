import { describe, expect, it } from 'vitest';
import { cell, row, seed, tableNo, valueOf } from './text-seed-helpers.ts';

describe('Markdown-ish budget with tab tables and [illegible] placeholders', () => {
  const report = seed('s003');

  it('should read budget metadata', () => {
    expect(report.meta).toEqual({ unit: '西安市灞桥区医疗保障局', year: 2021, kind: 'budget', scope: 'department', moneyUnit: '万元' });
  });

  it('should keep the two 本年支出合计 cells of 表4 as printed, disagreeing with 1,292.44', () => {
    const t = tableNo(report, 4);
    const department = row(t, '本年支出合计', 'expenditure_department_economic');
    const government = row(t, '本年支出合计', 'expenditure_government_economic');
    expect(department.cells[0]?.value).toEqual({ kind: 'number', value: '1294.44', printed: '1294.44' });
    expect(government.cells[0]?.value).toEqual({ kind: 'number', value: '1294.44', printed: '1,294.44' });
    expect(row(t, '本年支出合计', 'expenditure_function').cells[0]?.value).toEqual({ kind: 'number', value: '1292.44', printed: '1,292.44' });
    expect(t.unit).toBe('万元');
  });

  it('should give 表4 four groups', () => {
    const sides = new Set(tableNo(report, 4).rows.map((r) => r.side));
    expect([...sides]).toEqual(['income', 'expenditure_function', 'expenditure_department_economic', 'expenditure_government_economic']);
  });

  it('should report [illegible] tables as illegible and unprinted indexed tables as absent', () => {
    expect([2, 7, 11, 12].map((n) => tableNo(report, n).status)).toEqual(['illegible', 'illegible', 'illegible', 'illegible']);
    expect([1, 3].map((n) => tableNo(report, n).status)).toEqual(['absent', 'absent']);
    expect(tableNo(report, 9).status).toBe('empty');
  });

  it('should keep the department code as row code and the government code as text in 表6', () => {
    const r = row(tableNo(report, 6), '30201');
    expect(r.name).toBe('办公费');
    expect(valueOf(cell(r, '合计'))).toBe('26.95');
    expect(cell(r, '政府经济科目编码').value).toEqual({ kind: 'text', printed: '50201' });
  });

  it('should take heading levels from numbering and Markdown depth, and skip the 目录', () => {
    const titles = report.sections.map((s) => [s.title, s.level]);
    expect(titles).toContainEqual(['第一部分 部门概况', 1]);
    expect(titles).toContainEqual(['一、部门主要职责及机构设置', 2]);
    expect(titles).toContainEqual(['八、政府采购情况说明', 2]);
    expect(report.sections.filter((s) => s.title === '第一部分 部门概况')).toHaveLength(1);
  });
});

describe('pdftotext reports whose standard tables were images', () => {
  it('should list the 9 indexed tables of a department report, absent or listed empty', () => {
    const report = seed('s002');
    const standard = report.tables.filter((t) => t.formNo !== null);
    expect(standard.map((t) => t.formNo)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(standard.map((t) => t.status)).toEqual(['absent', 'absent', 'absent', 'absent', 'absent', 'absent', 'empty', 'empty', 'absent']);
    expect(standard.every((t) => t.rows.length === 0)).toBe(true);
    expect(report.meta).toMatchObject({ unit: '宝鸡市凤翔区医疗保障局', year: 2023, kind: 'final', scope: 'department' });
  });

  it('should announce the standard set as absent when only the part heading is printed', () => {
    const report = seed('s004');
    const standard = report.tables.filter((t) => t.formNo !== null);
    expect(standard).toHaveLength(9);
    expect(standard.every((t) => t.status === 'absent' && t.rows.length === 0)).toBe(true);
    expect(report.meta).toMatchObject({ unit: '米脂县医疗保险经办中心', year: 2023, kind: 'final', scope: 'unit' });
  });

  it('should join hard-wrapped lines into paragraphs and wrapped headings into one title', () => {
    const report = seed('s002');
    expect(report.paragraphs.find((p) => p.prov.line === 7)?.text).toMatch(/^（1）贯彻执行国家.*计划规定。$/);
    expect(report.sections.map((s) => s.title)).toContain('九、财政拨款“三公”经费及会议费、培训费支出决算情况说明');
  });
});
