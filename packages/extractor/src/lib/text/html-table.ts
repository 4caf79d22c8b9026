/**
 * A small HTML table reader for the `<table>` blocks that PDF-to-Markdown
 * tools (MinerU, marker) put inside Markdown. It is not an HTML parser: it
 * knows table, caption, tr, td/th (with colspan/rowspan) and br, skips every
 * other tag, and never backtracks, so its time is linear in the input
 * whatever the markup (unclosed quotes, stray `<`, truncated tables).
 */

/** One piece of an HTML table block, in document order. */
export type HtmlTableItem =
  | {
      /** A `<tr>`: one text per grid column, merged cells expanded into empty ones. */
      readonly kind: 'row';
      /** Offset of the `<tr` in the input. */
      readonly offset: number;
      readonly cells: readonly HtmlCell[];
    }
  | {
      /** A `<caption>` or text outside any table (a title or note printed around it). */
      readonly kind: 'text';
      readonly offset: number;
      readonly text: string;
    };

export interface HtmlCell {
  /** Cell text with entities decoded and whitespace collapsed; '' for a merged-away position. */
  readonly text: string;
  /** Offsets [start, end) of the cell's content in the input (the owning cell's for a merged position). */
  readonly start: number;
  readonly end: number;
}

/** Caps that keep hostile or broken input cheap: spans are clamped, wide rows cut. */
export const HTML_TABLE_LIMITS = { maxColspan: 64, maxRowspan: 1000, maxColumns: 256, maxRows: 20_000 } as const;

/** Tags that do not break text: their content flows on. */
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 'span', 'font', 'sup', 'sub', 'small', 'big', 'mark', 'del', 's', 'ins', 'code', 'nobr']);

interface OpenCell {
  readonly offset: number;
  parts: string[];
  contentStart: number;
  contentEnd: number;
  colspan: number;
  rowspan: number;
}

/**
 * Read the rows (and captions / loose text) of the HTML tables in `html`.
 * Colspan repeats nothing: the cell's text goes in its first column and the
 * columns it spans get empty cells, as spreadsheet exports print merged
 * cells. A rowspan leaves an empty cell at its column in the rows below, so
 * columns line up the same way. Nested tables are read as the text of the
 * outer cell. Unclosed tags are closed by the next row, cell or table end.
 * @param html the raw HTML (may also hold text around the table)
 * @returns the rows and texts in document order
 * @example readHtmlTable('<table><tr><td colspan="2">项目</td><td>1</td></tr></table>')[0] // { kind: 'row', cells: [项目, '', 1] … }
 */
