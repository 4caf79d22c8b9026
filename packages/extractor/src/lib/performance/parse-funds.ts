import type { FundsColumn, FundsRow, Provenance } from '@budgetdoc/schema';
import { isValuesPiece, joinFlowedCells } from './join-flowed-cells.ts';
import { parsePerfCellValue } from './parse-cell-value.ts';
import { compact, isValueToken, type PerfPiece } from './perf-piece.ts';

/** Printed funds header words → column, checked in this order per header cell. */
const FUNDS_WORDS: readonly (readonly [RegExp, FundsColumn])[] = [
  [/目标申报数/, 'initial_declared'],
  [/预算编制数/, 'initial_compiled'],
  [/年初预算/, 'initial_budget'],
  [/全年预算|调整后预算/, 'annual_budget'],
  [/执行数/, 'executed'],
  [/结[（(]?转[）)]?余|结余/, 'balance'],
  [/^分值$/, 'weight'],
  [/执行率/, 'execution_rate'],
  [/^得分$/, 'score'],
];

/** Fund row labels of the template. */
export function fundsRowKey(label: string): FundsRow['key'] | null {
  const c = compact(label).replace(/^其中[:：]?/, '');
  if (/上年结转/.test(c)) return 'carryover';
  if (/其他资金/.test(c)) return 'other';
  if (/资金总额|总额|合计/.test(c)) return 'total';
  if (/财政拨款|财政资金|当年/.test(c)) return 'current_appropriation';
  return null;
}

function columnOf(text: string): FundsColumn | null {
  const c = compact(text);
  for (const [pattern, column] of FUNDS_WORDS) if (pattern.test(c)) return column;
  return null;
}

interface FundsColumnAt {
  readonly column: FundsColumn;
  readonly header: string;
  /** Cell index of the header cell (gridded input). */
  readonly at: number;
}

/** Columns in printed order; a 年初预算数 split into 目标申报数/预算编制数 is expanded. */
function fundsColumns(headerCells: readonly string[], subCells: readonly string[]): FundsColumnAt[] {
  const sub = subCells.map((c, at) => ({ column: columnOf(c), header: compact(c), at })).filter((c) => c.column === 'initial_declared' || c.column === 'initial_compiled');
  const out: FundsColumnAt[] = [];
  headerCells.forEach((cell, at) => {
    const column = columnOf(cell);
    if (!column || column === 'initial_declared' || column === 'initial_compiled') return;
    if (column === 'initial_budget' && sub.length === 2) for (const s of sub) out.push({ column: s.column as FundsColumn, header: `${compact(cell)}/${s.header}`, at: s.at });
    else out.push({ column, header: compact(cell), at });
  });
  return out;
}

/**
 * Values of a gridded funds row by column. Ruled grids (PDF) keep every
 * cell under its header, so cell positions are tried first; text exports
 * shift cells around merged labels, so when a printed value falls outside
 * the header's columns the values are taken in order instead.
 */
function rowValues(cells: readonly string[], labelAt: number, columns: readonly FundsColumnAt[]): (string | undefined)[] {
  const byIndex = new Map(columns.map((c, i) => [c.at, i]));
  const positional = cells.every((c, k) => k <= labelAt || compact(c) === '' || byIndex.has(k));
  if (positional) return columns.map((c) => cells[c.at]);
  let values = cells.slice(labelAt + 1);
  while (values.length > 0 && compact(values[values.length - 1] ?? '') === '') values = values.slice(0, -1);
  // Converters add an empty cell in front when the label cell is merged;
  // drop it when the row's values would otherwise overflow or fill all but one column.
  const filled = values.filter((v) => compact(v) !== '').length;
  while (values.length > 0 && compact(values[0] ?? '') === '' && (values.length > columns.length || filled >= columns.length - 1)) values = values.slice(1);
  return columns.map((_, i) => values[i]);
}

/** Flowed header text → columns by the order their words appear. */
function flowedColumns(text: string): { column: FundsColumn; header: string }[] {
  const c = compact(text);
  const found: { at: number; column: FundsColumn; header: string }[] = [];
  const words: readonly (readonly [RegExp, FundsColumn])[] = [
    [/年初预算数?/, 'initial_budget'],
    [/全年预算数?/, 'annual_budget'],
    [/全年执行数?/, 'executed'],
    [/资金结[（(]?转[）)]?余|结余/, 'balance'],
    [/分值/, 'weight'],
    [/执行率/, 'execution_rate'],
    [/得分/, 'score'],
  ];
  for (const [pattern, column] of words) {
    const match = pattern.exec(c);
    if (match) found.push({ at: match.index, column, header: match[0] });
  }
  return found.sort((a, b) => a.at - b.at).map(({ column, header }) => ({ column, header }));
}

/**
 * Target tables print one amount per funds row (实施期资金总额： 3 / 其中：财政拨款 3 /
 * 其他资金) with no column header: each labelled row keeps its first amount.
 */
