import { isColumnNoRow } from '../assemble/column-numbers.ts';
import { sideOf } from '../assemble/side-of.ts';
import { isRigid, type LayoutToken } from './layout-tokens.ts';

const SPANNING_SIDES = new Set(['income', 'expenditure']);

/** A column of a space-aligned table: a character range and what its body cells hold. */
export interface SpaceColumn {
  start: number;
  end: number;
  /** 'value' for amounts, 'text' for labels and codes, 'header' for a column only the header prints. */
  kind: 'value' | 'text' | 'header';
  /**
   * Where the column's cells are printed consistently: the right edge of
   * amounts, the left edge of labels; for a header-only column, where its
   * amounts would end (its header's centre plus the usual distance from a
   * header's centre to the right edge of its amounts).
   */
  anchor: number;
}

interface Span {
  start: number;
  end: number;
}

/** Header text this close to a body column belongs to it rather than to a column of its own. */
const NEAR = 1;

/**
 * True for a body row of a space-aligned grid: it prints an amount, or an
 * integer set off after a label (行次, an amount in 元), and is not the
 * 栏次 row.
 * @param tokens the row's tokens
 * @example isBodyTokens(layoutTokens('一、财政拨款   1   21,940.96')) // true
 */
export function isBodyTokens(tokens: readonly LayoutToken[]): boolean {
  if (tokens.some((t) => t.kind === 'amount')) return true;
  const texts = tokens.map((t) => t.text);
  if (isColumnNoRow(texts)) return false;
  // An integer set off from a label (行次, an amount in 元); "表 10" one space apart is a label.
  const firstText = tokens.findIndex((t) => t.kind === 'text');
  return firstText >= 0 && tokens.slice(firstText + 1).some((t) => t.kind === 'int' && t.gap >= 2);
}

/** Sorted spans → unions of overlapping spans (and touching ones, with `touching`). */
function mergeOverlapping(spans: readonly Span[], touching = false): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && (span.start < last.end || (touching && span.start === last.end))) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * A label band printed on one line only, right of a label band of three or
 * more lines with no amount column between (合计 centred in a column of
 * left-aligned names), is part of that band, not a column of its own.
 */
function absorbLoneLabels(bands: readonly Span[], runs: readonly Span[], rigid: readonly Span[]): Span[] {
  const out: Span[] = [];
  const support = (band: Span): number => runs.filter((r) => r.start >= band.start && r.start < band.end).length;
  for (const band of bands) {
    const last = out[out.length - 1];
    if (last && support(band) <= 1 && support(last) >= 3 && !rigid.some((s) => s.start >= last.end && s.start < band.start)) last.end = Math.max(last.end, band.end);
    else out.push({ ...band });
  }
  return out;
}

/** At most this share of a column's lines may run on over the start of the next text column. */
const OVERFLOW_SHARE = 0.15;

/**
 * Split a text band where a second column starts: many runs start at one
 * position while hardly any run from the left reaches over it (a label that
 * ran on into the next column in a few rows joined the two bands).
 * Indented labels do not split a band: the less indented labels reach over
 * the start of the more indented ones.
 */
