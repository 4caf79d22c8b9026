import { COLUMN_VOCABULARY, SIDE_VOCABULARY } from '@budgetdoc/schema';
import { isColumnNoRow } from '../assemble/column-numbers.ts';
import { isBodyLike } from '../assemble/is-body-like.ts';
import { parseCellValue } from '../assemble/parse-cell-value.ts';
import { sideOf } from '../assemble/side-of.ts';
import type { LayoutToken } from './layout-tokens.ts';
import { columnOfToken, type SpaceColumn } from './space-columns.ts';

/** One header row of a space-aligned grid. */
export interface HeaderRow {
  /** Text per column ('' for none); mutated when wrapped pieces are joined. */
  readonly cells: string[];
  /** Character extent of what the line prints in each column, when it prints there. */
  readonly extents: readonly ({ start: number; end: number } | null)[];
}



/** Lookup form of a header word: no whitespace, quotes or brackets, ASCII brackets as full width. */
export function headerForm(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”"'‘’()（）[\]【】、:：]/g, '');
}

/** Words that head the row-label (stub) columns. */
const STUB_WORDS = ['项目', '项目名称', '行次', '栏次', '序号', '科目', '科目代码', '科目编码', '科目名称', '功能科目编码', '功能科目名称', '单位编码', '单位名称', '类', '款', '项', '类款项', '名称', '代码', '编码'];

/** Printed header words the schema knows (column and side labels). */
const VALUE_WORDS = new Set<string>([...COLUMN_VOCABULARY.flatMap((e) => e.aliases), ...SIDE_VOCABULARY.flatMap((e) => e.aliases)].map(headerForm));
const KNOWN = new Set<string>([...VALUE_WORDS, ...STUB_WORDS.map(headerForm)]);

const known = (text: string): boolean => KNOWN.has(headerForm(text));
const knownValue = (text: string): boolean => VALUE_WORDS.has(headerForm(text));
const width = (text: string): number => headerForm(text).length;

/**
 * Whether `lower` continues the header cell whose text so far is `upper`
 * (a cell wrapped over lines: 本年收入合 / 计) rather than being the next
 * header level under it (本年支出 / 小计). Decided by the words when they
 * are known column labels (joined text known → one cell; a known label
 * below → a level of its own; a known label above continues only with a
 * character or two), else by shape: wrapped text fills its first lines, so
 * a continuation is not wider than what it continues. Side labels and
 * years head groups.
 * @example continuesHeaderCell('本年收入合', '计') // true
 * @example continuesHeaderCell('本年支出', '小计') // false
 */
export function continuesHeaderCell(upper: string, lower: string): boolean {
  if (parseCellValue(lower).kind !== 'text' || parseCellValue(upper).kind !== 'text') return false;
  // A side label (收入, 支出, 支出功能分类科目) or a year (2021年) heads a group.
  if (sideOf(upper) !== null || /^\d{4}\s*年度?$/.test(upper.trim())) return false;
  if (known(upper + lower)) return true;
  // A column label under anything is a level of its own (本年支出 / 小计, 其中 / 事业单位经营支出).
  if (knownValue(lower)) return false;
  if (known(upper)) return width(lower) <= 2;
  return width(lower) <= width(upper) + 1;
}

/**
 * Join header cells wrapped over several lines: in each column, the next
 * piece further down the header (other columns' lines and blank lines may
 * lie between: pdftotext prints each cell's lines at their own heights),
 * not starting left of the piece above, that continues it (see
 * {@link continuesHeaderCell}) is appended to it and removed from its own
 * line. Header rows left empty are then blank.
 * @param rows header rows top to bottom
 * @param columns the grid's columns
 * @example joinWrappedHeaderCells([{ cells: ['本年收入合'], extents: [{ start: 27, end: 32 }] }, { cells: ['计'], extents: [{ start: 29, end: 30 }] }], columns) // cells ['本年收入合计'], ['']
 */
