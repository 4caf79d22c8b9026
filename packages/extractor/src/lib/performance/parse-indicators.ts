import type { CellValue, Indicator, Provenance } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';
import { alignIndicatorRow } from './align-indicator-row.ts';
import { type IndicatorRole, rolesFromCells, rolesFromText } from './indicator-columns.ts';
import { isCompleteLabel, isValuesPiece, joinFlowedCells, valuesEnd } from './join-flowed-cells.ts';
import { parsePerfCellValue } from './parse-cell-value.ts';
import { parseIndicatorValue } from './parse-indicator-value.ts';
import { compact, type PerfPiece } from './perf-piece.ts';
import { composeTarget, splitCombined } from './combined-columns.ts';
import { family, relabelMidPrinted } from './relabel-mid-printed.ts';

/** The indicator block of a performance table. */
export interface IndicatorBlock {
  readonly roles: readonly IndicatorRole[];
  readonly indicators: Indicator[];
  readonly totalWeight: CellValue | null;
  readonly totalScore: CellValue | null;
  readonly grade: string | null;
  readonly totalProv: Provenance | null;
}

interface RawRow {
  readonly cells: readonly string[];
  readonly lines: readonly SourceLine[];
}

const TOTAL = /^(?:总分|合计|总计|综合得分)/;
const GRADE = /^(?:优秀?|良好?|中|差|合格|不合格|较好|一般)$/;
const WEIGHT_IN_LABEL = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]/;

function prov(file: string, lines: readonly SourceLine[]): Provenance {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const p: Provenance = { file, page: first?.page ?? 1, line: first?.line ?? 1 };
  return last && first && last.line !== first.line ? { ...p, lineEnd: last.line } : p;
}

/** Gridded rows: the header row is the first with two or more indicator header words. */
function griddedRows(pieces: readonly PerfPiece[]): { roles: IndicatorRole[]; rows: RawRow[] } {
  const headerAt = pieces.findIndex((p) => rolesFromCells(p.cells).length >= 4);
  const header = pieces[headerAt];
  if (!header) return { roles: [], rows: [] };
  // Page numbers printed between the rows of a table split over pages are not rows.
  const body = pieces.slice(headerAt + 1).filter((p) => !(p.line.split === 'none' && /^\d{1,4}$/.test(compact(p.line.text))));
  const rows = body.map((p) => ({ cells: p.cells, lines: [p.line] }));
  return { roles: rolesFromCells(header.cells), rows };
}

/**
 * Flowed rows: the header words are found in the joined text, then body
 * lines are grouped into rows that each end with a values line; a group
 * holding a label after content (a row printed without values, e.g.
 * `经济效益指标 无`) is split there.
 */
