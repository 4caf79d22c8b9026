/**
 * Horizontal overlap of two boxes in points (negative: the gap between them).
 * @example xOverlap({ x0: 0, x1: 10 }, { x0: 8, x1: 20 }) // 2
 */
export function xOverlap(a: { readonly x0: number; readonly x1: number }, b: { readonly x0: number; readonly x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}