export function joinWrappedHeaderCells(rows: readonly HeaderRow[], columns: readonly SpaceColumn[]): void {
  columns.forEach((_, c) => {
    let current: HeaderRow | null = null;
    let last = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      // The 栏次 row (栏次 | 1 | 2 …) is a row of its own.
      if (isColumnNoRow(row.cells)) {
        current = null;
        continue;
      }
      const text = row.cells[c] ?? '';
      if (text === '') continue;
      // A wrapped line is centred or left-aligned under the line above: it never starts left of it.
      const here = row.extents[c]?.start ?? Number.POSITIVE_INFINITY;
      if (current && here >= last && continuesHeaderCell(current.cells[c] ?? '', text)) {
        current.cells[c] = `${current.cells[c] ?? ''}${text}`;
        row.cells[c] = '';
        last = here;
        continue;
      }
      current = row;
      last = here;
    }
  });
}

/** A header word shifted to a neighbouring column lies at most this far from it. */
const SHIFT_REACH = 1;

/** Characters between a column and the nearest of some tokens (0 when they overlap). */
function gapTo(column: SpaceColumn, tokens: readonly LayoutToken[]): number {
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? 0;
  return Math.max(0, start - column.end, column.start - end);
}

/** Tokens of one header line per column. */
type Placed = LayoutToken[][];

const CJK_EDGE = /[\u3400-\u9fff（）“”]/;

/**
 * Words of a header cell: tokens one space apart belong to one word (公开 09 表,
 * PC 服务器), except two Chinese words, which a tight header prints one
 * space apart in neighbouring columns (基本支出 项目支出).
 */
function words(tokens: readonly LayoutToken[]): LayoutToken[][] {
  const out: LayoutToken[][] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const previous = last?.[last.length - 1];
    const chinese = previous !== undefined && CJK_EDGE.test(previous.text.slice(-1)) && CJK_EDGE.test(token.text.slice(0, 1));
    if (last && token.gap <= 1 && !chinese) last.push(token);
    else out.push([token]);
  }
  return out;
}

/**
 * Header tokens → columns. Header text is centred over its cell while
 * amounts are right-aligned and labels left-aligned, so a header word may sit
 * over the neighbouring column. Each word first goes to the column it
 * overlaps most; then, per header line, two words that landed in one column
 * are spread to a free neighbour, and a body column left without any header
 * takes the nearest word of a line whose neighbouring words shift over by
 * one column, when the column at the end of the shift keeps a header from
 * another line (行次 | 合计 printed over 行次-values | 合计-values, one column
 * right).
 * @param rows header lines' tokens, top to bottom
 * @param columns the grid's columns
 * @returns tokens per line per column
 */
export function placeHeaderTokens(rows: readonly (readonly LayoutToken[])[], columns: readonly SpaceColumn[]): Placed[] {
  const placed: Placed[] = rows.map((tokens) => {
    const cells: LayoutToken[][] = columns.map(() => []);
    for (const token of tokens) cells[columnOfToken(columns, { start: token.start, end: token.end })]?.push(token);
    return cells;
  });
  const numbered = rows.map((tokens) => isColumnNoRow(tokens.map((t) => t.text)));
  const free = (r: number, c: number): boolean => c >= 0 && c < columns.length && (placed[r]?.[c]?.length ?? 1) === 0;
  placed.forEach((cells, r) => {
    if (numbered[r]) return;
    for (let c = 0; c < cells.length; c++) {
      const ws = words(cells[c] ?? []);
      if (ws.length < 2) continue;
      if (free(r, c - 1)) {
        const first = ws.shift() as LayoutToken[];
        cells[c - 1] = first;
      }
      if (ws.length >= 2 && free(r, c + 1)) {
        const last = ws.pop() as LayoutToken[];
        cells[c + 1] = last;
      }
      cells[c] = ws.flat();
    }
  });
  const headed = (c: number, except: number): boolean => placed.some((cells, r) => r !== except && !numbered[r] && (cells[c]?.length ?? 0) > 0);
  columns.forEach((column, c) => {
    if (column.kind !== 'value' || headed(c, -1)) return;
    let best: { r: number; to: number; step: 1 | -1; distance: number } | null = null;
    placed.forEach((cells, r) => {
      if (numbered[r]) return;
      for (const step of [1, -1] as const) {
        const from = c + step;
        const first = cells[from];
        if (!first || first.length === 0) continue;
        let to = from;
        while ((cells[to + step]?.length ?? 0) > 0 && Math.abs(to + step - c) <= 3) to += step;
        // The column at the end of the shift must keep a header of its own, and every word moves next to its new column.
        if (!headed(to, r)) continue;
        let distance = 0;
        for (let k = from; k !== to + step; k += step) distance = Math.max(distance, gapTo(columns[k - step] as SpaceColumn, cells[k] ?? []));
        if (distance <= SHIFT_REACH && (!best || distance < best.distance)) best = { r, to, step, distance };
      }
    });
    if (!best) return;
    const { r, to, step } = best as { r: number; to: number; step: 1 | -1 };
    const cells = placed[r] as Placed;
    for (let k = c; k !== to; k += step) cells[k] = cells[k + step] ?? [];
    cells[to] = [];
  });
  return placed;
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;

/** Printed width in character columns, a CJK character counting `wide` columns. */
function printedWidth(text: string, wide: number): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  return text.length - cjk + wide * cjk;
}