function splitAtStarts(band: Span, runs: readonly Span[]): Span[] {
  const inside = runs.filter((r) => r.start >= band.start && r.start < band.end);
  if (inside.length < 3) return [band];
  const width = band.end - band.start;
  const starts = new Array<number>(width).fill(0);
  // crossing[x]: runs that start left of x and end right of it (difference array over (start, end)).
  const crossing = new Array<number>(width + 1).fill(0);
  for (const run of inside) {
    const from = run.start - band.start;
    const to = Math.min(width, run.end - band.start);
    starts[from] = (starts[from] ?? 0) + 1;
    if (to - from >= 2) {
      crossing[from + 1] = (crossing[from + 1] ?? 0) + 1;
      crossing[to] = (crossing[to] ?? 0) - 1;
    }
  }
  for (let x = 1; x <= width; x++) crossing[x] = (crossing[x] ?? 0) + (crossing[x - 1] ?? 0);
  const cuts: number[] = [];
  let before = starts[0] ?? 0;
  for (let x = 1; x < width; x++) {
    const starting = starts[x] ?? 0;
    const over = crossing[x] ?? 0;
    // Two or more runs start on each side of the cut, and hardly any run from the left reaches over it
    // (labels indented by a few characters do: they are one column).
    if (before >= 2 && starting >= 2 && over <= Math.max(1, OVERFLOW_SHARE * inside.length) && over < before / 2) {
      cuts.push(x);
      before = 0;
    }
    before += starting;
  }
  if (cuts.length === 0) return [band];
  const out: Span[] = [];
  let from = band.start;
  for (const cut of cuts) {
    out.push({ start: from, end: band.start + cut });
    from = band.start + cut;
  }
  out.push({ start: from, end: band.end });
  return out;
}

/** Runs of text tokens one space apart (a label printed with a space inside) as spans. */
function textRuns(tokens: readonly LayoutToken[]): Span[] {
  const runs: Span[] = [];
  let previous: LayoutToken | null = null;
  for (const token of tokens) {
    const last = runs[runs.length - 1];
    if (token.kind === 'text' && previous?.kind === 'text' && token.gap <= 1 && last) last.end = token.end;
    else if (token.kind === 'text') runs.push({ start: token.start, end: token.end });
    previous = token;
  }
  return runs;
}

/**
 * Columns of a space-aligned table from its rows' tokens, pdfplumber-style
 * but typed. Amounts and integers are rigid: their extents overlap within
 * a column whether the column is right- or left-aligned, so overlapping
 * extents over the body rows form the value (and code) columns. Labels are
 * left-aligned and may run on into the next column (pdftotext counts a CJK
 * character as one column while it is printed wider), so a label's extent
 * is cut where the next rigid column starts, and overlapping labels form
 * the text columns. Header words that lie over no body column (a column
 * the body leaves blank) form columns of their own.
 * @param rows tokens per grid line
 * @param body which rows are body rows
 * @returns columns left to right
 * @example spaceColumns(rows, rows.map(isBodyTokens)).length
 */
