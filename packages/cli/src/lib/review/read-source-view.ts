import { readFile } from 'node:fs/promises';
import { decodeText, readPdfLines, type SourceLine } from '@budgetdoc/extractor';
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
 * Text rows of PDF lines: cells joined by tabs, so the column boundaries the
 * extractor found show the same way as in tab-separated text.
 * @param lines the extractor's PDF source lines
 * @returns the rows
 * @example pdfRows((await readPdfLines(bytes)).lines)
 */
export function pdfRows(lines: readonly SourceLine[]): SourceRow[] {
  return lines.map((line) => ({
    page: line.page,
    line: line.line,
    text: line.cells.length > 1 ? line.cells.map((cell) => cell.text).join('\t') : line.text,
    spans: line.cells.map((cell) => [cell.start, cell.end] as const),
  }));
}

/** Options of {@link readSourceView}. */
export interface SourceViewOptions {
  /** For PDFs, rebuild the rows from the report instead of reading the PDF again (faster, less complete). */
  readonly rebuildPdfRows?: boolean;
}

/**
 * The source of a report as rows: decoded lines for text input, the
 * extractor's text rows for PDFs; rows rebuilt from the report when the
 * source cannot be read (moved, unreadable) or when asked to.
 * @param path where the source file is now (may differ from `report.source.file`)
 * @param report the extracted report
 * @param options PDF row source
 * @returns the source view
 * @example await readSourceView('corpus/a.txt', report)
 */
export async function readSourceView(path: string | null, report: Report, options: SourceViewOptions = {}): Promise<SourceView> {
  const format = report.source.format;
  if (path !== null && !(format === 'pdf' && options.rebuildPdfRows)) {
    try {
      const bytes = await readFile(path);
      if (format === 'pdf') {
        // Junk before the header (HTTP headers, a BOM) is skipped the way the pipeline does.
        const pdf = await readPdfLines(new Uint8Array(bytes.subarray(Math.max(0, bytes.indexOf('%PDF-')))));
        return { format, rows: pdfRows(pdf.lines), reconstructed: false, pages: pdf.pages };
      }
      const rows = textRows(decodeText(bytes).text);
      return { format, rows, reconstructed: false, pages: rows.at(-1)?.page ?? 1 };
    } catch {
      // Unreadable or moved source: fall back to the rows the report itself carries.
    }
  }
  return { format, rows: pdfRowsFromReport(report), reconstructed: true, pages: report.source.pages };
}
