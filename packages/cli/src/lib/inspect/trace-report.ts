import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { assembleReport, decodeText, type LineTrace, readPdfLines, textToSourceLines, traceText } from '@budgetdoc/extractor';
import { processFile } from '@budgetdoc/pipeline';
import type { Report } from '@budgetdoc/schema';
import { pdfRows, readSourceView } from '../review/read-source-view.ts';
import type { SourceView } from '../review/source-view.ts';
import type { LineDecision } from './line-role.ts';

/** Everything `inspect` shows about one input. */
export interface TracedReport {
  readonly report: Report;
  readonly source: SourceView;
  /** The extractor's own line decisions, or null when it could not trace this input. */
  readonly decisions: readonly LineDecision[] | null;
}

/**
 * Process one input the way `extract` does (extract, normalize, validate),
 * and trace the extractor's line decisions alongside: text through
 * `traceText`, PDF by running the assembler with a trace on the PDF's rows.
 * @param path the input file
 * @returns the report, its source rows and the extractor trace
 * @example (await traceReport('corpus/a.txt')).decisions?.length
 */
export async function traceReport(path: string): Promise<TracedReport> {
  const report = await processFile(path);
  const bytes = await readFile(path);
  const identity = { id: basename(path, extname(path)), file: path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  try {
    if (report.source.format === 'pdf') {
      // Note: the same steps as extractPdf, kept apart so the rows are read once and shown with their roles.
      const pdf = await readPdfLines(new Uint8Array(bytes.subarray(Math.max(0, bytes.indexOf('%PDF-')))));
      const decisions: LineTrace[] = [];
      assembleReport(pdf.lines, { ...identity, format: 'pdf', encoding: null, pages: pdf.pages, pagesWithoutText: pdf.pagesWithoutText }, { trace: (event) => decisions.push(event) });
      return { report, source: { format: 'pdf', rows: pdfRows(pdf.lines), reconstructed: false, pages: pdf.pages }, decisions };
    }
    const decoded = decodeText(bytes);
    const format = report.source.format === 'md' ? 'md' : 'txt';
    const decisions = traceText({ ...identity, text: decoded.text, encoding: decoded.encoding, format });
    const source = await readSourceView(path, report);
    // The cells the text extractor split each line into, for the column boundaries of table lines.
    const spans = new Map(textToSourceLines(decoded.text, format).map((line) => [line.line, line.cells.map((cell) => [cell.start, cell.end] as const)]));
    return { report, source: { ...source, rows: source.rows.map((row) => ({ ...row, spans: spans.get(row.line) ?? [] })) }, decisions };
  } catch {
    // A trace is a debugging aid: without one, roles are read back from the report's provenance.
    return { report, source: await readSourceView(path, report, { rebuildPdfRows: true }), decisions: null };
  }
}
