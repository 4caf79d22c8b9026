import type { Report } from '@budgetdoc/schema';
import { type AssembleInput, assembleReport } from './assemble/assemble-report.ts';
import type { LineTrace } from './assemble/line-trace.ts';
import type { TextExtractInput } from './extract-input.ts';
import type { SourceLine } from './source-line.ts';
import { textToSourceLines } from './text/text-to-source-lines.ts';

/**
 * Text report → Report with sections, paragraphs, tables (keys left null for
 * the normalizer) and metadata. Pure: no I/O.
 * @param input decoded text and its identity
 * @returns the extracted report
 * @example extractText({ id: 'r', file: 'r.txt', sha256, bytes, text, encoding: 'utf-8', format: 'txt' })
 */
export function extractText(input: TextExtractInput): Report {
  const lines = textToSourceLines(input.text, input.format);
  return assembleReport(lines, textAssembleInput(input, lines));
}

/**
 * The role the assembler gave every line of a text report, in order: the
 * data behind `budgetdoc inspect`.
 * @param input decoded text and its identity
 * @returns one trace event per line
 * @example traceText(input).filter((t) => t.role === 'table-row').length
 */
export function traceText(input: TextExtractInput): LineTrace[] {
  const events: LineTrace[] = [];
  const lines = textToSourceLines(input.text, input.format);
  assembleReport(lines, textAssembleInput(input, lines), { trace: (event) => events.push(event) });
  return events;
}

function textAssembleInput(input: TextExtractInput, lines: readonly SourceLine[]): AssembleInput {
  const pages = Math.max(1, ...lines.map((line) => line.page));
  // Pages (between form feeds) with no printed text: blank runs where images were.
  const withText = new Set(lines.filter((line) => line.cells.some((c) => c.text !== '')).map((line) => line.page));
  const pagesWithoutText = pages > 1 ? Array.from({ length: pages }, (_, i) => i + 1).filter((page) => !withText.has(page)) : [];
  return { id: input.id, file: input.file, sha256: input.sha256, bytes: input.bytes, format: input.format, encoding: input.encoding, pages, pagesWithoutText };
}