function singleAmountRows(pieces: readonly PerfPiece[], file: string): FundsRow[] {
  const rows: FundsRow[] = [];
  for (const piece of pieces) {
    const cells = piece.cells.map((c) => c.trim()).filter((c) => c !== '');
    const labelAt = cells.findIndex((c) => fundsRowKey(c) !== null && !isValueToken(c));
    if (labelAt < 0) continue;
    const label = compact(cells[labelAt] ?? '');
    const value = cells.slice(labelAt + 1).find((c) => isValueToken(c));
    rows.push({ label, key: fundsRowKey(label) ?? 'unknown', values: value ? [{ column: 'amount', header: label, value: parsePerfCellValue(value) }] : [], prov: prov(file, piece) });
  }
  return rows;
}

function prov(file: string, piece: PerfPiece): Provenance {
  return { file, page: piece.line.page, line: piece.line.line };
}

/**
 * The funds block of the header (项目资金: 年初预算数, 全年预算数, 全年执行数,
 * 分值, 执行率, 得分 per 年度资金总额 / 当年财政拨款 / 上年结转 / 其他资金).
 */
export function parseFunds(pieces: readonly PerfPiece[], gridded: boolean, file: string): FundsRow[] {
  const headerAt = pieces.findIndex((p) => (gridded ? /预算数|执行数/ : /项目资金|资金金额|预算数|预算安排|年初预|全年预/).test(compact(p.line.text)));
  if (headerAt < 0 || !pieces.slice(headerAt).some((p) => /执行|预算数|预算/.test(compact(p.line.text)) && !fundsRowKey(compact(p.line.text)))) return singleAmountRows(pieces, file);
  const rows: FundsRow[] = [];
  if (gridded) {
    const header = pieces[headerAt];
    const next = pieces[headerAt + 1];
    const hasSub = next !== undefined && /目标申报数|预算编制数/.test(compact(next.line.text));
    const columns = fundsColumns(header?.cells ?? [], hasSub ? (next?.cells ?? []) : []);
    for (const piece of pieces.slice(headerAt + (hasSub ? 2 : 1))) {
      const labelAt = piece.cells.findIndex((c) => compact(c) !== '' && !isValueToken(c));
      const label = compact(piece.cells[labelAt] ?? '');
      const key = fundsRowKey(label);
      if (labelAt < 0 || key === null) continue;
      const values = rowValues(piece.cells, labelAt, columns);
      rows.push({
        label,
        key,
        values: columns.flatMap((col, i) => (values[i] === undefined ? [] : [{ column: col.column, header: col.header, value: parsePerfCellValue(values[i] ?? '') }])),
        prov: prov(file, piece),
      });
    }
    return rows;
  }
  // Flowed: the header runs until the first values line; each values line closes a row.
  const firstValues = pieces.findIndex((p, i) => i >= headerAt && isValuesPiece(p));
  if (firstValues < 0) return [];
  let headerEnd = firstValues;
  // Header words end before the first row label (年度资金总额 …).
  while (headerEnd > headerAt && fundsRowKey(compact(pieces[headerEnd]?.line.text ?? '')) !== null) headerEnd--;
  const columns = flowedColumns(pieces.slice(headerAt, headerEnd + 1).map((p) => p.line.text).join(''));
  let group: PerfPiece[] = [];
  for (const piece of pieces.slice(headerEnd + 1)) {
    group.push(piece);
    if (!isValuesPiece(piece)) continue;
    const cells = joinFlowedCells(group);
    group = [];
    const label = cells.filter((c) => !isValueToken(c.text)).map((c) => compact(c.text)).join('');
    const key = fundsRowKey(label);
    if (key === null) continue;
    let values: ({ text: string } | undefined)[] = cells.filter((c) => isValueToken(c.text));
    // Flowed text drops blank cells: a short row of dashes stands where the row above printed its dashes.
    const above = rows[rows.length - 1];
    const dashesAbove = columns.map((col, i) => (above?.values.find((v) => v.column === col.column)?.value.kind === 'dash' ? i : -1)).filter((i) => i >= 0);
    if (values.length < columns.length && values.every((v) => parsePerfCellValue(v?.text ?? '').kind === 'dash') && dashesAbove.length === values.length) {
      const dashes = values;
      values = columns.map((_, i) => (dashesAbove.includes(i) ? dashes[dashesAbove.indexOf(i)] : undefined));
    }
    rows.push({
      label,
      key,
      values: columns.flatMap((col, i) => (values[i] === undefined ? [] : [{ column: col.column, header: col.header, value: parsePerfCellValue(values[i]?.text ?? '') }])),
      prov: { file, page: piece.line.page, line: cells[0]?.lines[0]?.line ?? piece.line.line, ...(piece.line.line !== (cells[0]?.lines[0]?.line ?? piece.line.line) ? { lineEnd: piece.line.line } : {}) },
    });
  }
  return rows;
}
