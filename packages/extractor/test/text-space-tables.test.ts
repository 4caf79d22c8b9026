import { describe, expect, it } from 'vitest';
import type { Row, Table } from '@budgetdoc/schema';
import { extractText, textToSourceLines } from '../src/index.ts';
import { layoutTokens } from '../src/lib/text/layout-tokens.ts';
import { textInput } from './text-input.ts';

// Snippets copied from `pdftotext -layout` output of corpus PDFs (spacing exact):
// cells are runs of characters at character positions, blank cells invisible.

// A budget 收支总表 with a 序号 column and four side-by-side groups; row 4's label
// is printed on the line above its amounts, and long labels run into their amounts
// without a space (1、人员经费和公用经费支出1839311.66).
const SUMMARY = [
  "表1",
  "",
  "                                              2022年部门综合预算收支总表",
  "                                                                                                                       金额单位：元",
  "",
  "          收              入                                             支                   出",
  "序号                                                                  部门预算支出经济科目（按                     政府预算支出经济分类科",
  "          项   目               预算数    支出功能分科目（按大类）         预算数                              预算数                           预算数",
  "                                                                        大类）                             目（按大类）",
  "1 一、部门预算             18999011.66    一、部门预算         18999011.66      一、部门预算          18999011.66      一、部门预算       18999011.66",
  "2   1、财政拨款           18999011.66     1、一般公共服务支出    0.00              1、人员经费和公用经费支出1839311.66          1、机关工资福利支出 3055700.00",
  "3    (1)一般公共预算拨款     18999011.66     2、外交支出        0.00                 (1)工资福利支出   1732620.66        2、机关商品和服务支出 14104000.00",
  "4       其中：专项资金列入部门预算的项目",
  "                     0.00            3、国防支出        0.00                 (2)商品和服务支出 106691.00          3、机关资本性支出（一）0.00",
  "5    (2)政府性基金拨款      0.00            4、公共安全支出      0.00                 (3)对个人和家庭的补助0.00              4、机关资本性支出（二）0.00",
  "",
  "注：本表为示例。",
].join('\n');

// 一般公共预算财政拨款支出决算表: subject codes in separate 类 / 款 / 项 columns,
// 基本支出 left blank for project-only rows.
const CODES = [
  "                  一般公共预算财政拨款支出决算表",
  "                                                           单位：万元",
  "",
  "                   项目",
  "      支出功能分类",
  "                                      合计        基本支出 项目支出",
  "       科目编码             科目名称",
  "类      款    项",
  "201               一般公共服务支出           2,106.66   1,503.52    603.14",
  "201     06        财政事务               2,106.66   1,503.52    603.14",
  "201     06   01   行政运行               1,511.89   1,503.52      8.37",
  "201     06   02   一般行政管理事务              10.00                10.00",
  "201     06   07   信息化建设                135.25               135.25",
  "201     06   08   财政委托业务支出             449.52               449.52",
  "208               社会保障和就业支出            326.72     326.72",
].join('\n');

// 收入决算表: header cells wrapped over two lines (本年收入合 / 计), a 栏次 row,
// four value columns blank in every row.
const WRAPPED = [
  "                                 收入决算表",
  "                                                                                  公开 02 表",
  "部门：国家信访局                                                                        金额单位：万元",
  "              项目",
  "                           本年收入合       财政拨款收       上级补助收                 附属单位",
  "                                                           事业收入   经营收入           其他收入",
  "科目代码            科目名称         计           入           入                   上缴收入",
  "",
  "                栏次            1           2          3      4      5      6         7",
  "                合计         20,451.35   19,572.91                                        878.44",
  "201     一般公共服务支出           16,770.89   15,892.45                                        878.44",
  "20140   信访事务               16,770.89   15,892.45                                        878.44",
  "2014001 行政运行                6,000.76    5,732.26                                        268.50",
  "2014002 一般行政管理事务               33.00       33.00",
  "2014003 机关服务                  839.13      229.19                                        609.94",
  "2014004 信访业务                2,124.72    2,124.72",
].join('\n');

