import type { SideKey } from '@budgetdoc/schema';
import { headingNumbering } from './heading-numbering.ts';
import { parseCellValue } from './parse-cell-value.ts';
import { sideOf } from './side-of.ts';
import { isSubjectCode } from './subject-code.ts';

/** What a grid position holds in body rows. */
export type PositionKind = 'code' | 'label' | 'lineNo' | 'value' | 'text';

/** One side-by-side group of a table: label positions then value positions. */
export interface GridGroup {
  side: SideKey | null;
  /** Position of the subject-code column, if the group has one. */
  code: number | null;
  /** Further code columns when 类 / 款 / 项 are printed in separate columns. */
  codeParts: number[];
  /**
   * Label positions in order. One column names the row; further columns are
   * levels of the name (group label, then item) under one spanning name header.
   */
  labels: number[];
  /** Position of the 行次 column, if any. */
  lineNo: number | null;
  /** Value positions. */
  values: number[];
  /** Text-only columns (备注, 项目简介, a second code/name pair). */
  texts: number[];
  /** Set when the values alternate with another side's under each item (预算数 | 决算数): header spans then start left of them. */
  interleaved?: boolean;
}

/** Header words that name a label column; matched on whitespace-free text. */
const CODE_HEADER = /代码|编码|编号|^[类款项]$/;
const LINE_NO_HEADER = /^行次$|^行号$|^序号$/;
const LABEL_HEADER = /^项目$|名称|^科目$|分类科目|^摘要$|^指标$/;
const TEXT_HEADER = /^备注$|简介|说明$|^理由|原因/;

/**
 * Classify each grid position from what body rows print there and what the
 * header says: subject codes, labels, 行次, values or free text.
 * @param body body rows as cell texts
 * @param header header rows (already aligned to body positions)
 * @param width number of positions
 * @returns one kind per position
 * @example positionKinds([['208', '社会保障', '10.05']], [['科目代码', '科目名称', '合计']], 3) // ['code', 'label', 'value']
 */
export function positionKinds(body: readonly (readonly string[])[], header: readonly (readonly string[])[], width: number): PositionKind[] {
  const kinds: PositionKind[] = [];
  for (let p = 0; p < width; p++) {
    let text = 0;
    let numbers = 0;
    let decimals = 0;
    let codes = 0;
    for (const row of body) {
      const cell = row[p] ?? '';
      if (cell === '') continue;
      const value = parseCellValue(cell);
      if (isSubjectCode(cell) && !/[.,]/.test(cell)) codes++;
      if (value.kind === 'text') text++;
      else if (value.kind === 'number' || value.kind === 'percent') {
        numbers++;
        if (/[.,]/.test(cell)) decimals++;
      }
    }
    const hints = header.map((row) => (row[p] ?? '').replace(/\s+/g, '')).filter((h) => h !== '');
    if (hints.some((h) => LINE_NO_HEADER.test(h))) kinds.push('lineNo');
    else if (hints.some((h) => CODE_HEADER.test(h)) && decimals === 0) kinds.push('code');
    else if (hints.some((h) => TEXT_HEADER.test(h)) && numbers === 0) kinds.push('text');
    else if (hints.some((h) => LABEL_HEADER.test(h)) && numbers <= text + codes) kinds.push(text > 0 || numbers === 0 ? 'label' : 'code');
    else if (text > 0 && text >= numbers - codes) kinds.push('label');
    else if (codes > 0 && decimals === 0 && codes >= numbers / 2 && nextIsText(body, p)) kinds.push('code');
    else kinds.push('value');
  }
  return kinds;
}

function nextIsText(body: readonly (readonly string[])[], p: number): boolean {
  return body.some((row) => parseCellValue(row[p + 1] ?? '').kind === 'text');
}

/**
 * Split positions into side-by-side groups: a label position that follows
 * value positions starts a new group when more values follow it (a trailing
 * text column such as 备注 stays in its group). Sides come from a header row
 * made only of side labels (收入 | 支出, 人员经费 | 公用经费, 预算数 | 决算数) or
 * from a group's own label header (支出功能分类科目). A header made only of
 * side labels over value columns alone (one wide 09 row) splits groups too.
 * @param kinds position kinds
 * @param header aligned header rows
 * @returns groups in left-to-right order
 * @example groupPositions(['label', 'lineNo', 'value', 'label', 'lineNo', 'value'], []).length // 2
 */
