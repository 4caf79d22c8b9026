import { type Cell, type Finding, type Row, sumDecimals, type Table, subtractDecimals } from '@budgetdoc/schema';
import { cellAmount } from './amounts.ts';
import { findingAt } from './make-finding.ts';
import { roundingVerdict, sumTolerance } from './tolerance.ts';

/** One printed addend of an identity. */
export interface Addend {
  readonly row: Row;
  readonly cell: Cell | undefined;
}

/** An identity total = Σ addends to verify inside one table. */
export interface SumIdentity {
  readonly code: string;
  readonly table: Table;
  readonly scale: number;
  readonly totalRow: Row;
  readonly totalCell: Cell | undefined;
  readonly addends: readonly Addend[];
  /** Plain-language statement of the identity, e.g. "基本支出 + 项目支出 = 本年支出合计". */
  readonly rule: string;
  /** Where the total sits, e.g. "支出决算表 2101101 行政单位医疗 行". */
  readonly place: string;
}

/**
 * Verify total = Σ addends. Any difference is a finding; one within the
 * rounding tolerance of one unit per printed addend is marked withinRounding. A blank addend counts as zero only when at least one addend prints
 * an amount; when none does, the identity is not checked (nothing to compare).
 * A blank total counts as zero when addends print amounts.
 * @param identity the identity and its cells
 * @returns a finding located at the total cell, or null when it holds
 * @example checkSum({ code: 'SUM_COLUMNS_MISMATCH', ... })
 */
export function checkSum(identity: SumIdentity): Finding | null {
  // A cell kept as text (an unreadable or unparsed number) cannot be weighed:
  // the identity is left unchecked rather than read as blank.
  if ([identity.totalCell, ...identity.addends.map((a) => a.cell)].some((cell) => cell?.value.kind === 'text')) return null;
  const printed = identity.addends.map((a) => cellAmount(a.cell)).filter((v): v is string => v !== null);
  if (printed.length === 0) return null;
  const actual = cellAmount(identity.totalCell);
  // Note: a dash ("不适用") total next to printed addends is still compared as 0.
  const total = actual ?? '0';
  const expected = sumDecimals(printed);
  const tolerance = sumTolerance(printed.length, identity.scale);
  const verdict = roundingVerdict(expected, total, tolerance);
  if (verdict === 'exact') return null;
  const shown = identity.totalCell?.value.printed || '（空白）';
  const difference = subtractDecimals(total, expected);
  return findingAt(identity.table, identity.totalRow, identity.totalCell, {
    code: identity.code,
    message: `${identity.place}：${identity.rule}，分项合计 ${expected}，表中印为 ${shown}，相差 ${difference}（尾差容许 ±${tolerance}）`,
    expected,
    actual: total,
    tolerance,
    withinRounding: verdict === 'rounding',
    evidence: {
      addends: identity.addends
        .filter((a) => cellAmount(a.cell) !== null)
        .map((a) => ({ row: a.row.key ?? a.row.name, column: a.cell?.key ?? null, value: cellAmount(a.cell), line: a.cell?.prov.line })),
      difference,
    },
  });
}
