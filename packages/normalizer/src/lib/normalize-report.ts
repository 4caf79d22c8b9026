import type { Report, TableKey } from '@budgetdoc/schema';
import { normalizeSections } from './normalize-sections.ts';
import { normalizeTable } from './normalize-table.ts';
import { normalizerFinding } from './normalizer-finding.ts';

// Standard forms a report prints once (per side); a second one is worth a note.
const ONCE_PER_REPORT = new Set<TableKey>(['income_expenditure_summary', 'income', 'expenditure', 'appropriation_summary', 'general_budget_expenditure', 'general_budget_basic_expenditure', 'government_fund', 'state_capital_expenditure', 'three_public_expenses', 'disclosure_statistics']);

/**
 * Fill canonical keys (sections, tables, columns, cells, rows) and add the
 * normalizer's findings. Pure: the same report in gives the same report out;
 * printed text and values are never changed.
 * @param report extracted report (keys null)
 * @returns the report with keys and findings
 * @example normalizeReport(extractText(input))
 */
export function normalizeReport(report: Report): Report {
  const sections = normalizeSections(report.sections, report.meta.unit);
  const findings = [...report.findings, ...sections.findings];
  const seen = new Map<string, string>();
  const tables = report.tables.map((table) => {
    const result = normalizeTable(table, report.meta.kind, report.meta.year);
    findings.push(...result.findings);
    const key = result.table.key;
    if (key && ONCE_PER_REPORT.has(key) && result.table.status === 'data') {
      const first = seen.get(key);
      if (first) findings.push(normalizerFinding('TABLE_DUPLICATE_KEY', 'info', `tables ${first} and ${table.id} both keyed ${key}`, { table: table.id, tableKey: key, page: table.prov.page, line: table.prov.line }, { evidence: { first } }));
      else seen.set(key, table.id);
    }
    return result.table;
  });
  return { ...report, sections: sections.sections, tables, findings };
}
