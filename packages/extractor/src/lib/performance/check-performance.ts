import { compareDecimals, type CellValue, type Finding, fromScaled, type PerformanceTable, sumDecimals, toScaled } from '@budgetdoc/schema';

function numberOf(value: CellValue | null | undefined): string | null {
  return value && (value.kind === 'number' || value.kind === 'percent') ? value.value : null;
}

/** Half a unit of the last printed digit: "93" → 0.5, "86.66" → 0.005. */
function halfUnit(value: string): string {
  const decimals = toScaled(value).scale;
  return decimals === 0 ? '0.5' : `0.${'0'.repeat(decimals)}5`;
}

/** |executed × 100 / budget − rate| ≤ tolerance, exactly (cross-multiplied, no division). */
function rateMatches(executed: string, budget: string, rate: string, tolerance: string): boolean {
  const e = toScaled(executed);
  const b = toScaled(budget);
  const r = toScaled(rate);
  const t = toScaled(tolerance);
  const scale = Math.max(e.scale, b.scale + r.scale, b.scale + t.scale);
  const lift = (units: bigint, s: number): bigint => units * 10n ** BigInt(scale - s);
  const lhs = lift(e.units * 100n, e.scale);
  const rhs = lift(r.units * b.units, r.scale + b.scale);
  const diff = lhs > rhs ? lhs - rhs : rhs - lhs;
  const bound = lift(t.units * (b.units < 0n ? -b.units : b.units), t.scale + b.scale);
  return diff <= bound;
}

/** executed × 100 / budget to `decimals` places, rounded half up, exactly. */
function percentOf(executed: string, budget: string, decimals: number): string {
  const e = toScaled(executed);
  const b = toScaled(budget);
  // value = (e.units / 10^e.scale) * 100 / (b.units / 10^b.scale), scaled by 10^decimals.
  const num = e.units * 100n * 10n ** BigInt(b.scale + decimals) * 2n;
  const den = b.units * 10n ** BigInt(e.scale);
  const q = num / den;
  const rounded = (q + (q >= 0n ? 1n : -1n)) / 2n;
  return fromScaled({ units: rounded, scale: decimals });
}

/**
 * Arithmetic a performance table promises, as findings: leaf scores and
 * weights add up to the 总分 row (with or without the funds row's own
 * 分值/得分), each level-1 label's weight equals its leaves' weights, no leaf
 * scores more than its weight, and 执行率 = 执行数 / 预算数 within half a
 * unit of the rate's last printed digit.
 */
