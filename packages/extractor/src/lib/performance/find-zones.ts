import { compact, type PerfPiece } from './perf-piece.ts';

/** Piece ranges [start, end) of the parts of a performance table. */
export interface PerfZones {
  readonly header: readonly [number, number];
  readonly tasks: readonly [number, number] | null;
  readonly goals: readonly [number, number] | null;
  readonly indicators: readonly [number, number] | null;
}

const ONE_CHAR = /^\p{Script=Han}{1,2}$/u;

/** Step back over a run of one- or two-character lines: a vertical label printed before the row it names. */
function withVerticalLabel(pieces: readonly PerfPiece[], index: number, floor: number): number {
  let start = index;
  while (start - 1 >= floor && ONE_CHAR.test(compact(pieces[start - 1]?.line.text ?? ''))) start--;
  return start;
}

/**
 * First piece in [from, to) whose text passes the test. Flowed text wraps
 * labels (`一级` / `指标`), so the piece is tested together with the next
 * two, and matches must start inside the piece itself.
 */
function findFrom(pieces: readonly PerfPiece[], from: number, to: number, test: (text: string, i: number) => boolean, pattern?: RegExp): number {
  for (let i = from; i < to; i++) {
    const own = compact(pieces[i]?.line.text ?? '');
    if (test(own, i)) return i;
    if (pattern && !(pieces[i]?.gridded ?? true)) {
      const joined = own + compact(pieces[i + 1]?.line.text ?? '') + compact(pieces[i + 2]?.line.text ?? '');
      const match = pattern.exec(joined);
      if (match && match.index < own.length) return i;
    }
  }
  return -1;
}

/**
 * Split a performance table into header block, task list (overall tables),
 * goals and indicator block, by the template's row labels. Flowed text
 * prints vertical labels one character a line before those rows; they are
 * kept with the part they label.
 */
export function findZones(pieces: readonly PerfPiece[]): PerfZones {
  const n = pieces.length;
  let ind = findFrom(pieces, 0, n, (t) => /一级指|二级指/.test(t), /一级指标|二级指标/);
  if (ind < 0) ind = findFrom(pieces, 0, n, (t) => /三级指标|指标内容|指标名称/.test(t));
  // List-style tables: one 绩效指标 column next to 指标值.
  if (ind < 0) ind = findFrom(pieces, 0, n, (t) => /绩效指标/.test(t) && /指标值/.test(t));
  const indStart = ind < 0 ? n : withVerticalLabel(pieces, ind, 0);
  const goal = findFrom(pieces, 0, indStart, (t) => /预期目标|年度目标|总体目标|年度绩效目标|整体绩效目标/.test(t));
  const goalStart = goal < 0 ? -1 : withVerticalLabel(pieces, goal, 0);
  const taskLimit = goalStart >= 0 ? goalStart : indStart;
  const task = findFrom(pieces, 0, taskLimit, (t, i) => /任务名称|主要任务/.test(t) || (t === '任务' && compact(pieces[i + 1]?.line.text ?? '').startsWith('名称')));
  const taskStart = task < 0 ? -1 : withVerticalLabel(pieces, task, 0);
  const headerEnd = [taskStart, goalStart, indStart].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), n);
  return {
    header: [0, headerEnd],
    tasks: taskStart >= 0 ? [taskStart, goalStart >= 0 ? goalStart : indStart] : null,
    goals: goalStart >= 0 ? [goalStart, indStart] : null,
    indicators: ind >= 0 ? [indStart, n] : null,
  };
}
