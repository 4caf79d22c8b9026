import { joinFlowedCells } from './join-flowed-cells.ts';
import { compact, type PerfPiece } from './perf-piece.ts';

/** Row labels of the goals part (年度总体目标完成情况, 预期目标(年初设定), 实际完成情况 …). */
const GOAL_LABEL = /^(?:年度|项目|整体)?(?:年度)?(?:总体|绩效)?目标(?:完成情况)?$|预期目标|^年度目标$|^(?:目标)?实际完成情况$|完成情况$|^其他说明$/;
const ONE_CHAR = /^\p{Script=Han}$/u;

/**
 * Goals part → the yearly goals text and (self-evaluations) the actual results
 * text: the first and second text cells that are not row/column labels.
 */
export function parseGoals(pieces: readonly PerfPiece[], gridded: boolean): { goals: string | null; results: string | null } {
  let texts: string[];
  if (gridded) {
    texts = pieces.flatMap((p) => p.cells).map((c) => c.trim()).filter((c) => c !== '');
  } else {
    // Skip the vertical label and the column-header line, then rebuild wrapped paragraphs.
    const body = pieces.filter((p) => !ONE_CHAR.test(compact(p.line.text)));
    const start = body.findIndex((p) => /预期目标|年度目标|总体目标|实际完成/.test(compact(p.line.text)));
    const rest = start >= 0 && compact(body[start]?.line.text ?? '').length <= 30 ? body.slice(start + 1) : body;
    texts = joinFlowedCells(rest, { wholeLines: true }).map((c) => c.text);
  }
  const content = texts.filter((t) => {
    const c = compact(t).replace(/[（(][^）)]*[）)]$/, '');
    return !(c.length <= 16 && GOAL_LABEL.test(c));
  });
  return { goals: content[0] ?? null, results: content[1] ?? null };
}
