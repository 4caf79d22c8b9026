/** An affine matrix [a, b, c, d, e, f] as in PDF. */
export type Matrix = readonly [number, number, number, number, number, number];

/** A horizontal or vertical ruling line in page points (origin bottom-left); x0 ≤ x1, y0 ≤ y1. */
export interface Segment {
  readonly orientation: 'h' | 'v';
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** What the operator list tells us about a page besides text. */
export interface PageGraphics {
  readonly segments: readonly Segment[];
  /** Number of image paint operations. */
  readonly images: number;
  /** Sum of the areas of painted images in square points (overlaps counted twice). */
  readonly imageArea: number;
}

/** The operator codes read here, by pdf.js name. */
export type OpCodes = Readonly<Record<string, number>>;

/** Thickest filled rectangle still read as a rule rather than a shaded cell. */
const MAX_RULE_THICKNESS = 2.5;
/** Shortest segment worth keeping: shorter ones are glyph parts, ticks or bullets. */
const MIN_RULE_LENGTH = 3;
/** A segment is axis-parallel when it deviates less than this across its length. */
const AXIS_TOLERANCE = 0.5;

const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUAD = 3;
const DRAW_CLOSE = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  // m then n (PDF order: point × m × n).
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function isWhite(hex: unknown): boolean {
  return typeof hex === 'string' && /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(hex);
}

function pushLine(out: Segment[], ax: number, ay: number, bx: number, by: number): void {
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_RULE_LENGTH) {
    const y = (ay + by) / 2;
    out.push({ orientation: 'h', x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
  } else if (dx <= AXIS_TOLERANCE && dy >= MIN_RULE_LENGTH) {
    const x = (ax + bx) / 2;
    out.push({ orientation: 'v', x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) });
  }
}

/** A filled sub-path: a thin axis-parallel box is a rule drawn as a rectangle (WPS, Word, Excel do this). */
function pushFilledBox(out: Segment[], xs: readonly number[], ys: readonly number[]): void {
  if (xs.length < 3) return;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) out.push({ orientation: 'h', x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) out.push({ orientation: 'v', x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
}

function readPath(out: Segment[], data: ArrayLike<number>, ctm: Matrix, stroke: boolean): void {
  const point = (i: number): [number, number] => {
    const x = data[i] ?? 0;
    const y = data[i + 1] ?? 0;
    return [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  };
  let xs: number[] = [];
  let ys: number[] = [];
  let curved = false;
  let start: [number, number] = [0, 0];
  let current: [number, number] = [0, 0];
  const endSubpath = (): void => {
    if (!stroke && !curved) pushFilledBox(out, xs, ys);
    xs = [];
    ys = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === DRAW_MOVE) {
      endSubpath();
      current = start = point(i);
      xs.push(current[0]);
      ys.push(current[1]);
      i += 2;
    } else if (op === DRAW_LINE) {
      const next = point(i);
      if (stroke) pushLine(out, current[0], current[1], next[0], next[1]);
      current = next;
      xs.push(next[0]);
      ys.push(next[1]);
      i += 2;
    } else if (op === DRAW_CURVE) {
      curved = true;
      current = point(i + 4);
      i += 6;
    } else if (op === DRAW_QUAD) {
      curved = true;
      current = point(i + 2);
      i += 4;
    } else if (op === DRAW_CLOSE) {
      if (stroke) pushLine(out, current[0], current[1], start[0], start[1]);
      current = start;
    } else break;
  }
  endSubpath();
}

/**
 * Walk a pdf.js operator list and collect ruling segments and images, in the
 * coordinates given by `page` (user space → page points). Paths in pdf.js 5
 * come as `constructPath` ops with `DrawOPS`-coded buffers in the user space
 * current at the time; the CTM is tracked here through save/restore/transform
 * and form XObjects. Clipping paths and white fills draw nothing visible and
 * are skipped.
 * @param fnArray operator codes
 * @param argsArray operator arguments
 * @param page user space → page points
 * @param ops pdf.js `OPS` table
 * @returns segments and image statistics
 * @example readGraphics(list.fnArray, list.argsArray, [1, 0, 0, 1, 0, 0], OPS)
 */
export function readGraphics(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, page: Matrix, ops: OpCodes): PageGraphics {
  const segments: Segment[] = [];
  let images = 0;
  let imageArea = 0;
  let ctm: Matrix = page;
  let fill: unknown = '#000000';
  const stack: { ctm: Matrix; fill: unknown }[] = [];
  const imageOps = new Set(['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintJpegXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat'].map((name) => ops[name]));
  let clipPending = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, fill });
    else if (fn === ops.restore) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
    else if (fn === ops.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push({ ctm, fill });
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
    else if (fn === ops.setFillRGBColor && args) fill = args[0];
    else if (fn === ops.clip || fn === ops.eoClip) clipPending = true;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      const wasClip = clipPending;
      clipPending = false;
      if (!data || wasClip || paint === ops.endPath) continue;
      const stroke = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      if (!stroke && isWhite(fill)) continue;
      readPath(segments, data, ctm, stroke);
    } else if (fn !== undefined && imageOps.has(fn)) {
      images++;
      // Images paint the unit square through the CTM.
      imageArea += Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
    }
  }
  return { segments, images, imageArea };
}