export function groupPositions(kinds: readonly PositionKind[], header: readonly (readonly string[])[]): GridGroup[] {
  const groups: GridGroup[] = [];
  let current: GridGroup | null = null;
  const sideSpans = sideHeaderSpans(header, kinds.length);
  kinds.forEach((kind, p) => {
    const valuesLater = kinds.slice(p + 1).includes('value');
    const sideStart = sideSpans.some((span) => span.start === p && p > 0);
    const startsGroup = !current || (kind !== 'value' && kind !== 'text' && current.values.length > 0 && valuesLater) || (sideStart && current.values.length > 0);
    if (startsGroup) {
      current = { side: null, code: null, codeParts: [], labels: [], lineNo: null, values: [], texts: [] };
      groups.push(current);
    }
    const group = current as GridGroup;
    if (kind === 'value') group.values.push(p);
    else if (kind === 'text' || (group.values.length > 0 && kind !== 'lineNo')) group.texts.push(p);
    else if (kind === 'lineNo') group.lineNo = p;
    else if (kind === 'code' && group.code === null && group.labels.length === 0) group.code = p;
    else if (kind === 'code' && group.labels.length === 0) group.codeParts.push(p);
    else if (kind === 'label' && isUnnamedLabelLevel(group, p, header)) group.labels.push(p);
    else if (kind === 'code' || (kind === 'label' && group.labels.length > 0)) group.texts.push(p);
    else group.labels.push(p);
  });
  const pathRows = withoutSideRow(header, sideSpans);
  for (const group of groups) {
    const own = group.labels.map((p) => ownSide(header, p)).find((s) => s !== null) ?? null;
    const span = sideSpanOf(sideSpans, group);
    // A group label under a side (支出 › 功能分类 | 支出用途) names the group's own side when the vocabulary knows it.
    const label = groupLabel(pathRows, group);
    const sub = label === null ? null : (sideOf(label.text) ?? (span ? sideOf(`${span.label}${label.text}`) : null));
    group.side = own ?? sub ?? span?.side ?? null;
  }
  return mergeInterleavedSides(groups);
}

/** Header words that name a stub column (项目名称, 科目编码, 行次, 备注…), not a group. */
function isStubHeader(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return CODE_HEADER.test(compact) || LINE_NO_HEADER.test(compact) || LABEL_HEADER.test(compact) || TEXT_HEADER.test(compact) || /^栏次$/.test(compact);
}

/**
 * The label of one side-by-side group printed as a merged cell over the whole
 * group (功能分类 over 功能科目名称 | 金额, 支出用途 over 项目名称 | 金额). It
 * sits in the group's first column, which a lower header row names again
 * (功能科目名称), and spans the group and no further: the rest of its header
 * row is blank across the group, the next position prints the next group's
 * label, no higher row starts a cell inside the group, and a lower
 * row names the group's value columns too. Stub words (项目名称, 科目编码…) and
 * numbered body labels are not group labels.
 * @param header aligned header rows without the side row (收入 | 支出) and the 栏次 row
 * @param group the group
 * @returns the label and its header row, or null
 * @example groupLabel([['项目名称', '金额', '功能分类', ''], ['', '', '功能科目名称', '金额']], group).text // '功能分类'
 */
export function groupLabel(header: readonly (readonly string[])[], group: GridGroup): { row: number; text: string } | null {
  const stub = [group.code, ...group.codeParts, group.lineNo, ...group.labels].filter((p): p is number => p !== null);
  if (stub.length === 0 || group.values.length === 0) return null;
  const first = Math.min(...stub);
  const last = Math.max(...group.values, ...group.texts);
  const at = (row: readonly string[] | undefined, p: number): string => (row?.[p] ?? '').trim();
  for (let r = 0; r < header.length; r++) {
    const row = header[r] as readonly string[];
    const text = at(row, first);
    if (text === '') continue;
    if (isStubHeader(text) || headingNumbering(text) !== null || parseCellValue(text).kind !== 'text') return null;
    const inside = (q: number): boolean => q > first && q <= last;
    // The cell ends where the group ends: the next group's label (or the table's edge) follows.
    const ends = last + 1 >= row.length || at(row, last + 1) !== '';
    const spans = ends && row.every((cell, q) => !inside(q) || cell.trim() === '') && header.slice(0, r).every((above) => above.every((cell, q) => !inside(q) || cell.trim() === ''));
    const below = header.slice(r + 1);
    const named = below.some((lower) => at(lower, first) !== '') && below.some((lower) => group.values.some((p) => at(lower, p) !== ''));
    return spans && named ? { row: r, text } : null;
  }
  return null;
}

/**
 * Header rows without the side row (收入 | 支出): side labels span label and
 * value positions alike and are given to each column separately.
 * @param header aligned header rows
 * @param sideSpans spans from {@link sideHeaderSpans}
 * @returns the other header rows
 */
export function withoutSideRow(header: readonly (readonly string[])[], sideSpans: readonly { start: number }[]): (readonly string[])[] {
  if (sideSpans.length === 0) return [...header];
  return header.filter((row) => {
    const filled = sideRowCells(row);
    return !(filled.length === sideSpans.length && filled.every((c, i) => sideSpans[i]?.start === c.p));
  });
}

