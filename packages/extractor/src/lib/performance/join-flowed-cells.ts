import type { SourceLine } from '../source-line.ts';
import { isNumericCell } from './parse-cell-value.ts';
import { compact, flowTokens, isValueToken, type PerfPiece } from './perf-piece.ts';

/** A cell rebuilt from flowed text, with the lines it was read from. */
export interface FlowedCell {
  readonly text: string;
  readonly lines: readonly SourceLine[];
}

/**
 * Stems of the national indicator framework's level names (产出指标, 数量指标,
 * 社会效益指标, 服务对象满意度指标, 经济成本指标 …): a cell ending in 指标
 * is a level label only with one of them, so values such as 达成预期指标 are not.
 */
const LEVEL_STEM = /(?:产出|效益|效果|满意|成本|数量|质量|时效|经济|社会|生态|环境|可持续|影响|管理|过程|决策|一级|二级|三级)[^，。,;；]{0,4}指标$/;

/** A label cell that is complete: a level name ending in 指标, or a weight such as （50分）. */
export function isCompleteLabel(text: string): boolean {
  const c = compact(text);
  return (c.length <= 16 && LEVEL_STEM.test(c)) || /[（(]\d+(?:\.\d+)?分[）)]$/.test(c);
}

/** Display width: Han and full-width characters count two columns, others one. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Where the values of a values line end: after its last token when that is
 * an amount, percentage or dash, or after its last pair of numbers (分值 and
 * 得分) when only text follows (a deviation reason starting on the same line).
 * -1 when the line is not a values line.
 */
export function valuesEnd(piece: PerfPiece): number {
  const cells = piece.cells;
  const last = cells[cells.length - 1];
  if (last !== undefined && isValueToken(last)) return cells.length;
  // A level label followed by short cells (`生态效益指标 无 无 无`, `经济效益指标 无`) is a whole row without numbers.
  const rest = cells.slice(1);
  if (isCompleteLabel(cells[0] ?? '') && rest.length > 0 && rest.every((t) => !isCompleteLabel(t)) && (rest.length >= 2 || compact(rest[0] ?? '').length <= 2)) return cells.length;
  for (let i = cells.length - 2; i >= 0; i--) {
    const a = cells[i] ?? '';
    const b = cells[i + 1] ?? '';
    if (isNumericCell(a) && isNumericCell(b)) {
      const rest = cells.slice(i + 2);
      return rest.every((t) => !isValueToken(t) && !isCompleteLabel(t)) ? i + 2 : -1;
    }
  }
  return -1;
}

/** True when the line closes a table row: it ends in values (see valuesEnd). */
export function isValuesPiece(piece: PerfPiece): boolean {
  return valuesEnd(piece) >= 0;
}

/**
 * Fragments of a non-values flowed line: the whole line is one fragment
 * (spaces inside a cell are common: `为全区 47万…`), except that a complete
 * level label (`经济效益指标 无`) closes its own cell.
 */
function lineFragments(piece: PerfPiece): string[] {
  const out: string[] = [];
  for (const token of flowTokens(piece.line.text)) {
    const last = out[out.length - 1];
    if (last !== undefined && !isCompleteLabel(last)) out[out.length - 1] = `${last} ${token}`;
    else out.push(token);
  }
  return out;
}

/** `（50` starting a line: the weight of the label above. */
const OPENS_WEIGHT = /^[（(]\s*\d/;
/** `分）` closing a weight opened on the line above. */
const CLOSES_WEIGHT = /^[^（(]*分[）)]$/;
const OPEN_WEIGHT_END = /[（(]\s*\d+(?:\.\d+)?$/;

interface Open {
  text: string;
  firstWidth: number;
  ended: boolean;
  lines: SourceLine[];
}

/**
 * Reassemble the cells of flowed lines by layout alone: a run of
 * one-character lines is a vertical label; a line continues the previous
 * cell unless that cell is a complete label, its last line was clearly
 * shorter than its first (a wrapped cell ends with a short line), or the new
 * line is wider than the cell's first line (it belongs to a wider column).
 * Values lines (ending in amounts) contribute one cell per token.
 */
export function joinFlowedCells(pieces: readonly PerfPiece[], options: { wholeLines?: boolean } = {}): FlowedCell[] {
  const cells: FlowedCell[] = [];
  let open: Open | null = null;
  const flush = (): void => {
    if (open) cells.push({ text: open.text, lines: open.lines });
    open = null;
  };
  for (const piece of pieces) {
    const end = options.wholeLines ? -1 : valuesEnd(piece);
    if (end >= 0) {
      flush();
      for (const token of piece.cells.slice(0, end)) cells.push({ text: token, lines: [piece.line] });
      // Text after the numbers is the start of the deviation reason: one cell.
      if (end < piece.cells.length) cells.push({ text: piece.cells.slice(end).join(' '), lines: [piece.line] });
      continue;
    }
    const fragments = options.wholeLines ? [piece.line.text.trim()] : lineFragments(piece);
    fragments.forEach((fragment, index) => {
      const w = width(compact(fragment));
      const current: Open | null = open;
      if (index === 0 && current !== null) {
        const weightSuffix = OPENS_WEIGHT.test(fragment) || (CLOSES_WEIGHT.test(compact(fragment)) && OPEN_WEIGHT_END.test(compact(current.text)));
        const tolerance = current.firstWidth >= 8 ? 2 : 0;
        // Whole-line paragraphs (goals) are set in one wide column: only a short last line ends them.
        const fits = options.wholeLines || w <= current.firstWidth + tolerance;
        const continues = weightSuffix || (!isCompleteLabel(current.text) && !current.ended && fits);
        if (continues) {
          current.text = `${current.text}${fragment}`;
          current.lines.push(piece.line);
          if (w <= current.firstWidth - 4) current.ended = true;
          return;
        }
      }
      flush();
      open = { text: fragment, firstWidth: w, ended: false, lines: [piece.line] };
    });
  }
  flush();
  return cells;
}
