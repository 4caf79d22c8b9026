import { describe, expect, test } from 'vitest';
import { validateReport } from '../src/index.ts';
import { buildReport, buildTable } from './fixtures/build-report.ts';
import { s000Table03, s000Table05, s000Table06 } from './fixtures/corpus-tables.ts';

const validatorFindings = (report: ReturnType<typeof validateReport>) => report.findings.filter((f) => f.source === 'validator');

describe('prose checks', () => {
  test('should accept the s000 prose against its own arithmetic and its tables', () => {
    const report = validateReport(
      buildReport({
        tables: [s000Table03(), s000Table05(), s000Table06()],
        paragraphs: [
          '2023年度本年支出合计945. 84万元，其中：基本支出160. 74万元，占16. 99%；项目支出785. 10万元，占83. 01%。',
          '2023年度一般公共预算财政拨款支出年初预算1,246.16万元，支出决算945.84万元，完成年初预算的75.90%。占本年支出合计的100%。',
          '3. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算700万元，支出决算553.86万元，完成年初预算的79.12%，决算数小于年初预算数的主要原因是：因财政紧缩。',
          '(一) 人员经费152.93万元，主要包括：基本工资、津贴补贴。',
          '(二) 公用经费7.81万元，主要包括：办公费、邮电费、工会经费、其他交通费用。',
          '注：本表金额转换为万元时，因四舍五入可能存在尾差。',
        ],
      }),
    );
    expect(validatorFindings(report)).toEqual([]);
    expect(report.figures.find((f) => f.key === 'item.final')).toMatchObject({ value: '553.86', subject: '2101101', unit: '万元' });
  });

  test('should find the s004 增长 7% that the stated amounts make 7.71% (divided by this year, not last year)', () => {
    const report = validateReport(buildReport({ paragraphs: ['2023 年度收入总计、支出总计均为 372.65万元，与上年相比收入总计、支出总计增加 26.69 万元，增长 7%。'] }));
    const findings = validatorFindings(report);
    expect(findings.map((f) => [f.code, f.severity, f.expected, f.actual, f.tolerance])).toEqual([['PROSE_ARITHMETIC', 'warning', '8', '7', '0.5']]);
    expect(findings[0]?.message).toContain('本年数 372.65');
  });

  test('should find the p01 share 占71.73% that 2106.66 ÷ 2940.05 makes 71.65%', () => {
    const report = validateReport(buildReport({ paragraphs: ['一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；'] }));
    expect(validatorFindings(report).map((f) => [f.code, f.expected, f.actual])).toEqual([['PROSE_ARITHMETIC', '71.65', '71.73']]);
  });

  test('should find the s001 “工资福利支出316.17元” that the 06 table prints as 316.17 万元', () => {
    const table06 = buildTable({
      id: 't06',
      key: 'general_budget_basic_expenditure',
      title: '一般公共预算财政拨款基本支出决算明细表',
      columns: [{ key: 'personnel', header: '人员经费/决算数', side: 'personnel' }],
      rows: [
        { code: '301', name: '工资福利支出', values: ['316.17'] },
        { code: '30101', name: '基本工资', values: ['101.31'] },
      ],
    });
    const report = validateReport(buildReport({ tables: [table06], paragraphs: ['人员经费626.79万元，主要包括一、工资福利支出316.17元。其中：基本工资101.31万元'] }));
    const findings = validatorFindings(report).filter((f) => f.code === 'PROSE_TABLE_MISMATCH');
    expect(findings.map((f) => [f.where.row, f.expected, f.actual, f.severity])).toEqual([['301', '3161700', '316.17', 'error']]);
  });
});
