import type { SourceCell, SourceLine } from '../source-line.ts';
import type { TextRow } from './group-text-rows.ts';

/** One aligned row of a borderless table with the text row it came from. */
export interface AlignedRow {
  readonly line: SourceLine;
  readonly row: TextRow;
}

const NUMBER = /^[-−]?[\d,，]*\d(?:\.\d+)?%?$/;

function hasNumber(line: SourceLine): boolean {
  return line.cells.some((c) => NUMBER.test(c.text.replace(/\s+/g, '')));
}

/** Text cells of `part` all sit where `main` is empty. */
function fitsInto(part: SourceLine, main: SourceLine): boolean {
  return part.cells.length === main.cells.length && part.cells.some((c) => c.text) && part.cells.every((c, i) => !c.text || !main.cells[i]?.text);
}

function close(a: TextRow, b: TextRow): boolean {
  const font = Math.max(...[...a.tokens, ...b.tokens].map((t) => t.fontSize || 10));
  return Math.abs(a.y - b.y) <= 1.6 * font;
}

function merge(parts: readonly AlignedRow[], main: AlignedRow): SourceLine {
  const ordered = [...parts, main].sort((a, b) => b.row.y - a.row.y);
  const cells: SourceCell[] = main.line.cells.map((cell, i) => {
    const texts = ordered.map((p) => p.line.cells[i]).filter((c): c is SourceCell => Boolean(c?.text));
    if (texts.length <= 1) return texts[0] ?? cell;
    const boxes = texts.map((c) => c.box).filter((b) => b !== undefined);
    const box = boxes.length ? ([Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] as const) : undefined;
    return { text: texts.map((c) => c.text).join(''), start: cell.start, end: cell.end, ...(box ? { box: [...box] as [number, number, number, number] } : {}) };
  });
  const first = ordered[0] as AlignedRow;
  return { ...main.line, line: first.line.line, cells, text: cells.map((c) => c.text).filter(Boolean).join(' ') };
}

function numbersOnly(line: SourceLine): boolean {
  return line.cells.some((c) => c.text) && line.cells.every((c) => !c.text || NUMBER.test(c.text.replace(/\s+/g, '')));
}

function labelled(line: SourceLine): boolean {
  return hasNumber(line) && !numbersOnly(line);
}

/**
 * Numbers printed on their own text row beside a taller row (top-aligned
 * amounts next to a centred label) join the nearer labelled row whose
 * matching cells are empty, when that row is clearly nearer than the other.
 */
export function attachNumberRows(rows: readonly AlignedRow[]): AlignedRow[] {
  const out = [...rows];
  const absorbed = new Set<number>();
  for (let k = 0; k < out.length; k++) {
    const r = out[k] as AlignedRow;
    if (!numbersOnly(r.line)) continue;
    const candidates = [k - 1, k + 1].filter((j) => {
      const other = out[j];
      return other && !absorbed.has(j) && labelled(other.line) && fitsInto(r.line, other.line) && close(r.row, other.row);
    });
    const distance = (j: number): number => Math.abs((out[j] as AlignedRow).row.y - r.row.y);
    const sorted = candidates.sort((a, b) => distance(a) - distance(b));
    const best = sorted[0];
    if (best === undefined) continue;
    const second = sorted[1];
    if (second !== undefined && distance(best) > 0.75 * distance(second)) continue;
    const target = out[best] as AlignedRow;
    out[best] = { line: merge([r], target), row: target.row };
    absorbed.add(k);
  }
  return out.filter((_, k) => !absorbed.has(k));
}

/**
 * In a borderless table a label that wraps over two lines is often printed
 * around its numbers, which sit vertically centred: label part, numbers, label
 * part. A row without numbers whose text fits the empty cells of an adjacent
 * row with numbers, one tight line away, is part of that row.
 * @param rows aligned rows top to bottom
 * @returns lines with wrapped label rows folded into their row
 * @example mergeWrappedLabelRows(rows).length
 */
export function mergeWrappedLabelRows(input: readonly AlignedRow[]): SourceLine[] {
  const rows = attachNumberRows(input);
  const used = new Set<number>();
  const out: SourceLine[] = [];
  const parts = new Map<number, AlignedRow[]>();
  rows.forEach((r, k) => {
    if (!hasNumber(r.line)) return;
    const above = rows[k - 1];
    const below = rows[k + 1];
    const list: AlignedRow[] = [];
    if (above && !used.has(k - 1) && !hasNumber(above.line) && fitsInto(above.line, r.line) && close(above.row, r.row)) {
      list.push(above);
      used.add(k - 1);
    }
    // Only take the line below when it completes a label started above (or the row prints no label at all).
    if (below && (list.length > 0 || r.line.cells.every((c, i) => !c.text || hasNumber({ ...r.line, cells: [r.line.cells[i] as SourceCell] }))) && !hasNumber(below.line) && fitsInto(below.line, r.line) && close(below.row, r.row)) {
      const next = rows[k + 2];
      // A row below that is followed by its own numbers belongs to those numbers instead.
      if (!(next && hasNumber(next.line) && fitsInto(below.line, next.line) && close(below.row, next.row) && list.length === 0)) {
        list.push(below);
        used.add(k + 1);
      }
    }
    if (list.length > 0) parts.set(k, list);
  });
  rows.forEach((r, k) => {
    if (used.has(k)) return;
    const list = parts.get(k);
    out.push(list ? merge(list, r) : r.line);
  });
  return out;
}
