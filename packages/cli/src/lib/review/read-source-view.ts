import { readFile } from 'node:fs/promises';
import { decodeText } from '@budgetdoc/extractor';
import type { Report } from '@budgetdoc/schema';
import { pdfRowsFromReport } from './pdf-rows-from-report.ts';
import type { SourceRow, SourceView } from './source-view.ts';

/**
 * Split decoded text into numbered rows the way the text extractor numbers
 * them: one row per `\n`-separated line, a form feed starts a new page but
 * not a new line.
 * @param text decoded text
 * @returns the rows
 * @example textRows('a\n\fb')[1] // { page: 2, line: 2, text: 'b' }
 */
export function textRows(text: string): SourceRow[] {
  let page = 1;
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const parts = raw.split('\f');
      page += parts.length - 1;
      return { page, line: index + 1, text: parts.join('') };
    });
}

/**
 * The source of a report as rows: decoded lines for text input, rows rebuilt
 * from the report for PDFs (or when the source file cannot be read).
 * @param path where the source file is now (may differ from `report.source.file`)
 * @param report the extracted report
 * @returns the source view
 * @example await readSourceView('corpus/a.txt', report)
 */
export async function readSourceView(path: string | null, report: Report): Promise<SourceView> {
  const format = report.source.format;
  if (format !== 'pdf' && path !== null) {
    try {
      const rows = textRows(decodeText(await readFile(path)).text);
      return { format, rows, reconstructed: false, pages: rows.at(-1)?.page ?? 1 };
    } catch {
      // Unreadable or moved source: fall back to the rows the report itself carries.
    }
  }
  return { format, rows: pdfRowsFromReport(report), reconstructed: true, pages: report.source.pages };
}
