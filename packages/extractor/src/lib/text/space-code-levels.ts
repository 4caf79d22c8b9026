import type { LayoutToken } from './layout-tokens.ts';
import type { SpaceColumn } from './space-columns.ts';

/** A grid row as the code-level join sees it: tokens and texts per column; `body` once the body has started. */
export interface CodeLevelRow {
  readonly body: boolean;
  cells: LayoutToken[][];
  texts: string[];
}

/** Digits printed per level: 类 3, 款 2, 项 2 (function and economic classification alike). */
const LEVEL_DIGITS = [3, 2, 2] as const;

/** Header words of the level columns. */
const LEVEL_WORDS = /^[类款项](?:\s*[类款项])*$/;

const digits = (text: string, n: number): boolean => new RegExp(`^\\d{${n}}$`).test(text);

/**
 * How many code-level columns start at column `c` (2 for 类 | 款, 3 for
 * 类 | 款 | 项), or 0: in every body row the first prints a 3-digit 类 code
 * (or a label with the other levels blank), the next ones 2-digit codes,
 * and a deeper level is printed only under the levels above it; at least
 * two rows print a 款.
 */
function levelRun(rows: readonly CodeLevelRow[], columns: readonly SpaceColumn[], c: number): number {
  const body = rows.filter((r) => r.body);
  let count = 0;
  for (let level = 1; level < LEVEL_DIGITS.length && c + level < columns.length; level++) {
    const n = LEVEL_DIGITS[level] as number;
    const ok = body.every((r) => {
      const text = r.texts[c + level] ?? '';
      if (text === '') return true;
      return digits(text, n) && Array.from({ length: level }, (_, k) => r.texts[c + k] ?? '').every((above, k) => digits(above, LEVEL_DIGITS[k] as number));
    });
    if (!ok || body.filter((r) => (r.texts[c + level] ?? '') !== '').length < 2) break;
    count = level + 1;
  }
  if (count === 0) return 0;
  const first = body.every((r) => {
    const text = r.texts[c] ?? '';
    return text === '' || digits(text, 3) || (!/\d/.test(text) && Array.from({ length: count - 1 }, (_, k) => r.texts[c + 1 + k] ?? '').every((t) => t === ''));
  });
  return first && body.some((r) => digits(r.texts[c] ?? '', 3)) ? count : 0;
}

/**
 * True when columns `c` and `c + 1` hold one code column printed by level:
 * full codes of the outer level in the first (301) and of the inner level in
 * the second (30101, under the last outer code), never both in one row.
 */
function nestedCodeColumns(rows: readonly CodeLevelRow[], c: number): boolean {
  const body = rows.filter((r) => r.body);
  let outer: string | null = null;
  let inner = 0;
  let nested = 0;
  for (const row of body) {
    const a = row.texts[c] ?? '';
    const b = row.texts[c + 1] ?? '';
    if (a !== '' && b !== '') return false;
    if (a !== '') {
      if (!/^\d{3,5}$/.test(a)) return false;
      outer = a;
    } else if (b !== '') {
      if (!/^\d{5,7}$/.test(b)) return false;
      inner++;
      if (outer !== null && b.startsWith(outer) && b.length > outer.length) nested++;
    }
  }
  return inner >= 2 && nested >= 0.8 * inner && body.some((r) => (r.texts[c] ?? '') !== '');
}

/**
 * Subject codes printed as separate 类 / 款 / 项 columns (`201 | 06 | 01`)
 * become one code column (`2010601`) for every row of the table; header
 * texts over the parts are kept, joined by a space (类 款 项). Two columns
 * printing whole codes by level (301 in one, 30101 in the next) become one.
 * @param rows the table's rows (mutated)
 * @param columns the table's columns
 * @returns the columns after the join
 * @example joinCodeLevelColumns(rows, columns).length // two fewer for 类 | 款 | 项
 */
export function joinCodeLevelColumns(rows: readonly CodeLevelRow[], columns: readonly SpaceColumn[]): SpaceColumn[] {
  // Every row from the first body row on is body here (a label-only line too).
  const first = rows.findIndex((r) => r.body);
  // The 类 款 项 header may be printed as a line of its own under the first body line.
  const view: CodeLevelRow[] = rows.map((r, i) => ({ body: first >= 0 && i >= first && !r.texts.some((t) => LEVEL_WORDS.test(t)), texts: r.texts, cells: r.cells }));
  let out = [...columns];
  for (let c = 0; c < out.length - 1; c++) {
    const count = levelRun(view, out, c) || (nestedCodeColumns(view, c) ? 2 : 0);
    if (count === 0) continue;
    for (const row of rows) {
      const parts = row.texts.slice(c, c + count);
      const filled = parts.filter((t) => t !== '');
      const code = filled.every((t) => /^\d+$/.test(t)) && filled.every((t, k) => t.length === LEVEL_DIGITS[k]);
      row.texts.splice(c, count, filled.join(code && row.body ? '' : ' '));
      row.cells.splice(c, count, row.cells.slice(c, c + count).flat());
    }
    const first = out[c] as SpaceColumn;
    const last = out[c + count - 1] as SpaceColumn;
    out = [...out.slice(0, c), { start: first.start, end: last.end, kind: 'text', anchor: first.start }, ...out.slice(c + count)];
  }
  return out;
}