/**
 * How many character columns a CJK character takes on the page, from the
 * header cells wrapped over several lines: pdftotext counts a CJK character
 * as one column, but places each line at its printed position, so a shorter
 * line centred under a longer one starts half the difference in width
 * further right. 1 when nothing tells (median over the pairs, 1 to 2).
 */
function cjkWidth(rows: readonly { cells: LayoutToken[][] }[], numbered: readonly boolean[]): number {
  const samples: number[] = [];
  const columns = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let c = 0; c < columns; c++) {
    let above: LayoutToken | null = null;
    rows.forEach((row, r) => {
      const tokens = row.cells[c] ?? [];
      if (numbered[r] || tokens.length !== 1) {
        if (tokens.length > 0) above = null;
        return;
      }
      const token = tokens[0] as LayoutToken;
      const pure = (t: LayoutToken): boolean => (t.text.match(CJK_CHAR)?.length ?? 0) === t.text.length;
      if (above && pure(above) && pure(token) && above.text.length > token.text.length && token.start >= above.start && token.end <= above.end) samples.push((2 * (token.start - above.start)) / (above.text.length - token.text.length));
      above = token;
    });
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return median === undefined ? 1 : Math.min(2, Math.max(1, median));
}

/** A centred group label's centre lies within this share of its span's width of the span's centre. */
const CENTRE_SHARE = 0.12;
/** …and never more than this many characters. */
const CENTRE_MAX = 3;

/**
 * Group labels printed centred over their columns (本年支出 over 小计 |
 * 基本支出 | 项目支出, 收入 over a whole side) go to the first column they
 * span, as a merged cell's text sits in tab-separated and ruled grids, so
 * the columns to its right inherit it. A header cell is a group label when
 * a lower header line prints a cell under it. Its span lies within the
 * columns no other cell of its line claims and that the lines above cover
 * alike. A side label (收入, 人员经费, 预算数) spans whole side-by-side
 * groups (a label column after an amount column starts a group): the run of
 * groups best centred on it. Any other label spans the widest run of columns
 * of its own kind (amounts or labels) whose own headers are centred on it
 * (CJK characters counted as wide as the header's wrapped lines show); a
 * group under another group or beside another one (本年收入 | 上年结转) does
 * not take in the grand-total column (合计).
 * Then lone leaves are raised (see {@link raiseLoneLeaves}).
 * @param rows header rows: texts per column (mutated) and printed tokens per column
 * @param columns the grid's columns
 */