export function spaceColumns(rows: readonly (readonly LayoutToken[])[], body: readonly boolean[]): SpaceColumn[] {
  const bodyRows = rows.filter((_, r) => body[r]);
  // Touching extents are one column too (an integer printed one character left of the decimals above it).
  const rigid = mergeOverlapping(
    bodyRows.flatMap((tokens) => tokens.filter(isRigid).map((t) => ({ start: t.start, end: t.end }))),
    true,
  );
  const inRigid = (x: number): boolean => rigid.some((s) => x >= s.start && x < s.end);
  const nextRigid = (x: number): number => rigid.find((s) => s.start > x)?.start ?? Number.POSITIVE_INFINITY;
  const allRuns = bodyRows.flatMap((tokens) => textRuns(tokens));
  // Labels starting inside an amount column: a stray word belongs to that column, but a left edge shared
  // by several labels is a label column that overlaps the amounts in character positions (wide amounts
  // counted one column per digit reach over the next column's start).
  const startCount = new Map<number, number>();
  for (const run of allRuns) startCount.set(run.start, (startCount.get(run.start) ?? 0) + 1);
  const sharedStart = (x: number): boolean => (startCount.get(x - 1) ?? 0) + (startCount.get(x) ?? 0) + (startCount.get(x + 1) ?? 0) >= 2;
  const runs = allRuns.filter((run) => !inRigid(run.start) || sharedStart(run.start)).map((run) => ({ start: run.start, end: Math.min(run.end, nextRigid(run.start)) }));
  const text = absorbLoneLabels(
    mergeOverlapping(runs, true).flatMap((band) => splitAtStarts(band, runs)),
    runs,
    rigid,
  );
  // Kind of each rigid column: values unless its body tokens are mostly leading integers (序号, codes).
  const columns: SpaceColumn[] = [...rigid.map((s) => ({ ...s, kind: 'value' as const, anchor: s.end })), ...text.map((s) => ({ ...s, kind: 'text' as const, anchor: s.start }))].sort((a, b) => a.start - b.start);
  const leads = columns.map(() => 0);
  const values = columns.map(() => 0);
  for (const tokens of bodyRows) {
    let leading = true;
    tokens.forEach((token, i) => {
      if (token.kind === 'text') leading = false;
      if (!isRigid(token)) return;
      const at = columns.findIndex((c) => c.kind === 'value' && token.start < c.end && c.start < token.end);
      if (at < 0) return;
      const followedByText = tokens.some((t) => t.start > token.start && t.kind === 'text');
      // A subject code heads the label of a side-by-side group (… 6,982.75 | 302 商品和服务支出).
      const code = token.kind === 'int' && /^(?:\d{3}|\d{5}|\d{7})$/.test(token.text) && tokens[i + 1]?.kind === 'text';
      if ((leading && token.kind === 'int' && followedByText) || code) leads[at] = (leads[at] ?? 0) + 1;
      else values[at] = (values[at] ?? 0) + 1;
    });
  }
  columns.forEach((c, k) => {
    if (c.kind === 'value' && (leads[k] ?? 0) > (values[k] ?? 0)) c.kind = 'text';
  });
  const loose = looseHeaderColumns(rows, body, columns);
  if (loose.length > 0) {
    // How far right of its header's centre a column's amounts end, over the columns that have both.
    const header = rows.filter((_, r) => !body[r]).flat();
    const offsets = columns
      .filter((c) => c.kind === 'value')
      .flatMap((c) => {
        const over = header.filter((t) => t.kind === 'text' && t.start < c.end && c.start < t.end);
        return over.length > 0 ? [c.end - over.reduce((sum, t) => sum + (t.start + t.end) / 2, 0) / over.length] : [];
      })
      .sort((a, b) => a - b);
    const offset = offsets[Math.floor(offsets.length / 2)] ?? 0;
    for (const span of loose) columns.push({ start: span.start, end: span.end, kind: 'header', anchor: (span.start + span.end) / 2 + offset });
  }
  return columns.sort((a, b) => a.start - b.start);
}

/**
 * Header words over no body column. A column the body leaves blank
 * everywhere still has its header (附属单 / 位上 / 缴收入 over an empty
 * column): header words that overlap no body column form a column of their
 * own, unless the nearest body column has no header of its own (a centred
 * header printed beside a narrow column: 行次 over 32, 33 …), they lie
 * inside a header word over a body column (the last line of its wrapped
 * text), or they are the 收入 / 支出 labels over a whole side, which span
 * columns.
 */
function looseHeaderColumns(rows: readonly (readonly LayoutToken[])[], body: readonly boolean[], columns: readonly SpaceColumn[]): Span[] {
  const firstBody = body.indexOf(true);
  const headerRows = rows.slice(0, firstBody < 0 ? rows.length : firstBody).filter((tokens) => !isColumnNoRow(tokens.map((t) => t.text)));
  const overlaps = (t: Span, c: Span): boolean => t.start < c.end + NEAR && c.start - NEAR < t.end;
  const loose: (Span & { row: number; text: string })[] = [];
  headerRows.forEach((tokens, r) => {
    // A loose word right under a header word over a body column, inside its extent, ends that cell's wrapped text (…的项 / 目).
    const above = (headerRows[r - 1] ?? []).filter((a) => columns.some((c) => overlaps(a, c)));
    for (const t of tokens) {
      if (columns.some((c) => overlaps(t, c)) || above.some((a) => a.start <= t.start && t.end <= a.end)) continue;
      loose.push({ start: t.start, end: t.end, row: r, text: t.text });
    }
  });
  const out: Span[] = [];
  for (const band of mergeOverlapping(loose)) {
    const members = loose.filter((t) => t.start < band.end && band.start < t.end);
    // 收入 / 支出 over a whole side spans columns; it is placed with the header.
    if (members.every((t) => SPANNING_SIDES.has(sideOf(t.text) ?? ''))) continue;
    let nearest: SpaceColumn | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const c of columns) {
      const d = band.end <= c.start ? c.start - band.end : band.start - c.end;
      if (d < distance) {
        distance = d;
        nearest = c;
      }
    }
    const ownHeader = nearest !== null && headerRows.some((tokens) => tokens.some((t) => overlaps(t, nearest as SpaceColumn)));
    if (nearest && !ownHeader && distance <= band.end - band.start + 2) continue;
    out.push(band);
  }
  return out;
}

