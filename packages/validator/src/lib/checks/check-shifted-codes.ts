import { type Finding, type Report, type Row, sumDecimals, type Table, compareDecimals } from '@budgetdoc/schema';
import { cellAmount, valueCells } from '../amounts.ts';
import { findingAt, rowLabel, tableLabel } from '../make-finding.ts';
import { childRows, subjectCode } from '../subject-rows.ts';

/**
 * The extractor reads a subject code printed in a value column (a converter
 * shifted "399 其他支出" one cell left, into 劳务费's amount) as a code, not
 * an amount: TABLE_ROW_SHIFTED. The code hierarchy is the evidence either
 * way: for each blank cell on that line whose 类/款 prints a total, compare
 * the total with its items read both ways. The finding says which reading
 * the arithmetic supports, so a reader can judge the guess.
 * @param report the report with extractor findings
 * @returns SHIFT_SUPPORTED_BY_SUM (info) or SHIFT_CONTRADICTED_BY_SUM (warning) findings
 * @example checkShiftedCodes(report).map((f) => f.code) // ['SHIFT_SUPPORTED_BY_SUM']
 */
export function checkShiftedCodes(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const shift of report.findings) {
    if (shift.code !== 'TABLE_ROW_SHIFTED' || !shift.actual || !/^\d+(?:\.\d+)?$/.test(shift.actual)) continue;
    const table = report.tables.find((t) => t.id === shift.where.table);
    if (!table || table.status !== 'data') continue;
    const finding = weigh(table, shift.actual, shift.where.line ?? null);
    if (finding) findings.push(finding);
  }
  return findings;
}

interface Reading {
  readonly row: Row;
  readonly parent: Row;
  readonly total: string;
  readonly asCode: string;
  readonly asAmount: string;
}

// Which group's blank cell the shifted value came from is not known, so every
// blank cell on the line with a printed 类/款 total above it is weighed.
function weigh(table: Table, printed: string, line: number | null): Finding | null {
  const readings: Reading[] = [];
  for (const row of table.rows.filter((r) => r.prov.line === line && subjectCode(r) !== null)) {
    for (const [slot, cell] of valueCells(row)) {
      if (cell.value.kind !== 'blank') continue;
      const parent = parentRow(table.rows, row);
      const total = parent ? cellAmount(valueCells(parent).get(slot)) : null;
      if (!parent || total === null) continue;
      const items = childRows(table.rows, subjectCode(parent) ?? '')
        .map((r) => cellAmount(valueCells(r).get(slot)))
        .filter((v): v is string => v !== null);
      readings.push({ row, parent, total, asCode: sumDecimals(items), asAmount: sumDecimals([...items, printed]) });
    }
  }
  if (readings.length === 0) return null;
  const holds = (a: string, b: string) => compareDecimals(a, b) === 0;
  const contradicting = readings.find((r) => holds(r.asAmount, r.total));
  const supported = !contradicting && readings.every((r) => holds(r.asCode, r.total));
  if (!contradicting && !supported) return null;
  const at = contradicting ?? readings[0];
  if (!at) return null;
  const detail = readings
    .map((r) => `${rowLabel(r.parent)} 印为 ${r.total}，不计 ${printed} 时分项之和为 ${r.asCode}，计作 ${rowLabel(r.row)} 的金额时为 ${r.asAmount}`)
    .join('；');
  return findingAt(table, at.row, valueCells(at.row).values().next().value, {
    code: supported ? 'SHIFT_SUPPORTED_BY_SUM' : 'SHIFT_CONTRADICTED_BY_SUM',
    severity: supported ? 'info' : 'warning',
    message: `${tableLabel(table)}：金额栏中的 ${printed} 被读作下一组的科目编码。${detail}。${supported ? '按编码读才与合计相符' : `按 ${rowLabel(at.row)} 的金额读才与合计相符，编码的读法可能有误`}`,
    expected: at.total,
    actual: supported ? at.asCode : at.asAmount,
    tolerance: '0',
    evidence: { printed, readings: readings.map((r) => ({ row: subjectCode(r.row), parent: subjectCode(r.parent), total: r.total, sumReadAsCode: r.asCode, sumReadAsAmount: r.asAmount })) },
  });
}

/** The 类 or 款 row directly above a row's code (30226 → 302). */
function parentRow(rows: readonly Row[], row: Row): Row | undefined {
  const code = subjectCode(row);
  if (!code || code.length === 3) return undefined;
  const candidates = [code.slice(0, code.length - 2), code.slice(0, 3)];
  for (const parentCode of candidates) {
    const parent = rows.find((r) => subjectCode(r) === parentCode);
    if (parent) return parent;
  }
  return undefined;
}
