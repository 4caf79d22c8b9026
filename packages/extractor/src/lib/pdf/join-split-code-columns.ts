import type { Box, Finding } from '@budgetdoc/schema';
import type { SourceCell, SourceLine } from '../source-line.ts';

/** Header texts of split subject-code columns, outermost level first. */
const LEVELS = ['类', '款', '项'] as const;
/** Digits printed per level: 类 3, 款 2, 项 2 (function and economic classification alike). */
const LEVEL_DIGITS = [3, 2, 2] as const;
/** Column starts of one table agree to within this many points from line to line and page to page. */
const SAME_COLUMN = 2;

interface Run {
  readonly start: number;
  readonly count: number;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Runs of cells headed 类 款 (项) in a line. */
function levelRuns(line: SourceLine): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < line.cells.length; i++) {
    if (compact(line.cells[i]?.text ?? '') !== LEVELS[0] || compact(line.cells[i + 1]?.text ?? '') !== LEVELS[1]) continue;
    const count = compact(line.cells[i + 2]?.text ?? '') === LEVELS[2] ? 3 : 2;
    runs.push({ start: i, count });
    i += count - 1;
  }
  return runs;
}

function sameColumns(a: SourceLine, b: SourceLine): boolean {
  return a.split === 'pdf' && b.split === 'pdf' && a.cells.length === b.cells.length && a.cells.every((cell, i) => Math.abs(cell.start - (b.cells[i]?.start ?? Number.NaN)) <= SAME_COLUMN);
}

function unionBox(cells: readonly SourceCell[]): Box | undefined {
  const boxes = (cells.some((c) => c.text) ? cells.filter((c) => c.text) : cells).map((c) => c.box).filter((b): b is Box => b !== undefined);
  if (boxes.length === 0) return undefined;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** The text of merged level cells: a well-formed code joins without spaces, anything else keeps its printed spacing. */
function joinedText(parts: readonly string[], header: boolean): string {
  const texts = parts.map(compact);
  const filled = texts.filter(Boolean);
  if (header) return filled.join(' ');
  const lastFilled = texts.reduce((last, t, i) => (t ? i : last), -1);
  const wellFormed = filled.length > 0 && texts.every((t, i) => (i <= lastFilled ? t.length === LEVEL_DIGITS[i] && /^\d+$/.test(t) : t === ''));
  if (wellFormed) return filled.join('');
  // Not a code (a merged 合计 label, or an unexpected digit count): keep it as printed, never invent a code.
  return filled.join(filled.every((t) => /^\d+$/.test(t)) ? ' ' : '');
}

function mergeRuns(line: SourceLine, runs: readonly Run[], header: boolean): SourceLine {
  const cells: SourceCell[] = [];
  let i = 0;
  for (const run of runs) {
    cells.push(...line.cells.slice(i, run.start));
    const parts = line.cells.slice(run.start, run.start + run.count);
    const first = parts[0];
    const last = parts.at(-1);
    if (!first || !last) continue;
    const box = unionBox(parts);
    cells.push({ text: joinedText(parts.map((p) => p.text), header), start: first.start, end: last.end, ...(box ? { box } : {}) });
    i = run.start + run.count;
  }
  cells.push(...line.cells.slice(i));
  return { ...line, cells, text: cells.map((c) => c.text).filter(Boolean).join(' ') };
}

/**
 * Subject codes printed as separate 类 / 款 / 项 columns (`201 | 06 | 01`)
 * become one code cell (`2010601`), for every line of the table: the header
 * rows above the 类 款 项 row, the body, and continuation pages with the same
 * columns. The merged cell's box covers the printed parts, and a finding
 * records the printed form.
 * @param lines lines of the whole document in reading order
 * @returns lines with code columns joined, and one finding per table
 * @example joinSplitCodeColumns(lines).lines
 */
export function joinSplitCodeColumns(lines: readonly SourceLine[]): { lines: SourceLine[]; findings: Finding[] } {
  const out = [...lines];
  const findings: Finding[] = [];
  const done = new Set<number>();
  for (let k = 0; k < out.length; k++) {
    const anchor = out[k];
    if (!anchor || done.has(k) || anchor.split !== 'pdf') continue;
    const runs = levelRuns(anchor);
    if (runs.length === 0) continue;
    let from = k;
    while (from > 0 && !done.has(from - 1) && sameColumns(out[from - 1] as SourceLine, anchor)) from--;
    let to = k;
    while (to + 1 < out.length && sameColumns(out[to + 1] as SourceLine, anchor)) to++;
    let example = '';
    for (let m = from; m <= to; m++) {
      const line = out[m] as SourceLine;
      if (!example && m > k) {
        const run = runs[0] as Run;
        const parts = line.cells.slice(run.start, run.start + run.count).map((c) => compact(c.text));
        if (parts.filter(Boolean).length === run.count && parts.every((p) => /^\d+$/.test(p))) example = parts.join(' ');
      }
      out[m] = mergeRuns(line, runs, m <= k);
      done.add(m);
    }
    findings.push({
      code: 'PDF_SPLIT_CODE_COLUMNS',
      severity: 'info',
      source: 'extractor',
      message: `subject codes printed in separate ${LEVELS.slice(0, runs[0]?.count ?? 3).join('/')} columns were joined into one code per row${example ? ` (e.g. ${example} → ${example.replace(/ /g, '')})` : ''}`,
      where: { page: anchor.page, line: anchor.line },
      evidence: { groups: runs.length, levels: runs[0]?.count ?? 0, printedExample: example, lines: to - from + 1 },
    });
  }
  return { lines: out, findings };
}
