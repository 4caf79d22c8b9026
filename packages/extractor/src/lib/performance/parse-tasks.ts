import type { PerformanceTask, Provenance } from '@budgetdoc/schema';
import { isValuesPiece, joinFlowedCells } from './join-flowed-cells.ts';
import { parsePerfCellValue } from './parse-cell-value.ts';
import { compact, isValueToken, type PerfPiece } from './perf-piece.ts';

type TextRole = 'name' | 'content' | 'status';
const TOTAL = /^(?:金额合计|合计|总计)/;

/** Column name of a printed task header cell, with its group (budget/executed) for sub-columns. */
function mainColumn(text: string): string | null {
  const c = compact(text);
  if (/任务名称|^名称$/.test(c)) return 'name';
  if (/主要内容|^内容$/.test(c)) return 'content';
  if (/^完成情况$/.test(c)) return 'status';
  if (/执行数/.test(c)) return 'executed';
  if (/预算/.test(c)) return 'budget';
  if (/^分值$/.test(c)) return 'weight';
  if (/执行率/.test(c)) return 'execution_rate';
  if (/^得分$/.test(c)) return 'score';
  return null;
}

function subColumn(text: string): string | null {
  const c = compact(text);
  if (/^总额$|^合计$|^小计$/.test(c)) return 'total';
  if (/财政拨款/.test(c)) return 'appropriation';
  if (/其他资金/.test(c)) return 'other';
  return null;
}

function task(cells: { role: string; text: string }[], prov: Provenance): PerformanceTask | null {
  const text = (role: TextRole): string | null => cells.find((c) => c.role === role && c.text !== '')?.text ?? null;
  const name = text('name');
  if (!name) return null;
  return {
    name,
    isTotal: TOTAL.test(compact(name)),
    content: text('content'),
    status: text('status'),
    values: cells.filter((c) => !['name', 'content', 'status'].includes(c.role) && c.text !== '').map((c) => ({ column: c.role, value: parsePerfCellValue(c.text) })),
    prov,
  };
}

/** Gridded task list: header row, optional 总额/财政拨款/其他资金 sub-header, rows by position. */
function griddedTasks(pieces: readonly PerfPiece[], file: string): PerformanceTask[] {
  const header = pieces[0];
  if (!header) return [];
  const sub = pieces[1] && pieces[1].cells.some((c) => subColumn(c) !== null) ? pieces[1] : null;
  const width = Math.max(header.cells.length, sub?.cells.length ?? 0);
  const columns: (string | null)[] = [];
  let group: string | null = null;
  for (let i = 0; i < width; i++) {
    const main = mainColumn(header.cells[i] ?? '');
    if (main) group = main;
    const s = sub ? subColumn(sub.cells[i] ?? '') : null;
    columns.push(s && group && (group === 'budget' || group === 'executed') ? `${group}.${s}` : main === 'budget' || main === 'executed' ? `${main}.total` : main);
  }
  const out: PerformanceTask[] = [];
  for (const piece of pieces.slice(sub ? 2 : 1)) {
    const cells = piece.cells.flatMap((text, i) => (columns[i] ? [{ role: columns[i] as string, text: text.trim() }] : []));
    // A total row prints its label in the first text column it has.
    if (!cells.some((c) => c.role === 'name' && c.text !== '')) {
      const label = piece.cells.find((c) => TOTAL.test(compact(c)));
      if (label) cells.unshift({ role: 'name', text: label.trim() });
    }
    const t = task(cells, { file, page: piece.line.page, line: piece.line.line });
    if (t) out.push(t);
  }
  return out;
}

/** Flowed task list: header words in order, then rows ending in values lines. */
function flowedTasks(pieces: readonly PerfPiece[], file: string, evaluation: boolean): PerformanceTask[] {
  // The header ends with the last sub-column word before the first values line.
  const firstValues = pieces.findIndex(isValuesPiece);
  if (firstValues < 0) return [];
  let text = '';
  let headerEnd = 0;
  for (let i = 0; i < firstValues; i++) {
    text += compact(pieces[i]?.line.text ?? '');
    if (/(?:总额|财政拨款|其他资金|得分|执行率)$/.test(text)) headerEnd = i + 1;
  }
  const groups = [/全年预算|预算金额|预算数/.test(text) ? 'budget' : null, /执行数/.test(text) ? 'executed' : null].filter((g): g is string => g !== null);
  const subs = ['total', 'appropriation', 'other'].filter((s) => (s === 'total' ? /总额/ : s === 'appropriation' ? /财政拨款/ : /其他资金/).test(text));
  const textRoles: TextRole[] = evaluation ? ['name', 'content', 'status'] : ['name', 'content'];
  const out: PerformanceTask[] = [];
  let group: PerfPiece[] = [];
  // Amount columns per row, learnt from rows whose 执行率 prints a % sign.
  let moneyWidth = -1;
  for (const piece of pieces.slice(headerEnd)) {
    group.push(piece);
    if (!isValuesPiece(piece)) continue;
    const cells = joinFlowedCells(group);
    group = [];
    const texts = cells.filter((c) => !isValueToken(c.text)).map((c) => c.text);
    const values = cells.filter((c) => isValueToken(c.text)).map((c) => c.text);
    const roles: { role: string; text: string }[] = texts.slice(0, textRoles.length).map((t, i) => ({ role: textRoles[i] ?? 'content', text: t }));
    // Amounts: budget/executed groups first, then 分值, 执行率, 得分 (the rate is the percentage).
    const rateAt = values.findIndex((v) => /[%％]$/.test(v));
    // Without a rate, two trailing numbers after whole budget/executed groups are 分值 and 得分.
    const scored = rateAt < 0 && values.length > 2 && (values.length - 2) % Math.max(1, groups.length) === 0;
    const width = rateAt > 0 ? rateAt - 1 : moneyWidth >= 0 && moneyWidth < values.length ? moneyWidth : scored ? values.length - 2 : values.length;
    if (rateAt > 0) moneyWidth = width;
    const money = values.slice(0, width);
    const rest = values.slice(width);
    const tailRoles = rateAt > 0 || rest.length >= 3 ? ['weight', 'execution_rate', 'score'] : rest.length === 2 ? ['weight', 'score'] : ['score'];
    const tail = rest.map((v, i) => [tailRoles[i], v] as const);
    const perGroup = money.length === groups.length * subs.length ? subs : subs.filter((s) => s !== 'other').slice(0, Math.max(1, Math.floor(money.length / Math.max(1, groups.length))));
    money.forEach((v, i) => roles.push({ role: `${groups[Math.floor(i / perGroup.length)] ?? 'budget'}.${perGroup[i % perGroup.length] ?? 'total'}`, text: v }));
    for (const [role, v] of tail) if (role && v) roles.push({ role, text: v });
    const first = cells[0]?.lines[0] ?? piece.line;
    const t = task(roles, { file, page: first.page, line: first.line, ...(first.line !== piece.line.line ? { lineEnd: piece.line.line } : {}) });
    if (t) out.push(t);
  }
  return out;
}

/** Task list of an overall table (任务名称, 主要内容, 完成情况, amounts) → rows. */
export function parseTasks(pieces: readonly PerfPiece[], gridded: boolean, file: string, evaluation: boolean): PerformanceTask[] {
  return gridded ? griddedTasks(pieces, file) : flowedTasks(pieces, file, evaluation);
}