// A 收支预算总表 over a page break: labels wrapped around their centred amounts,
// the page number, and a label broken off at the foot of the page (…等支 | 出).
const PAGES = [
  "公开 01 表：收支预算总表",
  "部门：                  江苏省人民检察院                                       单位：万元",
  "",
  "           收入                                   支出",
  "",
  "                                     功能分类                    支出用途",
  "    项目名称          金额",
  "                                 功能科目名称       金额         项目名称         金额",
  "",
  "一、财政拨款          21,940.96   一、一般公共服务支出                  一、基本支出      13,994.31",
  "",
  "    1.一般公共预",
  "                21,940.96   二、外交支出                      二、项目支出       5,573.00",
  "算",
  "    2.政府性基金                                             三、单位预留机动",
  "                            三、国防支出                                   2,388.04",
  "预算                                                      经费",
  "二、财政专户管理",
  "                            四、公共安全支出        16,458.75",
  "资金",
  "",
  "三、其他资金             14.39    五、教育支出",
  "",
  "                            六、科学技术支出",
  "",
  "                            七、文化体育与传媒支出",
  "",
  "                            八、社会保障和就业支出      1,836.22",
  "",
  "                            九、医疗卫生与计划生育",
  "                            支出",
  "",
  "                            十、节能环保支出",
  "",
  "                            十一、城乡社区支出",
  "",
  "                            十二、农林水支出",
  "",
  "                            十三、交通运输支出",
  "",
  "                            十四、资源勘探信息等支",
  "                            出",
  "",
  "                            十五、商业服务业等支出",
  "",
  "                            十六、金融支出",
  "",
  "                            十七、国土海洋气象等支",
  "",
  "",
  "",
  "                                      13",
  "",
].join('\n') + '\n\f' + [
  "                          出",
  "",
  "                          十八、住房保障支出        3,660.38",
  "",
  "                          十九、粮油物资储备支出",
  "",
  "                          二十、其他支出",
  "",
  "当年收入小计        21,955.35                  当年支出小计            21,955.35",
  "",
  "上年结转资金                                   结转下年资金",
  "",
].join('\n');

const only = (text: string): Table => {
  const [table] = extractText(textInput(text)).tables;
  if (!table) throw new Error('no table');
  return table;
};
const rowNamed = (table: Table, name: string, side?: string): Row => {
  const row = table.rows.find((r) => r.name === name && (side === undefined || r.side === side));
  if (!row) throw new Error(`no row ${name}`);
  return row;
};
const printed = (row: Row): string[] => row.cells.map((c) => (c.value.kind === 'blank' ? '' : c.value.printed));
const headerOf = (table: Table, row: Row, at: number): string[] => table.columns[row.cells[at]?.column ?? -1]?.header ?? [];

describe('layoutTokens', () => {
  it('should split an amount glued to its label and keep character columns', () => {
    const tokens = layoutTokens('2   1、财政拨款           18999011.66     1、人员经费和公用经费支出1839311.66');
    expect(tokens.map((t) => [t.text, t.start, t.kind])).toEqual([
      ['2', 0, 'int'],
      ['1、财政拨款', 4, 'text'],
      ['18999011.66', 21, 'amount'],
      ['1、人员经费和公用经费支出', 37, 'text'],
      ['1839311.66', 50, 'amount'],
    ]);
  });

  it('should join letter-spaced words and a number split after its decimal point, not the code-level headers', () => {
    expect(layoutTokens('          收              入          项   目     合   计    945. 84').map((t) => t.text)).toEqual(['收入', '项目', '合计', '945. 84']);
    expect(layoutTokens('类      款    项').map((t) => t.text)).toEqual(['类', '款', '项']);
    expect(layoutTokens('表 10   2022 年部门综合预算专项业务经费支出表').map((t) => [t.text, t.kind])).toEqual([
      ['表', 'text'],
      ['10', 'int'],
      ['2022 年部门综合预算专项业务经费支出表', 'text'],
    ]);
  });
});