/**
 * The column a token belongs to: the one its extent overlaps most (a label
 * running on into the next column still covers more of its own) among the
 * columns of its kind (labels or amounts) when one of those overlaps it,
 * else the nearest.
 * @param columns columns left to right
 * @param token the token
 * @returns column index
 */
export function columnOfToken(columns: readonly SpaceColumn[], token: { start: number; end: number; kind?: LayoutToken['kind'] }): number {
  let best = -1;
  let bestOverlap = 0;
  // Where a label column and an amount column overlap in character positions, each word goes to its own kind.
  const preferred = (c: SpaceColumn): boolean => token.kind === undefined || c.kind === 'header' || (c.kind === 'text') === (token.kind === 'text');
  const overlapping = columns.filter((c) => Math.min(c.end, token.end) > Math.max(c.start, token.start));
  const strict = overlapping.some(preferred);
  columns.forEach((c, k) => {
    const overlap = Math.min(c.end, token.end) - Math.max(c.start, token.start);
    if (strict && !preferred(c)) return;
    if (overlap > bestOverlap) {
      best = k;
      bestOverlap = overlap;
    }
  });
  if (best >= 0) return best;
  let bestDistance = Number.POSITIVE_INFINITY;
  columns.forEach((c, k) => {
    const distance = token.end <= c.start ? c.start - token.end : token.start - c.end;
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  });
  return Math.max(0, best);
}

/** A column of the whole table (the page that defined it keeps its positions). */
export interface TableColumn {
  readonly column: SpaceColumn;
}

function compatible(a: SpaceColumn['kind'], b: SpaceColumn['kind']): boolean {
  return a === b || a === 'header' || b === 'header';
}

const anchor = (column: SpaceColumn): number => column.anchor;

/**
 * Alignment costs: per character of distance between anchors; a table column
 * the page leaves out; a page column the table lacks (rare: the first page
 * has every column, by its header at least); pairing with a column the first
 * page only printed a header for; folding a label column into the previous one.
 */
const PER_CHAR = 1 / 8;
const SKIP_COST = 0.3;
const INSERT_COST = 6;
const HEADER_PAIR_COST = 1.5;
const MERGE_COST = 1;

/**
 * The page's positions mapped onto the table's: pdftotext may lay a page
 * out with another character width, so when the page prints as many label
 * columns as the table, their left edges give a linear map (least squares);
 * else the first label columns give an offset.
 */
function positionMap(known: readonly SpaceColumn[], page: readonly SpaceColumn[]): (x: number) => number {
  const a = known.filter((c) => c.kind === 'text').map((c) => c.start);
  const b = page.filter((c) => c.kind === 'text').map((c) => c.start);
  if (a.length >= 2 && a.length === b.length) {
    const n = a.length;
    const mb = b.reduce((x, y) => x + y, 0) / n;
    const ma = a.reduce((x, y) => x + y, 0) / n;
    const cov = b.reduce((sum, x, i) => sum + (x - mb) * ((a[i] as number) - ma), 0);
    const varb = b.reduce((sum, x) => sum + (x - mb) ** 2, 0);
    const scale = varb > 0 ? Math.min(1.5, Math.max(0.6, cov / varb)) : 1;
    return (x) => ma + (x - mb) * scale;
  }
  const offset = a.length > 0 && b.length > 0 ? (a[0] as number) - (b[0] as number) : 0;
  return (x) => x + offset;
}

