/**
 * A readable difference between a golden report and the current output, for
 * the golden test's failure message: metadata, tables (added, removed, status
 * and key changes), cells by table / row / column (value changes, added and
 * removed cells, moved provenance), row keys, sections and findings, then
 * any other changed JSON paths. Works on parsed JSON, so it also explains
 * goldens written by an older schema.
 */

interface GCell {
  column?: number;
  key?: string | null;
  header?: string[];
  value?: { kind?: string; value?: string; printed?: string };
  prov?: { page?: number; line?: number };
}
interface GRow {
  side?: string | null;
  code?: string | null;
  name?: string;
  key?: string | null;
  cells?: GCell[];
}
interface GTable {
  id?: string;
  key?: string | null;
  formNo?: string | null;
  formLabel?: string | null;
  title?: string;
  status?: string;
  unit?: string | null;
  rows?: GRow[];
}
interface GSection {
  title?: string;
  key?: string | null;
  level?: number;
}
interface GFinding {
  code?: string;
  message?: string;
  where?: Record<string, unknown>;
}
interface GReport {
  meta?: Record<string, unknown>;
  tables?: GTable[];
  sections?: GSection[];
  findings?: GFinding[];
  [key: string]: unknown;
}

/** Options of {@link goldenDiff}. */
export interface GoldenDiffOptions {
  /** Most lines to print (default 50); the rest is counted. */
  readonly maxLines?: number;
}

/**
 * Explain how `actual` differs from `expected`, cell by cell.
 * @param expected golden file content (JSON text)
 * @param actual current output (JSON text, same stableJson form)
 * @param options line limit
 * @returns a multi-line message, or '' when the two are equal
 * @example goldenDiff(readFileSync(golden, 'utf8'), stableJson(report))
 */
export function goldenDiff(expected: string, actual: string, options: GoldenDiffOptions = {}): string {
  if (expected === actual) return '';
  const max = options.maxLines ?? 50;
  let before: GReport;
  let after: GReport;
  try {
    before = JSON.parse(expected) as GReport;
    after = JSON.parse(actual) as GReport;
  } catch (error) {
    return `golden file is not valid JSON (${(error as Error).message}); run pnpm golden:update`;
  }
  const lines: string[] = [];
  diffMeta(before.meta ?? {}, after.meta ?? {}, lines);
  diffTables(before.tables ?? [], after.tables ?? [], lines);
  diffSections(before.sections ?? [], after.sections ?? [], lines);
  diffFindings(before.findings ?? [], after.findings ?? [], lines);
  const covered = new Set(['meta', 'tables', 'sections', 'findings']);
  const paths: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (covered.has(key)) continue;
    diffPaths(before[key], after[key], key, paths, 10_000);
  }
  lines.push(...groupPaths(paths));
  if (lines.length === 0) lines.push('same data, different formatting (key order, indentation or trailing newline): run pnpm golden:update');
  const shown = lines.slice(0, max);
  if (lines.length > max) shown.push(`… and ${lines.length - max} more differences`);
  return shown.join('\n');
}

function diffMeta(before: Record<string, unknown>, after: Record<string, unknown>, out: string[]): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out.push(`meta.${key}: ${show(before[key])} → ${show(after[key])}`);
  }
}

/** Tables are matched by printed identity (form + title + occurrence), not id, so one inserted table does not shift every other. */
function diffTables(before: GTable[], after: GTable[], out: string[]): void {
  const left = keyed(before, (t) => `${t.formLabel ?? t.formNo ?? ''}|${t.title ?? ''}`);
  const right = keyed(after, (t) => `${t.formLabel ?? t.formNo ?? ''}|${t.title ?? ''}`);
  for (const [id, table] of left) if (!right.has(id)) out.push(`- table ${tableName(table)} (${table.status}, ${cellCount(table)} cells) is gone`);
  for (const [id, table] of right) if (!left.has(id)) out.push(`+ table ${tableName(table)} (${table.status}, ${cellCount(table)} cells) is new`);
  for (const [id, old] of left) {
    const now = right.get(id);
    if (!now) continue;
    const name = tableName(now);
    for (const field of ['id', 'key', 'status', 'unit', 'formNo'] as const) {
      if (old[field] !== now[field]) out.push(`${name}: ${field} ${show(old[field])} → ${show(now[field])}`);
    }
    diffRows(name, old.rows ?? [], now.rows ?? [], out);
  }
}