export function readHtmlTable(html: string): HtmlTableItem[] {
  const items: HtmlTableItem[] = [];
  // Columns still covered by a rowspan from a row above: rows left to cover, per column.
  let covered: number[] = [];
  let depth = 0;
  let rowOffset = -1;
  let row: HtmlCell[] | null = null;
  let cell: OpenCell | null = null;
  let caption: OpenCell | null = null;
  let loose: OpenCell | null = null;
  let rows = 0;

  const take = (target: OpenCell, text: string, start: number, end: number): void => {
    target.parts.push(text);
    if (text.trim() === '') return;
    if (target.contentStart < 0) target.contentStart = start + (text.length - text.trimStart().length);
    target.contentEnd = end - (text.length - text.trimEnd().length);
  };
  const open = (offset: number, tag = ''): OpenCell => ({ offset, parts: [], contentStart: -1, contentEnd: -1, colspan: spanOf(tag, 'colspan', HTML_TABLE_LIMITS.maxColspan), rowspan: spanOf(tag, 'rowspan', HTML_TABLE_LIMITS.maxRowspan) });
  // Fill columns held by rowspans from above before the next cell is placed.
  const skipCovered = (): void => {
    if (!row) return;
    while (row.length < HTML_TABLE_LIMITS.maxColumns && (covered[row.length] ?? 0) > 0) {
      const at = row[row.length - 1]?.end ?? rowOffset;
      row.push({ text: '', start: at, end: at });
    }
  };
  const closeCell = (): void => {
    if (!cell || !row) {
      cell = null;
      return;
    }
    skipCovered();
    const start = cell.contentStart >= 0 ? cell.contentStart : cell.offset;
    const end = cell.contentStart >= 0 ? cell.contentEnd : cell.offset;
    const first = row.length;
    for (let k = 0; k < cell.colspan && row.length < HTML_TABLE_LIMITS.maxColumns; k++) row.push({ text: k === 0 ? cellText(cell.parts) : '', start, end });
    for (let c = first; c < row.length; c++) covered[c] = Math.max(covered[c] ?? 0, cell.rowspan);
    cell = null;
  };
  const closeRow = (): void => {
    closeCell();
    if (!row) return;
    // Columns right after the last cell still held by a rowspan keep their place too.
    skipCovered();
    // The cells of this row cover it once; the spans count down from here.
    covered = covered.map((n) => Math.max(0, n - 1));
    if (rows < HTML_TABLE_LIMITS.maxRows) items.push({ kind: 'row', offset: rowOffset, cells: row });
    rows++;
    row = null;
  };
  const flush = (target: OpenCell | null): void => {
    const text = target ? cellText(target.parts) : '';
    if (target && text !== '') items.push({ kind: 'text', offset: target.contentStart, text });
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      const target = cell ?? caption ?? (depth === 0 || !row ? (loose ??= open(i)) : null);
      if (target) take(target, text, i, textEnd);
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      // A `<` that opens no tag is text.
      const target = cell ?? caption ?? (loose ??= open(lt));
      take(target, '<', lt, lt + 1);
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const { name, closing } = tag;
    const source = html.slice(lt, tag.end);
    if (INLINE.has(name)) continue;
    if (name === 'br' || name === 'p' || name === 'div') {
      // A line break inside a cell is a wrapped line of the same cell.
      const target = cell ?? caption ?? loose;
      if (target) target.parts.push(' ');
      if (!cell && !caption && name !== 'br') {
        flush(loose);
        loose = null;
      }
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        depth++;
        if (depth === 1) {
          flush(loose);
          loose = null;
          covered = [];
        }
      } else if (depth > 0) {
        depth--;
        if (depth === 0) closeRow();
      }
      continue;
    }
    // Tags of a nested table are text of the outer cell.
    if (depth > 1) continue;
    if (name === 'caption') {
      if (!closing) caption = open(tag.end);
      else {
        flush(caption);
        caption = null;
      }
    } else if (name === 'tr') {
      closeRow();
      if (!closing) {
        flush(loose);
        loose = null;
        row = [];
        rowOffset = lt;
      }
    } else if (name === 'td' || name === 'th') {
      closeCell();
      if (!closing) {
        if (!row) {
          // A cell without its <tr>: the row starts here.
          flush(loose);
          loose = null;
          row = [];
          rowOffset = lt;
        }
        cell = open(tag.end, source);
      }
    } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') closeRow();
    else if (!cell && !caption) {
      // Any other block tag ends loose text (a <p> note after the table).
      flush(loose);
      loose = null;
    }
  }
  closeRow();
  flush(caption);
  flush(loose);
  return items.sort((a, b) => a.offset - b.offset);
}

/**
 * The tag starting at `lt`, or null when `<` opens none (not followed by a
 * letter or `/letter`). Quoted attribute values may hold `>`. When no `>`
 * closes it, the rest of the input is taken as the tag: one forward scan,
 * never retried.
 */
function readTag(html: string, lt: number): { name: string; closing: boolean; end: number } | null {
  let j = lt + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameStart = j;
  while (j < html.length && /[A-Za-z0-9]/.test(html[j] as string)) j++;
  if (j === nameStart || !/[A-Za-z]/.test(html[nameStart] as string)) return null;
  const name = html.slice(nameStart, j).toLowerCase();
  let quote: string | null = null;
  for (; j < html.length; j++) {
    const ch = html[j];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return { name, closing, end: j + 1 };
  }
  return { name, closing, end: html.length };
}

/** colspan / rowspan of a tag, clamped to [1, max]. */
function spanOf(tag: string, attribute: 'colspan' | 'rowspan', max: number): number {
  // Only the head of the tag is searched: adjacent \s* runs could cost quadratic time on a huge broken tag.
  const match = new RegExp(`\\b${attribute}\\s*=\\s*["']?\\s*(\\d{1,6})`, 'i').exec(tag.slice(0, 512));
  const n = match ? Number(match[1]) : 1;
  return Math.min(max, Math.max(1, n));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', yen: '¥' };

/** Decode the entities these tools emit; unknown ones stay as printed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** HTML whitespace is layout, not text: decode, then collapse runs to one space. */
function cellText(parts: readonly string[]): string {
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
}
