import type { SideKey } from '@budgetdoc/schema';
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
  for (const group of groups) {
    const first = Math.min(...[group.code, group.lineNo, ...group.labels, ...group.values].filter((p): p is number => p !== null));
    const own = group.labels.map((p) => ownSide(header, p)).find((s) => s !== null) ?? null;
    const span = sideSpans.find((s) => first >= s.start && first < s.end);
    group.side = own ?? span?.side ?? null;
  }
  return mergeInterleavedSides(groups);
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

/** Spans of a header row whose non-blank cells are all side labels (at least two). */
export function sideHeaderSpans(header: readonly (readonly string[])[], width: number): { start: number; end: number; side: SideKey; label: string }[] {
  for (const row of header) {
    const filled = row.map((text, p) => ({ text, p })).filter((c) => c.text.trim() !== '');
    if (filled.length < 2 || !filled.every((c) => sideOf(c.text) !== null)) continue;
    return filled.map((c, i) => ({ start: c.p, end: filled[i + 1]?.p ?? width, side: sideOf(c.text) as SideKey, label: c.text.replace(/\s+/g, '') }));
  }
  return [];
}
