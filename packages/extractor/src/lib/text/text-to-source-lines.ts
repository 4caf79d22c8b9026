import type { AssembleLine } from '../assemble/assemble-line.ts';
import type { SourceCell } from '../source-line.ts';
import { alignSpaceTables } from './align-space-tables.ts';
import { type MarkdownLineInfo, markdownMarkup, stripMarkup } from './markdown-markup.ts';
import { splitSpaceCells, splitTabCells } from './split-cells.ts';

/**
 * Decoded text → lines with cells. Form feeds are page breaks (each starts a
 * new page); line numbers are 1-based as in the file (a form feed does not
 * start a new line by itself). Tab lines split on every tab (empty cells
 * kept); other lines split on runs of 2+ spaces (pdftotext). In plain text,
 * the grid lines of space-aligned tables (`pdftotext -layout`) are then
 * re-split at columns inferred from character positions, one cell per
 * column with empty cells kept, and marked 'tab' so the assembler reads
 * them exactly as tab-separated lines (see {@link alignSpaceTables}). For
 * Markdown the document is parsed with remark to find headings and strip
 * markup, and GFM pipe tables and HTML tables give 'pipe' lines (empty
 * cells kept, as for tabs).
 * @param text whole decoded document
 * @param format 'md' to interpret Markdown, 'txt' otherwise
 * @returns one AssembleLine per source line, except that a source line
 *   holding several HTML table rows gives one line per row (same number)
 * @example textToSourceLines('a\tb\n', 'txt')[0]?.cells.length // 2
 */
export function textToSourceLines(text: string, format: 'txt' | 'md'): AssembleLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const markdown: Map<number, MarkdownLineInfo> = format === 'md' ? markdownMarkup(text.replace(/\f/g, ' ')) : new Map();
  const lines: AssembleLine[] = [];
  let page = 1;
  raw.forEach((rawLine, index) => {
    const lineNo = index + 1;
    let body = rawLine;
    let lateBreaks = 0;
    // A form feed starts a new page; a line with text before its form feed
    // still belongs to the old page, and the break takes effect after it.
    const parts = body.split('\f');
    if (parts.length > 1) {
      if ((parts[0] ?? '').trim() === '') page += parts.length - 1;
      else lateBreaks = parts.length - 1;
      body = parts.join('');
    }
    const rows = markdown.get(lineNo)?.rows;
    if (rows) {
      // A Markdown table line: its rows, or a blank line for table markup without a row (`| --- |`).
      // Rows of an HTML table printed on one line all carry that line's number.
      if (rows.length === 0) lines.push({ page, line: lineNo, text: rawLine, cells: [], split: 'none' });
      for (const row of rows) lines.push({ page, line: lineNo, text: rawLine, cells: row.cells, split: row.split });
      page += lateBreaks;
      return;
    }
    const info = body.includes('\t') ? undefined : markdown.get(lineNo);
    const printed = info ? stripMarkup(body, info.markup) : body;
    const tabbed = printed.includes('\t');
    let cells: SourceCell[] = tabbed ? splitTabCells(printed) : splitSpaceCells(printed);
    const split = tabbed ? 'tab' : cells.length > 1 ? 'spaces' : 'none';
    if (!tabbed && cells.length <= 1) cells = cells.length === 1 ? cells : [];
    const line: AssembleLine = info?.heading ? { page, line: lineNo, text: rawLine, cells, split, heading: info.heading } : { page, line: lineNo, text: rawLine, cells, split };
    lines.push(line);
    page += lateBreaks;
  });
  // Space-aligned table grids (pdftotext -layout) get columns from character positions.
  return format === 'txt' ? alignSpaceTables(lines) : lines;
}