function diffRows(table: string, before: GRow[], after: GRow[], out: string[]): void {
  const rowId = (r: GRow) => `${r.side ? `${r.side}:` : ''}${r.code ?? ''}${r.code && r.name ? ' ' : ''}${r.name ?? ''}`;
  const left = keyed(before, rowId);
  const right = keyed(after, rowId);
  let moved = 0;
  let firstMove = '';
  for (const [id, row] of left) {
    const now = right.get(id);
    const label = `${table} / ${id.replace(/#1$/, '')}`;
    if (!now) {
      for (const cell of row.cells ?? []) if (cell.value?.kind !== 'blank') out.push(`- ${label} / ${columnName(cell)} = ${printed(cell)} (row gone)`);
      if ((row.cells ?? []).every((c) => c.value?.kind === 'blank')) out.push(`- ${label} (row gone)`);
      continue;
    }
    if (row.key !== now.key) out.push(`${label}: row key ${show(row.key)} → ${show(now.key)}`);
    const oldCells = keyed(row.cells ?? [], columnName);
    const newCells = keyed(now.cells ?? [], columnName);
    for (const [col, cell] of oldCells) {
      const next = newCells.get(col);
      const where = `${label} / ${col.replace(/#1$/, '')}`;
      if (!next) out.push(`- ${where} = ${printed(cell)}`);
      else if (printed(cell) !== printed(next) || cell.value?.kind !== next.value?.kind || cell.value?.value !== next.value?.value) out.push(`${where}: ${printed(cell)} → ${printed(next)}`);
      else if (cell.prov?.line !== next.prov?.line || cell.prov?.page !== next.prov?.page) {
        moved++;
        firstMove ||= `${where} (${cell.prov?.page}:${cell.prov?.line} → ${next.prov?.page}:${next.prov?.line})`;
      }
    }
    for (const [col, cell] of newCells) if (!oldCells.has(col)) out.push(`+ ${label} / ${col.replace(/#1$/, '')} = ${printed(cell)}`);
  }
  for (const [id, row] of right) {
    if (left.has(id)) continue;
    const cells = (row.cells ?? []).filter((c) => c.value?.kind !== 'blank');
    if (cells.length === 0) out.push(`+ ${table} / ${id.replace(/#1$/, '')} (new row, no values)`);
    for (const cell of cells) out.push(`+ ${table} / ${id.replace(/#1$/, '')} / ${columnName(cell)} = ${printed(cell)} (new row)`);
  }
  if (moved > 0) out.push(`${table}: ${moved} cell(s) read from another line, e.g. ${firstMove}`);
}

function diffSections(before: GSection[], after: GSection[], out: string[]): void {
  const left = keyed(before, (s) => s.title ?? '');
  const right = keyed(after, (s) => s.title ?? '');
  for (const [id, s] of left) {
    const now = right.get(id);
    if (!now) out.push(`- section ${JSON.stringify(s.title)} (${show(s.key)})`);
    else if (s.key !== now.key || s.level !== now.level) out.push(`section ${JSON.stringify(s.title)}: key ${show(s.key)} → ${show(now.key)}${s.level !== now.level ? `, level ${s.level} → ${now.level}` : ''}`);
  }
  for (const [id, s] of right) if (!left.has(id)) out.push(`+ section ${JSON.stringify(s.title)} (${show(s.key)})`);
}

function diffFindings(before: GFinding[], after: GFinding[], out: string[]): void {
  const id = (f: GFinding) => `${f.code} ${JSON.stringify(f.where ?? {})}`;
  const left = keyed(before, id);
  const right = keyed(after, id);
  for (const [key, f] of left) if (!right.has(key)) out.push(`- finding ${f.code} ${place(f)}: ${f.message}`);
  for (const [key, f] of right) if (!left.has(key)) out.push(`+ finding ${f.code} ${place(f)}: ${f.message}`);
}

/** Fallback for the parts without a dedicated differ: the changed JSON paths. */
function diffPaths(before: unknown, after: unknown, path: string, out: string[], max: number): void {
  if (out.length > max) return;
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    if (Array.isArray(before) && Array.isArray(after) && before.length !== after.length) out.push(`${path}: ${before.length} → ${after.length} entries`);
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) diffPaths(b[key], a[key], Array.isArray(before) ? `${path}[${key}]` : `${path}.${key}`, out, max);
    return;
  }
  out.push(`${path}: ${show(before)} → ${show(after)}`);
}

/**
 * Many entries changing the same field (e.g. every later paragraph's section
 * index after one heading disappears) become one line with a count and an example.
 */
function groupPaths(paths: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const line of paths) {
    const path = line.slice(0, line.indexOf(': '));
    const pattern = path.replace(/\[\d+\]/g, '[*]');
    const group = groups.get(pattern);
    if (group) group.push(line);
    else groups.set(pattern, [line]);
  }
  return [...groups].flatMap(([pattern, group]) => (group.length > 3 ? [`${pattern}: ${group.length} entries changed, e.g. ${group[0]}`] : group));
}

/** Index by a label; repeated labels get `#2`, `#3` (the first keeps `#1`, stripped when printed). */
function keyed<T>(items: readonly T[], label: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const base = label(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    map.set(`${base}#${n}`, item);
  }
  return map;
}

function tableName(t: GTable): string {
  return [t.id, t.formNo, t.key ?? '∅'].filter(Boolean).join(' ');
}

function columnName(c: GCell): string {
  return c.key ?? (c.header && c.header.length > 0 ? c.header.join('›') : `#${c.column}`);
}

function printed(c: GCell): string {
  const v = c.value;
  if (!v) return '?';
  if (v.kind === 'blank') return '(blank)';
  return v.kind === 'number' || v.kind === 'dash' ? (v.printed ?? '') : `${v.printed ?? ''} (${v.kind})`;
}

function cellCount(t: GTable): number {
  return (t.rows ?? []).reduce((sum, r) => sum + (r.cells ?? []).filter((c) => c.value?.kind !== 'blank').length, 0);
}

function place(f: GFinding): string {
  const w = f.where ?? {};
  return [w.table, w.row, w.column, w.line === undefined ? undefined : `line ${w.line}`].filter((x) => x !== undefined).join(' / ');
}

function show(value: unknown): string {
  if (value === null) return '∅';
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