/**
 * Align the columns of a later page of a table with the table's columns.
 * pdftotext lays out every page on its own (another character width, the
 * gap before the amounts closed up), so the same number of columns of the
 * same kinds pair one to one; otherwise an order-keeping alignment
 * (Needleman–Wunsch) pairs columns of compatible kinds by where they are
 * printed (amounts by their right edge, labels by their left edge) after
 * mapping the page's positions onto the table's. A page leaving table
 * columns blank is common; a second label column on the page may fold into
 * the table's label column before it; a page column the table lacks is
 * added.
 * @param known the table's columns so far, left to right
 * @param page this page's columns
 * @returns the table column of each page column, and the table's columns after additions
 * @example alignPageColumns(tableColumns(first), second).map.length === second.length
 */
export function alignPageColumns(known: readonly TableColumn[], page: readonly SpaceColumn[]): { map: TableColumn[]; merged: TableColumn[] } {
  if (known.length === page.length && known.every((k, i) => compatible(k.column.kind, (page[i] as SpaceColumn).kind))) return { map: [...known], merged: [...known] };
  const toTable = positionMap(
    known.map((k) => k.column),
    page,
  );
  const n = known.length;
  const m = page.length;
  // cost[i][j]: best cost of aligning known[0..i) with page[0..j); step 1 pairs, 2 skips a table column, 3 adds a page column.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  (cost[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = (cost[i] as number[])[j] as number;
      if (!Number.isFinite(here)) continue;
      const relax = (a: number, b: number, value: number, step: number): void => {
        if (value < ((cost[a] as number[])[b] as number)) {
          (cost[a] as number[])[b] = value;
          (move[a] as number[])[b] = step;
        }
      };
      const k = known[i];
      const c = page[j];
      // A column the first page printed only a header for pairs less readily than one of the same kind.
      if (k && c && compatible(k.column.kind, c.kind)) relax(i + 1, j + 1, here + PER_CHAR * Math.abs(anchor(k.column) - toTable(anchor(c))) + (k.column.kind === c.kind ? 0 : HEADER_PAIR_COST), 1);
      if (i < n) relax(i + 1, j, here + SKIP_COST, 2);
      if (j < m) relax(i, j + 1, here + INSERT_COST, 3);
      // A second label column of the page inside one label column of the table (合计 centred beside left-aligned names).
      const last = known[i - 1];
      if (last && c && last.column.kind === 'text' && c.kind === 'text') relax(i, j + 1, here + MERGE_COST + PER_CHAR * Math.abs(anchor(last.column) - toTable(anchor(c))) / 2, 4);
    }
  }
  const steps: number[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const step = (move[i] as number[])[j] as number;
    steps.unshift(step);
    if (step === 1 || step === 2) i--;
    if (step !== 2) j--;
  }
  const merged: TableColumn[] = [];
  const map: TableColumn[] = [];
  let i = 0;
  let j = 0;
  for (const step of steps) {
    if (step === 2) merged.push(known[i++] as TableColumn);
    else if (step === 4) map[j++] = known[i - 1] as TableColumn;
    else {
      const entry = step === 1 ? (known[i++] as TableColumn) : { column: page[j] as SpaceColumn };
      merged.push(entry);
      map[j++] = entry;
    }
  }
  return { map, merged };
}

/** One page's columns as table columns. */
export function tableColumns(columns: readonly SpaceColumn[]): TableColumn[] {
  return columns.map((column) => ({ column }));
}
