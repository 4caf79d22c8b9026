import type { Finding, Report, Row, Table } from '@budgetdoc/schema';
import { amountScale, cellAmount, valueCells } from '../amounts.ts';
import { checkSum } from '../check-sum.ts';
import { rowLabel, tableLabel } from '../make-finding.ts';
import { COLUMN_IDENTITIES, type ColumnIdentity } from './column-identities.ts';

/**
 * Column identities inside each row (本年支出合计 = 基本支出 + 项目支出 + …,
 * 本年收入合计 = Σ income columns, 05 小计 = basic + project, budget totals =
 * personnel + public + special, 09 三公 合计 = its three items, 04 合计 = its
 * three appropriation kinds). Rows printing columns outside an identity's
 * vocabulary are skipped.
 * @param report the report
 * @returns SUM_COLUMNS_MISMATCH findings at the total cell
 * @example checkColumnIdentities(report)
 */
export function checkColumnIdentities(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const table of report.tables) {
    if (table.status !== 'data' || !table.key) continue;
    for (const identity of COLUMN_IDENTITIES) {
      if (!identity.tables.includes(table.key)) continue;
      for (const row of table.rows) {
        const finding = checkRow(table, row, identity);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function checkRow(table: Table, row: Row, identity: ColumnIdentity): Finding | null {
  const cells = valueCells(row);
  const totalKey = identity.total.find((key) => cells.has(key));
  if (!totalKey) return null;
  const partKeys = identity.parts.filter((key) => cells.has(key));
  if (partKeys.length < 2) return null;
  for (const [slot, cell] of cells) {
    const known = slot === totalKey || identity.parts.includes(slot) || identity.ignore.includes(slot) || identity.total.includes(slot);
    // Unknown printed amount: the identity may not describe this layout.
    if (!known && cellAmount(cell) !== null) return null;
  }
  return checkSum({
    code: 'SUM_COLUMNS_MISMATCH',
    table,
    scale: amountScale(table),
    totalRow: row,
    totalCell: cells.get(totalKey),
    addends: partKeys.map((key) => ({ row, cell: cells.get(key) })),
    rule: identity.rule,
    place: `${tableLabel(table)} ${rowLabel(row)} 行`,
  });
}
