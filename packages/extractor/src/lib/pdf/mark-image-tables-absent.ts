import type { Finding, Report, Table } from '@budgetdoc/schema';

/**
 * Tables whose title is printed as text but whose body is an image: nothing
 * of the table (no header, no row) is in the text layer, and the table's page
 * or the page right after it has no text layer. Such a table is `absent`
 * (OCR is a later step), not `empty`: an empty table prints its header.
 * @param report the assembled report
 * @param pagesWithoutText pages with no text layer
 * @returns the report with those tables marked absent and one finding each
 * @example markImageTablesAbsent(report, [7, 8])
 */
export function markImageTablesAbsent(report: Report, pagesWithoutText: readonly number[]): Report {
  if (pagesWithoutText.length === 0) return report;
  const textless = new Set(pagesWithoutText);
  const lastTableOnPage = new Map<number, string>();
  for (const table of report.tables) lastTableOnPage.set(Math.max(table.prov.page, ...table.pages), table.id);
  const findings: Finding[] = [];
  const tables = report.tables.map((table): Table => {
    if (table.status === 'absent' || table.rows.length > 0 || table.headerRows.length > 0) return table;
    const last = Math.max(table.prov.page, ...table.pages);
    const imagePage = [table.prov.page, ...table.pages].find((p) => textless.has(p)) ?? (textless.has(last + 1) && lastTableOnPage.get(last) === table.id ? last + 1 : undefined);
    if (imagePage === undefined) return table;
    findings.push({
      code: 'PDF_TABLE_IN_IMAGE',
      severity: 'warning',
      source: 'extractor',
      message: `table "${table.title}" has no text; page ${imagePage} is an image without a text layer`,
      where: { table: table.id, page: imagePage },
    });
    return { ...table, status: 'absent', statusReason: `printed as an image on page ${imagePage} (no text layer)` };
  });
  return findings.length === 0 ? report : { ...report, tables, findings: [...report.findings, ...findings] };
}
