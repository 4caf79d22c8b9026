import { z } from 'zod';
import { Provenance } from './provenance.ts';
import { CellValue, DecimalString } from './value.ts';

/** Which kind of performance table: final-account self-evaluations or budget targets. */
export const PerformanceKind = z
  .enum(['project_evaluation', 'overall_evaluation', 'project_targets', 'overall_targets'])
  .meta({ id: 'PerformanceKind', description: 'project_evaluation = 项目绩效自评表, overall_evaluation = 整体支出绩效自评表, project_targets = 项目绩效目标表, overall_targets = 整体支出绩效目标表.' });
export type PerformanceKind = z.infer<typeof PerformanceKind>;

/**
 * An indicator value as printed (`≥95%`, `=100%`, `2023年1-12月`, `11人`)
 * with a parsed form where the text is a comparator, one number and a unit.
 */
export const IndicatorValue = z
  .object({
    printed: z.string().meta({ description: 'Cell text as printed (line wraps joined).' }),
    comparator: z.enum(['≥', '≤', '>', '<', '=']).nullable().meta({ description: 'Leading comparator (≥ also for >=, 大于等于, 不低于 …), null if none.' }),
    number: DecimalString.nullable().meta({ description: 'The one number of the value, exact; null when the text is not comparator+number+unit.' }),
    unit: z.string().nullable().meta({ description: 'Unit after the number (%, 人, 万元, 家/年 …), null if none.' }),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/** A named unit (主管部门 / 实施单位 / 预算单位) with its code where printed (`160-高平市医疗保障局`). */
export const PerformanceUnit = z
  .object({
    name: z.string(),
    code: z.string().nullable(),
    printed: z.string(),
  })
  .meta({ id: 'PerformanceUnit' });
export type PerformanceUnit = z.infer<typeof PerformanceUnit>;

/** Columns of the funds block, canonical. */
export const FundsColumn = z
  .enum(['initial_budget', 'initial_declared', 'initial_compiled', 'annual_budget', 'executed', 'balance', 'weight', 'execution_rate', 'score', 'amount'])
  .meta({ id: 'FundsColumn', description: 'initial_budget 年初预算数 (initial_declared 目标申报数 / initial_compiled 预算编制数 when split), annual_budget 全年预算数, executed 全年执行数, balance 资金结(转)余, weight 分值, execution_rate 执行率, score 得分; amount: the single amount column of target tables (实施期资金总额 / 年度资金总额).' });
export type FundsColumn = z.infer<typeof FundsColumn>;

/** One row of the funds block (年度资金总额 / 当年财政拨款 / 上年结转 / 其他资金). */
export const FundsRow = z
  .object({
    label: z.string().meta({ description: 'Printed row label without whitespace.' }),
    key: z.enum(['total', 'current_appropriation', 'carryover', 'other', 'unknown']),
    values: z.array(z.object({ column: FundsColumn, header: z.string(), value: CellValue })),
    prov: Provenance,
  })
  .meta({ id: 'FundsRow' });
export type FundsRow = z.infer<typeof FundsRow>;

/** One leaf of the indicator tree 一级指标 → 二级指标 → 三级指标. */
export const Indicator = z
  .object({
    project: z.string().nullable().meta({ description: 'Project or activity of the row when one table lists several (项目名称 / 活动 column), carried down; null otherwise.' }),
    level1: z.string().nullable().meta({ description: 'Level-1 label as printed (e.g. "产出指标 (50分)"), carried down from merged cells.' }),
    level1Weight: DecimalString.nullable().meta({ description: 'Weight printed in the level-1 label, e.g. 50 for "(50分)".' }),
    level2: z.string().nullable(),
    level3: z.string().nullable().meta({ description: '三级指标 / 指标内容; null when the row prints no indicator under its level-2 label.' }),
    target: IndicatorValue.nullable().meta({ description: '年度指标值 / 年初指标值 / 指标值.' }),
    targetAdjusted: IndicatorValue.nullable().meta({ description: '调整后指标值 where printed.' }),
    actual: IndicatorValue.nullable().meta({ description: '实际完成值.' }),
    weight: CellValue.nullable().meta({ description: '分值.' }),
    score: CellValue.nullable().meta({ description: '得分.' }),
    reason: z.string().nullable().meta({ description: '偏差原因分析及改进措施.' }),
    prov: Provenance,
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

/** A task row of an overall table (任务名称, 主要内容, 完成情况, amounts). */
export const PerformanceTask = z
  .object({
    name: z.string().meta({ description: 'Printed task name (任务1, 基本支出 …) or 金额合计 for the total row.' }),
    isTotal: z.boolean(),
    content: z.string().nullable(),
    status: z.string().nullable(),
    values: z.array(z.object({ column: z.string().meta({ description: 'budget.total, budget.appropriation, budget.other, executed.total, executed.appropriation, executed.other, weight, execution_rate, score.' }), value: CellValue })),
    prov: Provenance,
  })
  .meta({ id: 'PerformanceTask' });
export type PerformanceTask = z.infer<typeof PerformanceTask>;

/** A performance table (绩效自评表 / 绩效目标表) as a structured indicator tree. */
export const PerformanceTable = z
  .object({
    kind: PerformanceKind,
    table: z.string().meta({ description: 'Id of the generic table in Report.tables.' }),
    title: z.string(),
    year: z.number().int().nullable(),
    project: z.string().nullable().meta({ description: '项目名称, or the department/unit name for overall tables.' }),
    managingUnit: PerformanceUnit.nullable().meta({ description: '主管部门 (及代码).' }),
    implementingUnit: PerformanceUnit.nullable().meta({ description: '实施单位 / 预算单位.' }),
    funds: z.array(FundsRow),
    goals: z.string().nullable().meta({ description: '预期目标 / 年度目标 / 总体目标 text.' }),
    results: z.string().nullable().meta({ description: '实际完成情况 text.' }),
    tasks: z.array(PerformanceTask),
    indicators: z.array(Indicator),
    totalWeight: CellValue.nullable().meta({ description: '总分 row: the weight total (usually 100).' }),
    totalScore: CellValue.nullable().meta({ description: '总分 row: the score.' }),
    grade: z.string().nullable().meta({ description: 'Grade as printed (优/良/中/差).' }),
    prov: Provenance,
  })
  .meta({ id: 'PerformanceTable' });
export type PerformanceTable = z.infer<typeof PerformanceTable>;
