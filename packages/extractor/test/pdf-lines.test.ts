import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readPdfLines, type PdfLines } from '../src/lib/pdf/read-pdf-lines.ts';

// Expected cells were read off the pages rendered with `pdftoppm -r 90`.
const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const cache = new Map<string, Promise<PdfLines>>();
function linesOf(id: string): Promise<PdfLines> {
  let result = cache.get(id);
  if (!result) {
    result = readPdfLines(new Uint8Array(readFileSync(`${corpus}${id}.pdf`)));
    cache.set(id, result);
  }
  return result;
}

/** Cell texts of the line on `page` whose non-empty cells start with `first`. */
async function row(id: string, page: number, ...first: string[]): Promise<string[]> {
  const { lines } = await linesOf(id);
  const found = lines.find((l) => l.page === page && l.cells.filter((c) => c.text).slice(0, first.length).every((c, i) => c.text === first[i]));
  if (!found) throw new Error(`no line starting with ${first.join(' | ')} on page ${page}`);
  for (const cell of found.cells) expect(cell.box, 'every cell has a box').toBeDefined();
  expect(found.box).toBeDefined();
  return found.cells.map((c) => c.text);
}

describe('readPdfLines', () => {
  test('should join subject codes printed in separate 类/款/项 columns (ONLYOFFICE)', async () => {
    const id = 'p01_2024_final_shanghai-putuo_finance-bureau';
    expect(await row(id, 8, '2010601')).toEqual(['2010601', '行政运行', '1,511.90', '1,511.89', '', '', '', '', '0.01']);
    expect(await row(id, 8, '类 款 项')).toEqual(['类 款 项', '合计', '2,946.25', '2,940.05', '', '', '', '', '6.20']);
    // Continuation page of the same table, and the two-group economic table with 类/款 only.
    expect(await row(id, 9, '2210203')).toEqual(['2210203', '购房补贴', '258.50', '258.50', '', '', '', '', '']);
    expect(await row(id, 16, '30113')).toEqual(['30113', '住房公积金', '187.19', '30212', '因 公 出 国 （ 境 ） 费用', '']);
    const { findings } = await linesOf(id);
    expect(findings.filter((f) => f.code === 'PDF_SPLIT_CODE_COLUMNS').map((f) => f.where.page)).toEqual([8, 10, 15, 16, 19, 20]);
  });

  test('should join a label wrapped inside its cell with the numbers centred beside it', async () => {
    expect(await row('p01_2024_final_shanghai-putuo_finance-bureau', 10, '2080505')).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', '', '', '', '']);
  });

  test('should keep a merged header cell in its first column', async () => {
    expect(await row('p01_2024_final_shanghai-putuo_finance-bureau', 8, '项目')).toEqual(['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  test('should read a two-sided summary table with line numbers (WPS)', async () => {
    expect(await row('p32_2024_final_central_national-public-complaints-bureau', 7, '八、其他收入')).toEqual(['八、其他收入', '8', '878.44', '八、社会保障和就业支出', '39', '2,228.57']);
    expect(await row('p32_2024_final_central_national-public-complaints-bureau', 12, '人员经费合计')).toEqual(['人员经费合计', '', '7,967.72', '公用经费合计', '', '', '', '', '2,266.65']);
  });

  test('should keep each cell of a page-spanning table on its own page (WPS 表格)', async () => {
    expect(await row('p14b_2026_budget_beijing_finance-bureau_tables', 6, '2101103-公务员医疗补助', '50501-工资福利支出')).toEqual(['2101103-公务员医疗补助', '50501-工资福利支出', '30111-公务员医疗补助缴费', '256.593960', '256.593960', '', '', '', '']);
    expect(await row('p09_2018_budget_jiangsu_procuratorate', 16, '2040402')).toEqual(['2040402', '一般行政管理事务', '3,666.00']);
  });

  test('should split a pdf.js run that crosses a column rule', async () => {
    expect(await row('p14b_2026_budget_beijing_finance-bureau_tables', 1, '一、一般公共预算拨款收入')).toEqual(['一、一般公共预算拨款收入', '44,156.640120', '一、一般公共服务支出', '37,644.195492']);
  });

  test('should assign overflowing text to the cell it mostly covers (Acrobat)', async () => {
    expect(await row('p25_2022_budget_xian_meteorological-bureau', 18, '10', '4、事业单位经营收入')).toEqual(['10', '4、事业单位经营收入', '0.00', '9、社会保险基金支出', '0.00', '(3)对个人和家庭补助', '0.00', '9、对个人和家庭的补助', '0.00']);
  });

  test('should read a Word table', async () => {
    expect(await row('p09_2018_budget_jiangsu_procuratorate', 15, '2040401')).toEqual(['2040401', '行政运行', '10,883.36']);
    expect(await row('p09_2018_budget_jiangsu_procuratorate', 15, '21,955.35')).toEqual(['21,955.35', '13,994.31', '5,573.00', '2,388.04', '']);
  });

  test('should report every page of an image-only PDF as without text', async () => {
    const result = await linesOf('p15a_2026_budget_beijing_data-bureau_narrative_imageonly');
    expect(result.pages).toBe(8);
    expect(result.pagesWithoutText).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.lines).toEqual([]);
    expect(result.findings.map((f) => `${f.code}@${f.where.page}`)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((p) => `PDF_PAGE_NO_TEXT@${p}`));
  });

  test('should not read rules of prose pages', async () => {
    const result = await linesOf('p09_2018_budget_jiangsu_procuratorate');
    expect(result.pagesWithoutText).toEqual([]);
    expect(result.pagesWithRules).toBeLessThan(result.pages);
  });
});