function flowedRows(pieces: readonly PerfPiece[]): { roles: IndicatorRole[]; rows: RawRow[] } {
  const text = pieces.map((p) => compact(p.line.text)).join('');
  const { roles, end } = rolesFromText(text);
  let consumed = 0;
  let bodyAt = pieces.length;
  for (let i = 0; i < pieces.length; i++) {
    consumed += compact(pieces[i]?.line.text ?? '').length;
    if (consumed >= end) {
      bodyAt = i + 1;
      break;
    }
  }
  const rows: RawRow[] = [];
  let group: PerfPiece[] = [];
  const emit = (): void => {
    if (group.length === 0) return;
    let cells: string[] = [];
    let lines: SourceLine[] = [];
    let seenContent = false;
    for (const cell of joinFlowedCells(group)) {
      const label = isCompleteLabel(cell.text);
      if (label && seenContent && cells.length > 0) {
        rows.push({ cells, lines });
        cells = [];
        lines = [];
        seenContent = false;
      }
      if (!label) seenContent = true;
      cells.push(cell.text);
      for (const l of cell.lines) if (!lines.includes(l)) lines.push(l);
    }
    if (cells.length > 0) rows.push({ cells, lines });
    group = [];
  };
  // Lines between a leaf's values line and the 总分 line are the wrapped
  // deviation reason of that leaf (flowed text prints it after the values).
  const attachTrailing = (fragments: readonly PerfPiece[]): void => {
    const last = rows[rows.length - 1];
    if (fragments.length === 0 || !last || !roles.includes('reason')) return;
    const trailing = joinFlowedCells(fragments, { wholeLines: true });
    rows[rows.length - 1] = { cells: [...last.cells, trailing.map((c) => c.text).join('')], lines: [...last.lines, ...trailing.flatMap((c) => c.lines)] };
  };
  // A reason that starts after the numbers of a values line wraps onto the
  // following lines (never wider than its first line) until a label starts the next row.
  let reasonWidth = 0;
  for (const piece of pieces.slice(bodyAt)) {
    if (isValuesPiece(piece) && TOTAL.test(compact(piece.cells[0] ?? ''))) {
      attachTrailing(group);
      group = [piece];
      emit();
      break;
    }
    const text = compact(piece.line.text);
    const last = rows[rows.length - 1];
    const opensLabel = isCompleteLabel(piece.cells[0] ?? '') || /指$|^[（(]\d/.test(text);
    if (reasonWidth > 0 && group.length === 0 && last && !isValuesPiece(piece) && text.length > 1 && text.length <= reasonWidth + 1 && !opensLabel) {
      const cells = [...last.cells];
      cells[cells.length - 1] = `${cells[cells.length - 1] ?? ''}${piece.line.text.trim()}`;
      rows[rows.length - 1] = { cells, lines: [...last.lines, piece.line] };
      continue;
    }
    reasonWidth = 0;
    group.push(piece);
    if (isValuesPiece(piece)) {
      emit();
      const end = valuesEnd(piece);
      reasonWidth = end < piece.cells.length ? compact(piece.cells.slice(end).join('')).length : 0;
    }
  }
  attachTrailing(group);
  return { roles, rows };
}

/**
 * Indicator block (header row to 总分) → indicator leaves with carried-down
 * level labels, plus the total score row.
 */
export function parseIndicators(pieces: readonly PerfPiece[], gridded: boolean, file: string): IndicatorBlock {
  const { roles, rows } = gridded ? griddedRows(pieces) : flowedRows(pieces);
  const indicators: Indicator[] = [];
  let totalWeight: CellValue | null = null;
  let totalScore: CellValue | null = null;
  let grade: string | null = null;
  let totalProv: Provenance | null = null;
  let level1: string | null = null;
  let level2: string | null = null;
  const printedLevel1: boolean[] = [];
  let project: string | null = null;
  for (const row of rows) {
    const first = row.cells.find((c) => compact(c) !== '') ?? '';
    if (TOTAL.test(compact(first))) {
      const values = row.cells.slice(row.cells.indexOf(first) + 1).map((c) => c.trim()).filter((c) => c !== '');
      const numbers = values.filter((v) => parsePerfCellValue(v).kind === 'number');
      if (numbers.length >= 2) {
        totalWeight = parsePerfCellValue(numbers[0] ?? '');
        totalScore = parsePerfCellValue(numbers[1] ?? '');
      } else if (numbers.length === 1) totalScore = parsePerfCellValue(numbers[0] ?? '');
      grade = values.find((v) => GRADE.test(compact(v))) ?? null;
      totalProv = prov(file, row.lines);
      break;
    }
    const at = alignIndicatorRow(row.cells, roles);
    const get = (role: IndicatorRole): string | null => {
      const indices = at.get(role) ?? [];
      const text = indices.map((k) => (row.cells[k] ?? '').trim()).join(' ').trim();
      return text === '' ? null : text;
    };
    const split = splitCombined(get('combined'));
    const l1 = get('level1') ?? split[0];
    const l2 = get('level2') ?? split[1];
    let l3 = get('level3') ?? split[2];
    const values = (['target', 'targetAdjusted', 'actual', 'weight', 'score', 'reason'] as const).map(get);
    values[0] = composeTarget(get('nature'), values[0] ?? null, get('unit'));
    const projectCell = get('project');
    if (!l1 && !l2 && !l3 && values.every((v) => v === null)) continue;
    // Unfilled template rows (指标 1： / ……) of a table published empty hold no indicator.
    const placeholder = values.every((v) => v === null) && l3 !== null && /^(?:指标\s*\d+\s*[:：]?|[…．.]+)$/.test(compact(l3));
    if (placeholder && !l1 && !l2) continue;
    if (placeholder) l3 = null;
    // A grid row holding only the wrapped tail of one text cell continues the leaf above.
    const previous = indicators[indicators.length - 1];
    const texts = [l3, values[0], values[1], values[2], values[5]];
    if (gridded && previous && !l1 && !l2 && values[3] === null && values[4] === null && texts.filter((t) => t !== null).length === 1) {
      const at = texts.findIndex((t) => t !== null);
      const tail = texts[at] ?? '';
      const join = (v: string | null): string => `${v ?? ''}${tail}`;
      const field = (['level3', 'target', 'targetAdjusted', 'actual', 'reason'] as const)[at];
      if (field === 'level3') indicators[indicators.length - 1] = { ...previous, level3: join(previous.level3) };
      else if (field === 'reason') indicators[indicators.length - 1] = { ...previous, reason: join(previous.reason) };
      else if (field) indicators[indicators.length - 1] = { ...previous, [field]: parseIndicatorValue(join(previous[field]?.printed ?? null)) };
      const prov = indicators[indicators.length - 1]?.prov;
      const lastLine = row.lines[row.lines.length - 1];
      if (prov && lastLine) indicators[indicators.length - 1] = { ...indicators[indicators.length - 1]!, prov: { ...prov, lineEnd: lastLine.line } };
      continue;
    }
    // A level-1 label printed without a level-2 opens a new group, unless it is
    // printed mid-span and the level-2 above belongs to it (same family).
    level2 = l2 ?? (l1 && family(level2) !== family(l1) ? null : level2);
    if (l1) level1 = l1;
    if (projectCell) project = projectCell;
    printedLevel1.push(l1 !== null);
    const [target, targetAdjusted, actual, weight, score, reason] = values;
    const weightMatch = level1 ? WEIGHT_IN_LABEL.exec(compact(level1)) : null;
    indicators.push({
      project: roles.includes('project') ? project : null,
      level1,
      level1Weight: weightMatch?.[1] ?? null,
      level2,
      level3: l3,
      target: target ? parseIndicatorValue(target) : null,
      targetAdjusted: targetAdjusted ? parseIndicatorValue(targetAdjusted) : null,
      actual: actual ? parseIndicatorValue(actual) : null,
      weight: weight ? parsePerfCellValue(weight) : null,
      score: score ? parsePerfCellValue(score) : null,
      reason: reason ?? null,
      prov: prov(file, row.lines),
    });
  }
  relabelMidPrinted(indicators, printedLevel1);
  // Merged level-1 cells are sometimes printed in the middle of their rows:
  // leading leaves without a label belong to the first label below them.
  const firstLabelled = indicators.find((i) => i.level1 !== null);
  if (firstLabelled) {
    for (let k = 0; k < indicators.length && indicators[k]?.level1 === null; k++) {
      const leaf = indicators[k];
      if (leaf) indicators[k] = { ...leaf, level1: firstLabelled.level1, level1Weight: firstLabelled.level1Weight };
    }
  }
  return { roles, indicators, totalWeight, totalScore, grade, totalProv };
}
