import type { Report } from '@budgetdoc/schema';
import type { LineDecision } from './line-role.ts';

/**
 * Line roles read back from a finished report's provenance: headings,
 * prose, table titles and body rows. A fallback when the extractor cannot
 * trace an input itself; lines the report does not mention stay unknown.
 * @param report a processed report
 * @returns decisions keyed by `page:line`
 * @example decisionsFromReport(report).get('1:12')?.role // 'heading'
 */
export function decisionsFromReport(report: Report): Map<string, LineDecision> {
  const decisions = new Map<string, LineDecision>();
  const set = (decision: LineDecision): void => {
    const key = `${decision.page}:${decision.line}`;
    if (!decisions.has(key)) decisions.set(key, decision);
  };
  report.sections.forEach((section, index) => {
    set({ page: section.prov.page, line: section.prov.line, role: 'heading', owner: `s${index}`, detail: `level ${section.level}` });
  });
  for (const paragraph of report.paragraphs) {
    const end = paragraph.prov.lineEnd ?? paragraph.prov.line;
    for (let line = paragraph.prov.line; line <= end; line++) {
      set({ page: paragraph.prov.page, line, role: 'prose', ...(paragraph.section === null ? {} : { owner: `s${paragraph.section}` }) });
    }
  }
  for (const table of report.tables) {
    if (table.status !== 'absent') set({ page: table.prov.page, line: table.prov.line, role: 'table-title', owner: table.id });
    for (const row of table.rows) {
      set({ page: row.prov.page, line: row.prov.line, role: 'table-row', owner: table.id, detail: `${row.cells.length} cells` });
      for (const cell of row.cells) set({ page: cell.prov.page, line: cell.prov.line, role: 'table-row', owner: table.id, detail: 'wrapped cell' });
    }
  }
  return decisions;
}
