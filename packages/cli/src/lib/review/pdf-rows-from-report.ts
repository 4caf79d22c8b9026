import type { Provenance, Report } from '@budgetdoc/schema';
import type { SourceRow } from './source-view.ts';

interface Piece {
  readonly x: number;
  readonly order: number;
  readonly text: string;
}

/**
 * Text rows of a PDF rebuilt from what the extractor read: section titles,
 * paragraphs, table titles, row labels and cell texts, grouped by page and
 * row and ordered left to right by their boxes. Used where the raw PDF rows
 * are not available, so a cell link always has a row to land on.
 * @param report an extracted PDF report
 * @returns rows sorted by page and line, one per distinct provenance row
 * @example pdfRowsFromReport(report).find((r) => r.page === 3)?.text
 */
export function pdfRowsFromReport(report: Report): SourceRow[] {
  const rows = new Map<string, { page: number; line: number; pieces: Piece[] }>();
  let order = 0;
  const add = (prov: Provenance, text: string, x = prov.box?.[0]): void => {
    if (text === '') return;
    const key = `${prov.page}:${prov.line}`;
    let row = rows.get(key);
    if (!row) {
      row = { page: prov.page, line: prov.line, pieces: [] };
      rows.set(key, row);
    }
    row.pieces.push({ x: x ?? Number.POSITIVE_INFINITY, order: order++, text });
  };
  for (const section of report.sections) add(section.prov, section.numbering && !section.title.startsWith(section.numbering) ? `${section.numbering}${section.title}` : section.title);
  for (const paragraph of report.paragraphs) add(paragraph.prov, paragraph.text);
  for (const table of report.tables) {
    add(table.prov, table.formLabel && !table.title.includes(table.formLabel) ? `${table.formLabel} ${table.title}` : table.title);
    for (const row of table.rows) {
      // Note: a row's box may span the whole printed line (two sides share it); its label sits just left of its own first cell.
      const firstCell = Math.min(...row.cells.filter((c) => c.prov.line === row.prov.line && c.prov.page === row.prov.page).map((c) => c.prov.box?.[0] ?? Number.POSITIVE_INFINITY));
      add(row.prov, [row.code, row.name].filter(Boolean).join(' '), Number.isFinite(firstCell) ? firstCell - 0.5 : row.prov.box?.[0]);
      for (const cell of row.cells) add(cell.prov, cell.value.printed);
    }
  }
  // Pieces without a box keep reading order after the boxed ones.
  return [...rows.values()]
    .sort((a, b) => a.page - b.page || a.line - b.line)
    .map((row) => ({
      page: row.page,
      line: row.line,
      text: row.pieces
        .sort((a, b) => a.x - b.x || a.order - b.order)
        .map((piece) => piece.text)
        .join('  '),
    }));
}