export function placeGroupHeaders(rows: readonly { texts: string[]; cells: LayoutToken[][] }[], columns: readonly SpaceColumn[]): void {
  const numbered = rows.map((r) => isColumnNoRow(r.texts));
  const wide = cjkWidth(rows, numbered);
  const centreOf = (tokens: readonly LayoutToken[]): number => {
    const first = tokens[0] as LayoutToken;
    const text = tokens.map((t) => t.text).join(' ');
    return first.start + printedWidth(text, wide) / 2;
  };
  // Each column's own (lowest) header.
  const leafText = columns.map((_, q) => {
    for (let k = rows.length - 1; k >= 0; k--) if (!numbered[k] && (rows[k]?.texts[q] ?? '') !== '') return (rows[k]?.texts[q] ?? '').replace(/\s+/g, '');
    return '';
  });
  // Where each column's own (lowest) header is printed: group labels are centred over their children's headers.
  const leafCentre = columns.map((column, q) => {
    for (let k = rows.length - 1; k >= 0; k--) {
      const tokens = rows[k]?.cells[q] ?? [];
      if (!numbered[k] && tokens.length > 0) return centreOf(tokens);
    }
    return (column.start + column.end) / 2;
  });
  // Side-by-side groups: a label column after an amount column starts a group.
  const isText = (q: number): boolean => columns[q]?.kind === 'text';
  const groupStart = (q: number): boolean => q === 0 || (isText(q) && !isText(q - 1));
  const groupEnd = (q: number): boolean => q === columns.length - 1 || groupStart(q + 1);
  // cover[r][q]: the header cell (numbered per row) that covers column q on line r, -1 for none.
  const cover: number[][] = rows.map(() => columns.map(() => -1));
  rows.forEach((row, r) => {
    if (numbered[r]) return;
    const own = cover[r] as number[];
    const cells = columns.map((_, c) => c).filter((c) => (row.texts[c] ?? '') !== '');
    for (const c of cells) own[c] = c;
    // Columns of one group: covered alike by every line above, not by another cell on this line.
    const sameAbove = (q: number, c: number): boolean => cover.slice(0, r).every((above) => above[q] === above[c]);
    for (const c of cells) {
      const text = row.texts[c] ?? '';
      const tokens = row.cells[c] ?? [];
      if (tokens.length === 0) continue;
      // Only a label with a cell under it heads a group.
      if (!rows.some((lower, k) => k > r && !numbered[k] && (lower.texts[c] ?? '') !== '')) continue;
      const side = sideOf(text) !== null;
      const kind = columns[c]?.kind === 'text' ? 'text' : 'value';
      const allowed = (q: number): boolean => own[q] === -1 && sameAbove(q, c) && (side || (columns[q]?.kind === 'text' ? 'text' : 'value') === kind);
      let left = c;
      while (left > 0 && allowed(left - 1)) left--;
      let right = c;
      while (right + 1 < columns.length && allowed(right + 1)) right++;
      if (left === right) continue;
      const centre = centreOf(tokens);
      const offOf = (a: number, b: number): number => Math.abs(((leafCentre[a] as number) + (leafCentre[b] as number)) / 2 - centre);
      let best: { a: number; b: number; size: number; off: number } | null = null;
      if (side) {
        // A side label (收入, 人员经费, 预算数) spans whole side-by-side groups: the best centred run of groups.
        for (let a = left; a <= c; a++) {
          if (!groupStart(a)) continue;
          for (let b = c; b <= right; b++) {
            if (!groupEnd(b)) continue;
            const off = offOf(a, b);
            if (!best || off < best.off) best = { a, b, size: b - a, off };
          }
        }
      }
      // A group under another group, or beside another group on its line, leaves the grand-total column (合计) alone.
      const heads = (q: number): boolean => rows.some((lower, k) => k > r && !numbered[k] && (lower.texts[q] ?? '') !== '');
      const nested = cover.slice(0, r).some((above) => (above[c] ?? -1) !== -1) || cells.some((q) => q !== c && heads(q) && sideOf(row.texts[q] ?? '') === null);
      const total = (q: number): boolean => q !== c && /^(?:合计|总计)$/.test(leafText[q] ?? '');
      if (!best) {
        for (let a = left; a <= c; a++) {
          if (nested && total(a)) continue;
          for (let b = c; b <= right; b++) {
            if (nested && total(b)) break;
            const off = offOf(a, b);
            const from = leafCentre[a] as number;
            const to = leafCentre[b] as number;
            if (off > Math.max(2, Math.min(CENTRE_MAX, CENTRE_SHARE * (to - from)))) continue;
            const size = b - a;
            if (!best || size > best.size || (size === best.size && off < best.off)) best = { a, b, size, off };
          }
        }
      }
      if (!best) continue;
      for (let q = best.a; q <= best.b; q++) own[q] = c;
      if (best.a === c) continue;
      row.texts[best.a] = text;
      row.texts[c] = '';
      row.cells[best.a] = tokens;
      row.cells[c] = [];
    }
  });
  raiseLoneLeaves(rows, numbered, cover);
}

