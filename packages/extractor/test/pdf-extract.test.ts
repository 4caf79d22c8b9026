import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Report, type Row, type Table } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { extractPdf } from '../src/lib/extract-pdf.ts';

// Expected values were read off the pages rendered with `pdftoppm -r 90`.
const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const cache = new Map<string, Promise<Report>>();
function reportOf(id: string): Promise<Report> {
  let result = cache.get(id);
  if (!result) {
    const bytes = new Uint8Array(readFileSync(`${corpus}${id}.pdf`));
    result = extractPdf(bytes, { id, file: `corpus/${id}.pdf`, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    cache.set(id, result);
  }
  return result;
}

function table(report: Report, title: string): Table {
  const found = report.tables.find((t) => t.title.replace(/\s+/g, '').includes(title));
  if (!found) throw new Error(`no table titled ${title}: ${report.tables.map((t) => t.title).join(' / ')}`);
  return found;
}

function row(t: Table, name: string): Row {
  const found = t.rows.find((r) => r.name.replace(/\s+/g, '') === name || r.code === name);
  if (!found) throw new Error(`no row ${name} in ${t.title}: ${t.rows.map((r) => r.name).join(' / ')}`);
  return found;
}

/** Printed values of a row's non-blank cells, with the page each was read from. */
function printed(r: Row): string[] {
  return r.cells.filter((c) => c.value.kind !== 'blank').map((c) => `${c.value.printed}@${c.prov.page}`);
}

describe('extractPdf', () => {
  test('should read a split-code table across two pages (ONLYOFFICE, 决算)', async () => {
    const report = await reportOf('p01_2024_final_shanghai-putuo_finance-bureau');
    expect(Report.safeParse(report).success).toBe(true);
    const income = table(report, '收入决算表');
    expect(income.status).toBe('data');
    expect(income.pages).toEqual([8, 9]);
    const running = row(income, '行政运行');
    expect(running.code).toBe('2010601');
    expect(printed(running)).toEqual(['1,511.90@8', '1,511.89@8', '0.01@8']);
    expect(running.cells[0]?.prov.box).toBeDefined();
    expect(printed(row(income, '购房补贴'))).toEqual(['258.50@9', '258.50@9']);
    expect(table(report, '政府性基金预算财政拨款收入支出决算表').status).toBe('empty');
    // 三公 as one wide row, 预算数 | 决算数 under each item (page 18): one row per side.
    const three = table(report, '三公');
    expect(three.rows.map((r) => [r.side, r.name, r.cells.length, ...printed(r)])).toEqual([
      ['budget', '预算数', 6, '0.95@18', '0.95@18'],
      ['final', '决算数', 6],
    ]);
    expect(three.rows[0]?.cells.filter((c) => c.value.kind !== 'blank').map((c) => c.header.join('/'))).toEqual(['预算数/财政拨款“三公”经费/合计', '预算数/财政拨款“三公”经费/公务接待费']);
  });

  test('should read a WPS 决算 report with 公开NN表 labels', async () => {
    const report = await reportOf('p32_2024_final_central_national-public-complaints-bureau');
    const summary = table(report, '收入支出决算总表');
    expect(summary.formNo).toBe('01');
    expect(summary.status).toBe('data');
    expect(printed(row(summary, '八、其他收入'))).toContain('878.44@7');
    expect(printed(row(summary, '八、社会保障和就业支出'))).toContain('2,228.57@7');
    const three = table(report, '三公');
    expect(three.status).toBe('data');
    expect(three.rows.flatMap(printed)).toContain('76.43@15');
    expect(table(report, '政府性基金预算财政拨款收入支出决算表').status).toBe('empty');
    expect(table(report, '国有资本经营预算财政拨款支出决算表').status).toBe('empty');
  });

  test('should keep a three-page table as one with each cell on its page (WPS 表格, 预算)', async () => {
    const report = await reportOf('p14b_2026_budget_beijing_finance-bureau_tables');
    const expenditure = table(report, '支出总表');
    expect(expenditure.formLabel).toBe('预算03表');
    expect(expenditure.pages).toEqual([4, 5, 6]);
    const last = expenditure.rows.find((r) => r.code === '2101103' && r.cells.some((c) => c.value.printed === '256.593960'));
    expect(last?.cells.find((c) => c.value.printed === '256.593960')?.prov.page).toBe(6);
    const first = expenditure.rows.find((r) => r.cells.some((c) => c.value.printed === '1,721.982000'));
    expect(first?.cells.find((c) => c.value.printed === '1,721.982000')?.prov.page).toBe(4);
    // Names printed as "2010601-行政运行" give the code and the name.
    expect([first?.code, first?.name]).toEqual(['2010601', '行政运行']);
    const basic = table(report, '一般公共预算基本支出表');
    expect(basic.rows.filter((r) => r.code !== null).every((r) => /^\d{5}$/.test(r.code ?? '') && !/^\d/.test(r.name))).toBe(true);
    expect([basic.rows[1]?.code, basic.rows[1]?.name]).toEqual(['50101', '工资奖金津补贴']);
  });

  test('should read a Word 预算 report whose tables continue after a page number', async () => {
    const report = await reportOf('p09_2018_budget_jiangsu_procuratorate');
    const appropriation = table(report, '财政拨款支出预算表');
    expect(appropriation.formNo).toBe('05');
    expect(appropriation.pages).toEqual([15, 16]);
    expect(printed(row(appropriation, '2040401'))).toEqual(['10,883.36@15']);
    expect(printed(row(appropriation, '2040402'))).toEqual(['3,666.00@16']);
    expect(table(report, '政府性基金支出预算表').status).toBe('empty');
  });

  test('should name rows printed over a merged group column and an item column (Word 预算 收入预算总表)', async () => {
    const report = await reportOf('p09_2018_budget_jiangsu_procuratorate');
    const income = table(report, '收入预算总表');
    // As rendered on page 14: each group label is a merged cell, vertically centred over its items.
    expect(income.rows.map((r) => [r.name, ...printed(r)])).toEqual([
      ['收入总计', '21,955.35@14'],
      ['一般公共预算资金/小计', '21,940.96@14'],
      ['一般公共预算资金/公共财政拨款(补助)资金', '21,940.96@14'],
      ['一般公共预算资金/专项收入'],
      ['政府性基金/小计'],
      ['财政专户管理资金/小计'],
      ['财政专户管理资金/专户管理教育收费'],
      ['财政专户管理资金/其他非税收入'],
      ['其他资金/小计', '14.39@14'],
      ['其他资金/事业收入'],
      ['其他资金/经营收入'],
      ['其他资金/其他收入', '14.39@14'],
      ['其他资金/债务资金(银行贷款)'],
      ['上年结转和结余资金/小计'],
      ['上年结转和结余资金/其中：动用上年结转和结余资金'],
    ]);
    expect(income.columns).toHaveLength(1);
    // 十七、国土海洋气象等支出 wraps at the foot of page 13; its last character opens page 14.
    const summary = table(report, '收支预算总表');
    expect(summary.rows.filter((r) => r.side === 'expenditure_function').map((r) => r.name)).toContain('十七、国土海洋气象等支出');
    expect(summary.rows.map((r) => r.name)).not.toContain('出');
  });

  test('should read an Acrobat 预算 report in 元 with 表N labels', async () => {
    const report = await reportOf('p25_2022_budget_xian_meteorological-bureau');
    const detail = table(report, '一般公共预算支出明细表（按功能科目分）');
    expect(detail.formNo).toBe('5');
    expect(detail.unit).toBe('元');
    expect(printed(row(detail, '2200504'))).toEqual(['4699323.32@22', '1536932.32@22', '106691@22', '3055700@22']);
  });

  test('should produce a report for an image-only PDF with every page listed as without text', async () => {
    const report = await reportOf('p15a_2026_budget_beijing_data-bureau_narrative_imageonly');
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.source.format).toBe('pdf');
    expect(report.source.pages).toBe(8);
    expect(report.source.pagesWithoutText).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.findings.filter((f) => f.code === 'PDF_PAGE_NO_TEXT')).toHaveLength(8);
    expect(report.tables.every((t) => t.status === 'absent')).toBe(true);
  });
});
