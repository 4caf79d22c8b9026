import type { Report } from '@budgetdoc/schema';

/**
 * What the normalizer and validator decided about each source line, keyed
 * by `page:line`: section keys, table keys, row keys and findings. `null`
 * keys are spelled `∅` so unknown sections and unmatched rows stand out.
 * @param report a processed report
 * @returns short notes per line, in report order
 * @example reportNotes(report).get('1:40') // ['row 合计 → total']
 */
export function reportNotes(report: Report): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (page: number, line: number, note: string): void => {
    const key = `${page}:${line}`;
    const list = notes.get(key);
    if (list) list.push(note);
    else notes.set(key, [note]);
  };
  for (const section of report.sections) add(section.prov.page, section.prov.line, `section → ${section.key ?? '∅ unknown'}`);
  for (const table of report.tables) {
    add(table.prov.page, table.prov.line, `table ${table.id} → ${table.key ?? '∅'} form ${table.formNo ?? '-'} ${table.status}${table.statusReason ? ` (${table.statusReason})` : ''}`);
    for (const row of table.rows) {
      const label = [row.side, row.code, row.name].filter(Boolean).join(' ');
      add(row.prov.page, row.prov.line, `row ${label} → ${row.key ?? '∅ unmatched'}`);
    }
  }
  for (const finding of report.findings) {
    if (finding.where.line !== undefined) add(finding.where.page ?? 1, finding.where.line, `! ${finding.severity} ${finding.code}: ${finding.message}`);
  }
  return notes;
}