/** A raised header cell moves up at most this many header lines. */
const RAISE_LINES = 2;

/**
 * A column's only header cell, under no group label, is a cell as tall as
 * the header, printed centred on a lower line (事业收入 beside 上级补助收 /
 * 入). Read as tab-separated rows, a cell to its left on a higher line would
 * span over it; moved up to that line, it stops the span.
 */
function raiseLoneLeaves(rows: readonly { texts: string[]; cells: LayoutToken[][] }[], numbered: readonly boolean[], cover: readonly (readonly number[])[]): void {
  const columns = Math.max(0, ...rows.map((r) => r.texts.length));
  for (let q = 1; q < columns; q++) {
    const at = rows.map((r, k) => (!numbered[k] && (r.texts[q] ?? '') !== '' ? k : -1)).filter((k) => k >= 0);
    const r = at[0];
    if (at.length !== 1 || r === undefined || r === 0) continue;
    // Under a group label: a higher line's cell covers it.
    if (cover.slice(0, r).some((line) => (line[q] ?? -1) !== -1)) continue;
    for (let k = Math.max(0, r - RAISE_LINES); k < r; k++) {
      if (numbered[k]) continue;
      // The cell a tab-separated reading would extend over q on line k.
      let p = q - 1;
      while (p >= 0 && (rows[k]?.texts[p] ?? '') === '' && !rows.slice(0, k).some((above, j) => !numbered[j] && (above.texts[p] ?? '') !== '')) p--;
      const left = p >= 0 ? (rows[k]?.texts[p] ?? '') : '';
      // Only a neighbouring leaf (the lowest header of its column, not a side label) is stopped.
      if (left === '' || sideOf(left) !== null || rows.slice(k + 1).some((below, j) => !numbered[k + 1 + j] && (below.texts[p] ?? '') !== '')) continue;
      const row = rows[r] as { texts: string[]; cells: LayoutToken[][] };
      const target = rows[k] as { texts: string[]; cells: LayoutToken[][] };
      target.texts[q] = row.texts[q] ?? '';
      target.cells[q] = row.cells[q] ?? [];
      row.texts[q] = '';
      row.cells[q] = [];
      break;
    }
  }
}

/**
 * A header line that would read as a body line (合计 and one more label,
 * the only cells of a line between wrapped headers) ends the header early
 * for the grid parser: its cells move to the next printed header line
 * above (or, failing that, below) whose cells are blank there, when the
 * joined line no longer reads as a body line.
 * @param rows header rows: texts and printed tokens per column (mutated)
 */
export function keepHeaderLinesApart(rows: readonly { texts: string[]; cells: LayoutToken[][] }[]): void {
  const printed = (k: number): boolean => (rows[k]?.texts ?? []).some((t) => t !== '');
  rows.forEach((row, r) => {
    if (!printed(r) || isColumnNoRow(row.texts) || !isBodyLike(row.texts)) return;
    const candidates: number[] = [];
    for (let k = r - 1; k >= 0; k--) if (printed(k)) {
      candidates.push(k);
      break;
    }
    for (let k = r + 1; k < rows.length; k++) if (printed(k)) {
      candidates.push(k);
      break;
    }
    for (const k of candidates) {
      const target = rows[k] as { texts: string[]; cells: LayoutToken[][] };
      if (isColumnNoRow(target.texts) || row.texts.some((t, c) => t !== '' && (target.texts[c] ?? '') !== '')) continue;
      const joined = target.texts.map((t, c) => (t !== '' ? t : (row.texts[c] ?? '')));
      if (isBodyLike(joined)) continue;
      row.texts.forEach((t, c) => {
        if (t === '') return;
        target.texts[c] = t;
        target.cells[c] = row.cells[c] ?? [];
        row.texts[c] = '';
        row.cells[c] = [];
      });
      return;
    }
  });
}
