import type { SourceLine } from '../source-line.ts';
import type { GridGroup } from './grid-layout.ts';

/** How far (points) a spanning header's centre may sit from the centre of the columns it spans. */
const CENTRE_TOLERANCE = 8;

/**
 * Borderless PDF tables print a header over several columns once, centred
 * (本年支出 over 小计 | 基本支出 | 项目支出), so the word lands in a middle
 * position; header paths read a header cell as covering the blank positions
 * to its right. The word is moved to the first position of the widest run of
 * value positions that ends where its own span must end (before the next
 * header word of its row, or at the group's last value) and whose lower
 * header words are centred on it. Ruled and text input place merged cells at
 * their first position already and are left alone (no text boxes, or a
 * rule-derived split).
 * @param header aligned header rows (栏次 row removed)
 * @param lines the header lines behind those rows
 * @param shifts per row, how far alignment moved it (moved rows are left alone)
 * @param groups the table's groups
 * @returns header rows with spanning words at the start of their span
 * @example centreSpanningHeaders([['', '', '', '本年支出', ''], ['科目编码', '科目名称', '小计', '基本支出', '项目支出']], lines, [0, 0], groups)[0][2] // '本年支出'
 */
export function centreSpanningHeaders(header: readonly (readonly string[])[], lines: readonly SourceLine[], shifts: readonly number[], groups: readonly GridGroup[]): string[][] {
  const out = header.map((row) => [...row]);
  out.forEach((row, r) => {
    const line = lines[r];
    if (!line || line.split !== 'pdf' || line.ruled || shifts[r] !== 0 || line.cells.length !== row.length) return;
    // Text extent of each position in the header rows below: the columns the word should be centred on.
    const below = (p: number): { x0: number; x1: number } | null => {
      let extent: { x0: number; x1: number } | null = null;
      for (let s = r + 1; s < lines.length; s++) {
        const cell = lines[s]?.cells[p];
        if (!cell?.box || cell.text.trim() === '' || shifts[s] !== 0) continue;
        extent = extent ? { x0: Math.min(extent.x0, cell.box[0]), x1: Math.max(extent.x1, cell.box[2]) } : { x0: cell.box[0], x1: cell.box[2] };
      }
      return extent;
    };
    for (const group of groups) {
      const values = [...group.values].sort((a, b) => a - b);
      values.forEach((q, i) => {
        const box = line.cells[q]?.box;
        if (!box || (row[q] ?? '').trim() === '') return;
        const previous = values.slice(0, i).findLastIndex((p) => (row[p] ?? '').trim() !== '');
        const next = values.findIndex((p, k) => k > i && (row[p] ?? '').trim() !== '');
        const lo = previous + 1;
        const hi = next < 0 ? values.length - 1 : next - 1;
        const right = below(values[hi] as number);
        if (!right) return;
        const centre = (box[0] + box[2]) / 2;
        const deviation = (a: number): number => {
          const left = below(values[a] as number);
          return left ? Math.abs((left.x0 + right.x1) / 2 - centre) : Number.POSITIVE_INFINITY;
        };
        // Moved only to a run it is centred on better than on the run it already heads.
        let best = i;
        for (let a = lo; a < i; a++) if (deviation(a) <= CENTRE_TOLERANCE && deviation(a) < deviation(best)) best = a;
        if (best === i) return;
        row[values[best] as number] = row[q] as string;
        row[q] = '';
      });
    }
  });
  return out;
}
