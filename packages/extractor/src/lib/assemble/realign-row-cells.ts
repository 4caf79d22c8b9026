import type { Finding } from '@budgetdoc/schema';
import type { GridGroup } from './grid-layout.ts';
import { isSubjectCode } from './subject-code.ts';

const hasText = (cells: readonly string[], positions: readonly (number | null)[]): boolean => positions.some((p) => p !== null && (cells[p] ?? '').trim() !== '');

/**
 * Repair cell positions within one body row of a side-by-side table where the
 * export dropped or added an empty cell, without changing any printed text:
 * 1. a subject code printed in a group's value position while the next
 *    group's code position is blank and its name is printed belongs to the
 *    next group (`30226 劳务费 399 ‹blank› 其他支出`);
 * 2. values printed in a group with no label of its own belong to the nearest
 *    earlier group in the row that has a label but no values
 *    (`公用经费合计 ‹blank›… 7.81`).
 * Each repair is reported as a finding; nothing is moved when in doubt.
 * @param cells cell texts of the row
 * @param groups the table's groups
 * @param where place for findings (table id, page, line)
 * @returns the realigned cells and findings
 * @example realignRowCells(['30226', '劳务费', '399', '', '其他支出', ''], groups, place).cells[3] // '399'
 */
export function realignRowCells(cells: readonly string[], groups: readonly GridGroup[], where: { table: string; page: number; line: number }): { cells: string[]; findings: Finding[] } {
  const out = [...cells];
  const findings: Finding[] = [];
  groups.forEach((group, g) => {
    const next = groups[g + 1];
    const lastValue = group.values[group.values.length - 1];
    if (!next || next.code === null || lastValue === undefined) return;
    const moved = out[lastValue] ?? '';
    const nextName = next.labels[0];
    if (isSubjectCode(moved) && !/[.,]/.test(moved) && (out[next.code] ?? '') === '' && nextName !== undefined && (out[nextName] ?? '') !== '') {
      out[next.code] = moved;
      out[lastValue] = '';
      findings.push({ code: 'TABLE_ROW_SHIFTED', severity: 'warning', source: 'extractor', message: `Subject code ${moved} printed in a value column; read as the code of the next group`, where: { ...where, column: String(lastValue) }, actual: moved });
    }
  });
  groups.forEach((group, g) => {
    if (hasText(out, [group.code, ...group.labels]) || !hasText(out, group.values)) return;
    for (let h = g - 1; h >= 0; h--) {
      const target = groups[h];
      if (!target || !hasText(out, [target.code, ...target.labels])) continue;
      if (hasText(out, target.values) || target.values.length !== group.values.length) return;
      group.values.forEach((p, i) => {
        const to = target.values[i];
        if (to === undefined) return;
        out[to] = out[p] ?? '';
        out[p] = '';
      });
      findings.push({ code: 'TABLE_CELL_SHIFTED', severity: 'info', source: 'extractor', message: 'Values printed under a group without a label; read as the values of the labelled row to their left', where });
      return;
    }
  });
  return { cells: out, findings };
}
