import { describe, expect, test } from 'vitest';
import { extractFigures } from '../src/index.ts';
import { buildReport } from './fixtures/build-report.ts';

const keysOf = (paragraphs: string[]) => extractFigures(buildReport({ paragraphs })).figures.map((f) => `${f.key}=${f.value}${f.unit}`);

describe('extractFigures', () => {
  test('should read totals with their change (s000)', () => {
    expect(keysOf(['2023年度收入总计、支出总计均为945.84万元，与上年相比收入总计、支出总计均减少587.75万元，下降38.33%，下降的主要原因是：公务员定额补助与公务员二次补助支付方式改革。'])).toMatchInlineSnapshot(`
      [
        "grand_income_total=945.84万元",
        "grand_expenditure_total=945.84万元",
        "grand_income_total.change=-587.75万元",
        "grand_expenditure_total.change=-587.75万元",
        "grand_income_total.change_pct=-38.33%",
        "grand_expenditure_total.change_pct=-38.33%",
      ]
    `);
  });

  test('should read staff numbers (s000)', () => {
    expect(keysOf(['截至2023年底，本单位人员编制15人，其中行政编制0人、事业编制15人；实有人员11人，其中行政0人、事业11人。单位管理的离退休人员0人。'])).toMatchInlineSnapshot(`
      [
        "staff.authorized=15人",
        "staff.authorized.administrative=0人",
        "staff.authorized.public_institution=15人",
        "staff.actual=11人",
        "staff.actual.administrative=0人",
        "staff.actual.public_institution=11人",
        "staff.retired=0人",
      ]
    `);
  });

  test('should read 三公 amounts and counts (s001)', () => {
    expect(
      keysOf([
        '2023年度“三公”经费财政拨款支出全年预算1.58万元，支出决算1.58万元，完成全年预算的100.00%，比上年度增加1.53万元，增长3060%，主要原因是：2022年相关车辆费用在其他科目支出。',
        '3、公务用车运行维护费支出1.46万元，使用财政拨款负担的公务用车保有量共1辆车，主要用于：用于业务检查等公务活动。',
        '4、公务接待费支出0.12万元，共接待2批次，19人次。国内接待费0.12万元，共接待2批次，19人次。',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "three_public.total.budget=1.58万元",
        "three_public.total.final=1.58万元",
        "three_public.total.completion_rate=100.00%",
        "three_public.total.final.change=1.53万元",
        "three_public.total.final.change_pct=3060%",
        "three_public.vehicle_operation=1.46万元",
        "three_public.vehicle_operation.vehicles=1辆",
        "three_public.reception=0.12万元",
        "three_public.reception.batches=2批次",
        "three_public.reception.people=19人次",
      ]
    `);
  });

  test('should read procurement totals and the self-evaluation score (s000)', () => {
    expect(
      keysOf([
        '(一) 2023年度政府采购支出总额共194.66万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出194.66万元。',
        '根据年度设定的绩效目标，单位整体支出自评得分97.75，全年预算数945.84万元，执行数945.84万元，完成预算的100%。',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "procurement.total=194.66万元",
        "procurement.goods=0万元",
        "procurement.works=0万元",
        "procurement.services=194.66万元",
        "performance.overall.budget=945.84万元",
        "performance.overall.final=945.84万元",
        "performance.overall.completion_rate=100%",
        "performance.overall.score=97.75分",
      ]
    `);
  });

  test('should keep the （类）（款）（项） chain subject of a 年初预算/决算 sentence', () => {
    const { figures } = extractFigures(buildReport({ paragraphs: ['1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算7.32万元，支出决算10万元，完成年初预算的136.61%。'] }));
    expect(figures.map((f) => [f.key, f.value, f.subject])).toEqual([
      ['item.initial_budget', '7.32', '机关事业单位基本养老保险缴费支出'],
      ['item.final', '10', '机关事业单位基本养老保险缴费支出'],
      ['item.completion_rate', '136.61', '机关事业单位基本养老保险缴费支出'],
    ]);
  });
});
