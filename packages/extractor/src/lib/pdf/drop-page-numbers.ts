import type { SourceLine } from '../source-line.ts';

/** Page-number forms: 15, - 15 -, — 15 —, 第15页, 第 15 页 共 31 页, 15/31, Page 15. */
const PAGE_NUMBER = /^(?:[-—–－·\s]*\d{1,4}[-—–－·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** Share of the page height at the top and bottom where running headers and footers sit. */
const MARGIN = 0.12;

/**
 * Drop printed page numbers: a lone page-number line that is the first or
 * last line of the page and sits in its top or bottom margin. They are page
 * furniture, not report content, and would otherwise cut a table that
 * continues on the next page in two.
 * @param lines one page's lines, top to bottom
 * @param pageHeight page height in points
 * @returns the lines without page numbers
 * @example dropPageNumbers(lines, 842)
 */
export function dropPageNumbers(lines: readonly SourceLine[], pageHeight: number): SourceLine[] {
  const isPageNumber = (line: SourceLine | undefined, top: boolean): boolean => {
    if (!line || line.split === 'pdf' || line.cells.length !== 1 || !line.box) return false;
    if (!PAGE_NUMBER.test(line.text.trim())) return false;
    return top ? line.box[1] >= pageHeight * (1 - MARGIN) : line.box[3] <= pageHeight * MARGIN;
  };
  let from = 0;
  let to = lines.length;
  if (isPageNumber(lines[to - 1], false)) to--;
  if (to > from && isPageNumber(lines[0], true)) from++;
  return lines.slice(from, to);
}