describe('space-aligned tables (pdftotext -layout)', () => {
  it('should re-split a grid at its column gutters, every line with one cell per column', () => {
    const lines = textToSourceLines(SUMMARY, 'txt');
    const grid = lines.filter((l) => l.split === 'tab');
    expect(grid.length).toBeGreaterThan(5);
    expect(new Set(grid.map((l) => l.cells.length)).size).toBe(1);
    // Title, unit line and the note are not grid lines.
    expect(lines.find((l) => l.text.includes('收支总表'))?.split).toBe('none');
    expect(lines.find((l) => l.text.startsWith('注：'))?.split).toBe('none');
  });

  it('should read a two-sided 收支总表 with 序号, amounts glued to labels and a label printed above its amounts', () => {
    const table = only(SUMMARY);
    expect(table.columns.map((c) => c.side)).toEqual(['income', 'expenditure_function', 'expenditure_department_economic', 'expenditure_government_economic']);
    expect(table.columns[0]?.header).toEqual(['收入', '预算数']);
    const first = rowNamed(table, '一、部门预算', 'income');
    expect([first.lineNo, ...printed(first)]).toEqual(['1', '18999011.66']);
    const wrapped = rowNamed(table, '其中：专项资金列入部门预算的项目');
    expect([wrapped.lineNo, ...printed(wrapped)]).toEqual(['4', '0.00']);
    // The amounts keep the line they are printed on; the label's own line is folded into it.
    expect(wrapped.cells[0]?.prov.line).toBe(14);
    expect(textToSourceLines(SUMMARY, 'txt')[12]?.cells).toEqual([]);
    expect(printed(rowNamed(table, '1、人员经费和公用经费支出'))).toEqual(['1839311.66']);
    expect(printed(rowNamed(table, '3、机关资本性支出（一）'))).toEqual(['0.00']);
    expect(printed(rowNamed(table, '(3)对个人和家庭的补助'))).toEqual(['0.00']);
  });

  it('should join 类 / 款 / 项 code columns and keep blank cells as blank', () => {
    const table = only(CODES);
    expect(table.columns.map((c) => c.header)).toEqual([['合计'], ['基本支出'], ['项目支出']]);
    const run = rowNamed(table, '行政运行');
    expect([run.code, ...printed(run)]).toEqual(['2010601', '1,511.89', '1,503.52', '8.37']);
    const project = rowNamed(table, '一般行政管理事务');
    expect([project.code, ...printed(project)]).toEqual(['2010602', '10.00', '', '10.00']);
    expect(project.cells[1]?.value.kind).toBe('blank');
    expect(headerOf(table, project, 2)).toEqual(['项目支出']);
    expect(rowNamed(table, '财政事务').code).toBe('20106');
    expect(table.headerRows.flat()).toContain('类 款 项');
  });

  it('should join header cells wrapped over lines, keep columns the body leaves blank and number them from 栏次', () => {
    const table = only(WRAPPED);
    const leaves = table.columns.map((c) => c.header.at(-1));
    expect(leaves).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(table.columns.map((c) => c.columnNo)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const row = rowNamed(table, '机关服务');
    expect([row.code, ...printed(row)]).toEqual(['2014003', '839.13', '229.19', '', '', '', '', '609.94']);
    expect(headerOf(table, row, 6)).toEqual(['其他收入']);
    expect(printed(rowNamed(table, '合计'))).toEqual(['20,451.35', '19,572.91', '', '', '', '', '878.44']);
  });

  it('should follow a table over a page break: labels around centred amounts, page number dropped, a label finished on the next page', () => {
    const table = only(PAGES);
    const income = rowNamed(table, '1.一般公共预算', 'income');
    expect(printed(income)).toEqual(['21,940.96']);
    expect(income.cells[0]?.prov.line).toBe(13);
    expect(printed(rowNamed(table, '三、单位预留机动经费', 'expenditure_nature'))).toEqual(['2,388.04']);
    expect(printed(rowNamed(table, '二、财政专户管理资金', 'income'))).toEqual(['']);
    expect(printed(rowNamed(table, '四、公共安全支出', 'expenditure_function'))).toEqual(['16,458.75']);
    expect(rowNamed(table, '十七、国土海洋气象等支出').prov.page).toBe(1);
    expect(table.rows.some((r) => r.name === '出')).toBe(false);
    expect(table.rows.flatMap(printed)).not.toContain('13');
    expect(printed(rowNamed(table, '十八、住房保障支出'))).toEqual(['3,660.38']);
    expect(table.pages).toEqual([1, 2]);
  });

  it('should leave a table as printed when a code folded in with its label would be read as an amount', () => {
    // 表6 with a line broken inside an amount (587700.3 | 6 …): the code column then holds a decimal and is read as
    // amounts, so the code 30108 folded onto the line of its amounts would be cited where it is not printed.
    const text = [
      "\f表6",
      "",
      "                          2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）",
      "                                                                                                             金额单位：元",
      "序 部门经济科目                        政府经济科目",
      "                    部门经济科目名称              政府经济科目名称     合计           人员经费支出       公用经费支出       专项业务经费支出        备注",
      "号   编码                            编码",
      "1                  合计                                18999011.66    1732620.66      106691       17159700",
      "2    301           工资福利支出                             4788320.66    1732620.66            0       3055700",
      "3          30101   基本工资         50501    工资福利支出          298224        298224             0              0",
      "4          30102   津贴补贴         50101    工资奖金津补贴        3055700              0            0       3055700",
      "5          30102   津贴补贴         50501    工资福利支出        116629.72     116629.72            0              0",
      "6          30103   奖金           50501    工资福利支出          240000        240000             0              0",
      "7          30107   绩效工资         50501    工资福利支出          212640        212640             0              0",
      "8          30108   机关事业单位基本养老保险缴费",
      "                              50501      工资福利支出         81738.24      81738.24            0              0",
      "9          30109   职业年金缴费       50501    工资福利支出         43608.96      43608.96            0              0",
      "10         30110   职工基本医疗保险缴费   50501    工资福利支出          41651.4       41651.4            0              0",
      "11         30111   公务员医疗补助缴费    50501    工资福利支出          13627.8       13627.8            0              0",
      "12         30112   其他社会保障缴费     50501    工资福利支出          1090.22       1090.22            0              0",
      "13         30113   住房公积金        50501    工资福利支出         95709.96      95709.96            0              0",
      "14         30199   其他工资福利支出     50501    工资福利支出        587700.3",
      "6     587700.36            0              0",
    ].join('\n');
    const source = text.split('\n');
    for (const row of only(text).rows) {
      for (const cell of row.cells) {
        if (cell.value.kind === 'number') expect(source[cell.prov.line - 1]?.replace(/[\s,]/g, '')).toContain(cell.value.value);
      }
    }
  });

  it('should not carry a grid over a page that opens with a header of its own', () => {
    const second = ['          科目编码            科目名称         金额', '          功能分类            项目             决算数', '201       一般公共服务支出        16,770.89'].join('\n');
    const lines = textToSourceLines(`${CODES}\n\f${second}`, 'txt');
    const next = lines.filter((l) => l.page === 2);
    expect(next.map((l) => l.split)).toEqual(['spaces', 'spaces', 'spaces']);
    expect(lines.filter((l) => l.page === 1 && l.split === 'tab').length).toBeGreaterThan(5);
  });

  it('should leave prose, flowed text and performance tables as they were split', () => {
    const prose = ['收入支出决算总表', '', '本部门2023年度收入总计、支出总计均为945.84万元，与上年相比增加10.05万元，增长1.07%。', '主要原因是人员变动。'].join('\n');
    expect(textToSourceLines(prose, 'txt').map((l) => l.split)).toEqual(['none', 'none', 'none', 'none']);
    const performance = ['项目支出绩效自评表', '', '项目名称        医保专网建设', '年度资金总额    10.00     9.80    98%'].join('\n');
    expect(textToSourceLines(performance, 'txt').map((l) => l.split)).toEqual(['none', 'none', 'spaces', 'spaces']);
  });

  it('should cite for every amount a line that prints it', () => {
    for (const text of [SUMMARY, CODES, WRAPPED, PAGES]) {
      const source = text.split('\n');
      for (const row of only(text).rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'number') continue;
          expect(source[cell.prov.line - 1]?.replace(/\f/g, '')).toContain(cell.value.printed);
        }
      }
    }
  });
});