/**
 * One wide row whose innermost header alternates side labels under each item
 * (合计: 预算数 | 决算数, 因公出国（境）费: 预算数 | 决算数 …): the value-only
 * groups of the same side are one group, whose values are the side's columns
 * left to right. Groups with labels or codes are left alone.
 */
function mergeInterleavedSides(groups: GridGroup[]): GridGroup[] {
  const valueOnly = (g: GridGroup): boolean => g.code === null && g.codeParts.length === 0 && g.labels.length === 0 && g.lineNo === null && g.texts.length === 0;
  const sides = groups.map((g) => g.side);
  const repeated = sides.some((side, i) => side !== null && sides.indexOf(side) !== i);
  if (!repeated || groups.length < 3 || !groups.every(valueOnly) || sides.some((side) => side === null)) return groups;
  const merged = new Map<SideKey, GridGroup>();
  for (const group of groups) {
    const side = group.side as SideKey;
    const into = merged.get(side);
    if (into) into.values.push(...group.values);
    else merged.set(side, { ...group, values: [...group.values], interleaved: true });
  }
  return [...merged.values()];
}

/**
 * A label column with no header of its own right after the group's named label
 * column: the name header (项目名称) spans both, so the two columns are levels of
 * one name (a group label such as 一般公共预算资金 beside its items 小计,
 * 公共财政拨款资金…), not a column of data.
 */
function isUnnamedLabelLevel(group: GridGroup, p: number, header: readonly (readonly string[])[]): boolean {
  const last = group.labels[group.labels.length - 1];
  const first = group.labels[0];
  if (last === undefined || first === undefined || last !== p - 1 || group.values.length > 0 || group.texts.length > 0) return false;
  const blankAt = (q: number): boolean => header.every((row) => (row[q] ?? '').trim() === '');
  return !blankAt(first) && blankAt(p);
}

function ownSide(header: readonly (readonly string[])[], p: number): SideKey | null {
  for (const row of header) {
    const side = sideOf(row[p] ?? '');
    // Only multi-word side labels name a group by its own label column (支出功能分类科目), not 预算数.
    if (side && (row[p] ?? '').replace(/\s+/g, '').length > 4) return side;
  }
  return null;
}

/** A span of the side row: positions start..end-1 lie under one printed side label. */
export interface SideSpan {
  start: number;
  end: number;
  side: SideKey;
  label: string;
}

/**
 * Non-blank cells of a header row, without running-number headers (序号,
 * 行次): a 序号 column serves every side and is printed in the corner of the
 * side row (序号 | 收入 | 支出), as a merged cell over all header rows.
 */
function sideRowCells(row: readonly string[]): { text: string; p: number }[] {
  return row.map((text, p) => ({ text, p })).filter((c) => c.text.trim() !== '' && !LINE_NO_HEADER.test(c.text.replace(/\s+/g, '')));
}

/**
 * Spans of a header row whose non-blank cells are all side labels (at least
 * two, of at least two sides), running-number headers (序号) aside.
 * @param header aligned header rows
 * @param width number of positions
 * @returns one span per side label, left to right
 * @example sideHeaderSpans([['序号', '收入', '', '支出', '']], 5).map((s) => s.side) // ['income', 'expenditure']
 */
export function sideHeaderSpans(header: readonly (readonly string[])[], width: number): SideSpan[] {
  for (const row of header) {
    const filled = sideRowCells(row);
    if (filled.length < 2 || !filled.every((c) => sideOf(c.text) !== null)) continue;
    // The same label over every group (决算数 | 决算数 under 收入 | 支出) names a measure, not sides.
    if (new Set(filled.map((c) => sideOf(c.text))).size < 2) continue;
    return filled.map((c, i) => ({ start: c.p, end: filled[i + 1]?.p ?? width, side: sideOf(c.text) as SideKey, label: c.text.replace(/\s+/g, '') }));
  }
  return [];
}

/**
 * The side span a group lies under, placed by the group's first code, label
 * or value position: a running-number column (序号) left of the first side
 * belongs to no side.
 * @param spans side spans
 * @param group the group
 * @returns the span or undefined
 */
export function sideSpanOf<T extends { start: number; end: number }>(spans: readonly T[], group: GridGroup): T | undefined {
  const own = [group.code, ...group.codeParts, ...group.labels, ...group.values, ...group.texts].filter((p): p is number => p !== null);
  const first = Math.min(...(own.length > 0 ? own : group.lineNo === null ? [] : [group.lineNo]));
  return spans.find((s) => first >= s.start && first < s.end);
}
