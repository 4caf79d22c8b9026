import type { Segment } from './read-graphics.ts';

/** A ruled table: the positions of its rules and the rules themselves. */
export interface RuledGrid {
  /** Distinct x positions of vertical rules, left to right. */
  readonly xs: readonly number[];
  /** Distinct y positions of horizontal rules, top to bottom (descending). */
  readonly ys: readonly number[];
  readonly vertical: readonly Segment[];
  readonly horizontal: readonly Segment[];
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Rules closer than this are one rule (double borders, anti-aliasing rectangles). */
const SAME_POSITION = 1.5;
/** How far rules may miss each other and still be connected (producers leave small gaps at joints). */
const JOIN_TOLERANCE = 3;

/** Merge collinear, touching segments of one orientation into longer rules. */
function mergeCollinear(segments: readonly Segment[], orientation: 'h' | 'v'): Segment[] {
  const along = (s: Segment): [number, number] => (orientation === 'h' ? [s.x0, s.x1] : [s.y0, s.y1]);
  const across = (s: Segment): number => (orientation === 'h' ? s.y0 : s.x0);
  const sorted = segments.filter((s) => s.orientation === orientation).sort((a, b) => across(a) - across(b) || along(a)[0] - along(b)[0]);
  const out: Segment[] = [];
  // Group by position across, then sweep along.
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i];
    if (!first) break;
    let j = i;
    const group: Segment[] = [];
    while (j < sorted.length && across(sorted[j] as Segment) - across(first) <= SAME_POSITION) group.push(sorted[j++] as Segment);
    i = j;
    group.sort((a, b) => along(a)[0] - along(b)[0]);
    const pos = group.reduce((sum, s) => sum + across(s), 0) / group.length;
    let [start, end] = along(group[0] as Segment);
    const emit = (): void => {
      out.push(orientation === 'h' ? { orientation, x0: start, x1: end, y0: pos, y1: pos } : { orientation, x0: pos, x1: pos, y0: start, y1: end });
    };
    for (const s of group.slice(1)) {
      const [a, b] = along(s);
      if (a <= end + JOIN_TOLERANCE) end = Math.max(end, b);
      else {
        emit();
        [start, end] = [a, b];
      }
    }
    emit();
  }
  return out;
}

function clusterPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - (group[group.length - 1] ?? v) > SAME_POSITION) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/**
 * Find ruled tables: connected sets of horizontal and vertical rules with at
 * least two columns and one row. Horizontal-only rules (underlines, three-line
 * tables) are left to the alignment-based reader.
 * @param segments ruling segments of one page
 * @returns grids, top to bottom
 * @example findRuledGrids(graphics.segments).length
 */
export function findRuledGrids(segments: readonly Segment[]): RuledGrid[] {
  const rules = [...mergeCollinear(segments, 'h'), ...mergeCollinear(segments, 'v')];
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const t = JOIN_TOLERANCE;
  for (let i = 0; i < rules.length; i++) {
    const a = rules[i] as Segment;
    for (let j = i + 1; j < rules.length; j++) {
      const b = rules[j] as Segment;
      if (a.x0 - t <= b.x1 && b.x0 - t <= a.x1 && a.y0 - t <= b.y1 && b.y0 - t <= a.y1) parent[find(i)] = find(j);
    }
  }
  const components = new Map<number, Segment[]>();
  rules.forEach((rule, i) => {
    const root = find(i);
    const list = components.get(root) ?? [];
    list.push(rule);
    components.set(root, list);
  });
  const grids: RuledGrid[] = [];
  for (const members of components.values()) {
    const vertical = members.filter((s) => s.orientation === 'v');
    const horizontal = members.filter((s) => s.orientation === 'h');
    if (vertical.length === 0 || horizontal.length === 0) continue;
    const x0 = Math.min(...members.map((s) => s.x0));
    const x1 = Math.max(...members.map((s) => s.x1));
    const y0 = Math.min(...members.map((s) => s.y0));
    const y1 = Math.max(...members.map((s) => s.y1));
    // The outer extent counts as a boundary even where a table has no side or top border.
    const xs = clusterPositions([...vertical.map((s) => s.x0), x0, x1]);
    const ys = clusterPositions([...horizontal.map((s) => s.y0), y0, y1]).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    grids.push({ xs, ys, vertical, horizontal, x0, x1, y0, y1 });
  }
  return grids.sort((a, b) => b.y1 - a.y1);
}
