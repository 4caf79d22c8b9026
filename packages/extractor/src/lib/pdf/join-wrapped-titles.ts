import type { SourceLine } from '../source-line.ts';
import type { TextRow } from './group-text-rows.ts';

/** A single-cell line with the row it came from. */
export interface PlainRow {
  readonly line: SourceLine;
  readonly row: TextRow;
}

/** The tail of a wrapped table title: short, ends in 表 (before bracketed qualifiers). */
const TITLE_TAIL = /^[^，。；：:]{0,16}表(?:[（(][^（）()]*[）)])*$/;

/** A title wrapped inside its bracketed qualifier: the head ends in 表（… unclosed, the short tail closes it. */
const OPEN_QUALIFIER = /表(?:[（(][^（）()]*[）)])*[（(][^（）()]*$/;
const QUALIFIER_TAIL = /^[^（）()，。；：:]{0,16}[）)]$/;

/** A line that starts a new heading or label is never the tail of the one before. */
const STARTS_NEW = /^(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|(?:公开|预算|决算)?\s*\d+\s*表|表\s*[\d一二三四五六七八九十]|附件|目\s*录)/;

function fontOf(row: TextRow): number {
  return Math.max(...row.tokens.map((t) => t.fontSize || 10));
}

/**
 * Join a table title wrapped over two lines ("…三公经费、会议费、培训费" +
 * "支出预算表", or "…明细表（支出经济分类科目-不含上" + "年结转）"): same
 * font, the next line right below, centred under the first or starting at
 * the same left edge, short and ending in 表 (or closing the qualifier the
 * first line opened), and the first line not ending a sentence.
 * @param rows consecutive single-cell rows of a page, top to bottom
 * @returns one line per title (joined) or per row
 * @example joinWrappedTitles(rows).length
 */
export function joinWrappedTitles(rows: readonly PlainRow[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let k = 0; k < rows.length; k++) {
    const head = rows[k] as PlainRow;
    const tail = rows[k + 1];
    if (tail && head.line.cells.length === 1 && tail.line.cells.length === 1 && head.line.box && tail.line.box) {
      const font = fontOf(head.row);
      const sameFont = Math.abs(font - fontOf(tail.row)) <= 0.5;
      const below = head.row.y - tail.row.y <= 1.8 * font;
      const centreHead = (head.line.box[0] + head.line.box[2]) / 2;
      const centreTail = (tail.line.box[0] + tail.line.box[2]) / 2;
      const aligned = Math.abs(centreHead - centreTail) <= 2 * font || Math.abs(head.line.box[0] - tail.line.box[0]) <= font / 2;
      const text = tail.line.text.replace(/\s+/g, '');
      const headText = head.line.text.replace(/\s+/g, '');
      const tailOfTitle = (TITLE_TAIL.test(text) && !/表$/.test(headText)) || (OPEN_QUALIFIER.test(headText) && QUALIFIER_TAIL.test(text));
      if (sameFont && below && aligned && tailOfTitle && !STARTS_NEW.test(text) && !/[。；！？]$/.test(headText)) {
        const a = head.line.box;
        const b = tail.line.box;
        const box: [number, number, number, number] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
        const joined = `${head.line.text}${tail.line.text}`;
        const cell = head.line.cells[0];
        out.push({ ...head.line, text: joined, cells: [{ text: joined, start: Math.min(cell?.start ?? box[0], box[0]), end: Math.max(cell?.end ?? box[2], box[2]), box }], box });
        k++;
        continue;
      }
    }
    out.push(head.line);
  }
  return out;
}