export function checkPerformance(perf: PerformanceTable): Finding[] {
  const findings: Finding[] = [];
  const where = { table: perf.table, tableKey: tableKeyOf(perf), page: perf.prov.page, line: perf.prov.line };
  const leaves = perf.indicators;
  // The funds part carries its own 分值/得分 (printed on the total row, or
  // on the first sub-row when the total row lacks it) that 总分 may include.
  const extra = (column: 'weight' | 'score'): string | null => {
    const rows = [...perf.funds.filter((f) => f.key === 'total'), ...perf.funds, ...perf.tasks.filter((t) => t.isTotal)];
    for (const row of rows) {
      const value = numberOf(row.values.find((v) => v.column === column)?.value);
      if (value !== null) return value;
    }
    return null;
  };
  for (const [column, printed, code] of [
    ['score', perf.totalScore, 'PERF_SCORE_SUM'],
    ['weight', perf.totalWeight, 'PERF_WEIGHT_SUM'],
  ] as const) {
    const total = numberOf(printed);
    const parts = leaves.map((l) => numberOf(l[column])).filter((v): v is string => v !== null);
    if (total === null || parts.length === 0) continue;
    const sum = sumDecimals(parts);
    const withFunds = extra(column);
    const ok = compareDecimals(sum, total) === 0 || (withFunds !== null && compareDecimals(sumDecimals([sum, withFunds]), total) === 0);
    if (!ok) {
      findings.push({
        code,
        severity: 'warning',
        source: 'extractor',
        message: `indicator ${column}s add up to ${sum}${withFunds ? ` (${sumDecimals([sum, withFunds])} with the funds row)` : ''}, 总分 row prints ${total}`,
        where: { ...where, row: '总分', column },
        expected: sum,
        actual: total,
      });
    }
  }
  const byLevel1 = new Map<string, { weight: string; parts: string[]; line: number }>();
  for (const leaf of leaves) {
    if (!leaf.level1 || !leaf.level1Weight) continue;
    const entry = byLevel1.get(leaf.level1) ?? { weight: leaf.level1Weight, parts: [], line: leaf.prov.line };
    const w = numberOf(leaf.weight);
    if (w) entry.parts.push(w);
    byLevel1.set(leaf.level1, entry);
  }
  for (const [label, entry] of byLevel1) {
    if (entry.parts.length === 0) continue;
    const sum = sumDecimals(entry.parts);
    if (compareDecimals(sum, entry.weight) !== 0) {
      findings.push({ code: 'PERF_LEVEL_WEIGHT_SUM', severity: 'warning', source: 'extractor', message: `weights under ${label} add up to ${sum}, the label prints ${entry.weight}`, where: { ...where, row: label, column: 'weight', line: entry.line }, expected: entry.weight, actual: sum });
    }
  }
  for (const leaf of leaves) {
    const w = numberOf(leaf.weight);
    const s = numberOf(leaf.score);
    if (w && s && compareDecimals(s, w) > 0) {
      findings.push({ code: 'PERF_SCORE_EXCEEDS_WEIGHT', severity: 'warning', source: 'extractor', message: `score ${s} exceeds weight ${w} for ${leaf.level3 ?? leaf.level2 ?? ''}`, where: { ...where, row: leaf.level3 ?? leaf.level2 ?? '', page: leaf.prov.page, line: leaf.prov.line }, expected: `≤${w}`, actual: s });
    }
  }
  const rateRows = [
    ...perf.funds.map((f) => ({ label: f.label, prov: f.prov, get: (c: string) => numberOf(f.values.find((v) => v.column === c)?.value) })),
    ...perf.tasks.map((t) => ({ label: t.name, prov: t.prov, get: (c: string) => numberOf(t.values.find((v) => v.column === c)?.value) })),
  ];
  for (const row of rateRows) {
    const rate = row.get('execution_rate');
    const executed = row.get('executed') ?? row.get('executed.total');
    const budget = row.get('annual_budget') ?? row.get('budget.total') ?? row.get('initial_budget');
    if (rate === null || executed === null || budget === null || compareDecimals(budget, '0') === 0) continue;
    const tolerance = halfUnit(rate);
    if (!rateMatches(executed, budget, rate, tolerance)) {
      const approx = percentOf(executed, budget, toScaled(rate).scale + 1);
      // Some units divide by 年初预算数 although the form says 全年预算数: say so, as information.
      const initial = row.get('initial_budget') ?? row.get('initial_compiled');
      const byInitial = initial !== null && compareDecimals(initial, '0') !== 0 && rateMatches(executed, initial, rate, tolerance);
      findings.push({
        code: 'PERF_EXECUTION_RATE',
        // Sub-rows of some templates print a placeholder 0% rate.
        severity: byInitial || compareDecimals(rate, '0') === 0 ? 'info' : 'warning',
        source: 'extractor',
        message: `执行率 ${rate}% printed, ${executed} / ${budget} = ${approx}%${byInitial ? ` (the printed rate matches 执行数 / 年初预算数 ${initial})` : ''}`,
        where: { ...where, row: row.label, column: 'execution_rate', page: row.prov.page, line: row.prov.line },
        expected: approx,
        actual: rate,
        tolerance,
      });
    }
  }
  return findings;
}

/** Canonical table key of a performance table kind. */
export function tableKeyOf(perf: Pick<PerformanceTable, 'kind'>): 'project_performance_evaluation' | 'overall_performance_evaluation' | 'project_performance_targets' | 'overall_performance_targets' {
  switch (perf.kind) {
    case 'project_evaluation':
      return 'project_performance_evaluation';
    case 'overall_evaluation':
      return 'overall_performance_evaluation';
    case 'project_targets':
      return 'project_performance_targets';
    case 'overall_targets':
      return 'overall_performance_targets';
  }
}
