import type { Finding, Report, Row, Table } from '@budgetdoc/schema';
import { amountScale, sidesOf, valueCells } from '../amounts.ts';
import { checkSum } from '../check-sum.ts';
import { rowLabel, tableLabel } from '../make-finding.ts';
import { childRows, NOT_SUBJECT_CODED, subjectCode } from '../subject-rows.ts';

/**
 * Code hierarchy: every 类 row equals the sum of its 款 rows and every 款 the
 * sum of its 项 rows, column by column, on each side of the table. Checked only
 * where the children are printed; a blank child counts as zero only when a
 * sibling prints an amount in that column.
 * @param report the report
 * @returns SUM_HIERARCHY_MISMATCH findings, located at the parent's cell
 * @example checkCodeHierarchy(report).map((f) => f.where.row) // ['302']
 */
export function checkCodeHierarchy(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const table of report.tables) {
    if (table.status !== 'data' || (table.key && NOT_SUBJECT_CODED.has(table.key))) continue;
    findings.push(...checkTable(table));
  }
  return findings;
}

function checkTable(table: Table): Finding[] {
  const findings: Finding[] = [];
  const scale = amountScale(table);
  for (const side of sidesOf(table)) {
    // Note: 06-style tables print groups side by side; the normalizer may give
    // each group its own side, so a class continued in the next group is
    // still found by comparing over all rows when sides are group sides.
    const rows = table.rows.filter((row) => (row.side ?? null) === side || isGroupSide(side, row.side ?? null));
    const ownRows = table.rows.filter((row) => (row.side ?? null) === side);
    for (const parent of ownRows) {
      const code = subjectCode(parent);
      if (!code || code.length === 7) continue;
      const children = childRows(rows, code);
      if (children.length === 0) continue;
      for (const [slot, cell] of valueCells(parent)) {
        const finding = checkSum({
          code: 'SUM_HIERARCHY_MISMATCH',
          table,
          scale,
          totalRow: parent,
          totalCell: cell,
          addends: children.map((row) => ({ row, cell: valueCells(row).get(slot) })),
          rule: `${code.length === 3 ? '类' : '款'}级科目应等于其下${children.map((c) => subjectCode(c)).join('、')}之和（${cell.header.filter(Boolean).join('/') || slot}列）`,
          place: `${tableLabel(table)} ${rowLabel(parent)} 行`,
        });
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

// Group sides of 06 (personnel / public_funds) are layout groups, not separate ledgers.
function isGroupSide(a: string | null, b: string | null): boolean {
  const groups = new Set(['personnel', 'public_funds']);
  return a !== null && b !== null && groups.has(a) && groups.has(b);
}
