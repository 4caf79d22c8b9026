/**
 * Dev metric for text input: how many numeric table cells the text pipeline
 * recovers from a text rendering of a report (e.g. `pdftotext -layout`)
 * compared with the reviewed PDF golden of the same report.
 *
 *   node --import tsx scripts/compare-text-vs-pdf.ts <text-dir> [golden-dir] [--out <json-dir>] [--only <id>] [--show wrong|missing|all] [--json]
 *
 * Every text file `<id>.txt` / `<id>.md` in <text-dir> that has a golden
 * `<id>.json` is run through the full pipeline in-process (or, with
 * `--out`, read from the extract output `<json-dir>/<id>.json`). A numeric
 * cell (number or percent) is identified by page, value, row (subject code
 * when both sides print one, else the normalised row name) and column key:
 * - matched: the text cell equals a PDF cell on all four;
 * - wrong: a text cell with no match, either `misplaced` (the value is
 *   printed on that page of the PDF, but at another row or column) or
 *   `foreign` (the value is not among the PDF's cells on that page);
 * - missing: a PDF cell with no match.
 * A wrong number is worse than a missing one: a reader trusts what is there.
 * Per report and per PDF table the counts are printed, then totals.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { processBytes } from '@budgetdoc/pipeline';

interface JsonCell {
  column: number;
  key: string | null;
  header: string[];
  value: { kind: string; printed?: string; value?: string };
  prov: { page: number; line: number };
}
interface JsonRow {
  side: string | null;
  code: string | null;
  name: string;
  cells: JsonCell[];
}
interface JsonTable {
  id: string;
  key: string | null;
  title: string;
  pages: number[];
  rows: JsonRow[];
  columns: { index: number; side: string | null }[];
}
interface JsonReport {
  tables: JsonTable[];
}

/** One numeric cell with what identifies it. */
interface NumCell {
  readonly table: string;
  readonly page: number;
  readonly line: number;
  readonly value: string;
  readonly printed: string;
  readonly code: string | null;
  readonly name: string;
  readonly column: string;
  readonly side: string | null;
}

interface TableScore {
  label: string;
  pdf: number;
  text: number;
  matched: number;
  wrong: number;
  missing: number;
}

interface ReportScore {
  id: string;
  pdf: number;
  text: number;
  matched: number;
  misplaced: number;
  foreign: number;
  /** Misplaced cells by what differs: the row only, the column only (or the column has no key), both. */
  wrongRow: number;
  wrongColumn: number;
  missing: number;
  tables: TableScore[];
  wrongCells: NumCell[];
  missingCells: NumCell[];
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !['--out', '--only', '--show'].includes(args[i - 1] ?? ''));
const textDir = positional[0];
const goldenDir = positional[1] ?? 'golden';
const outDir = flag('--out');
const only = flag('--only');
const show = flag('--show');
const asJson = args.includes('--json');

if (!textDir) {
  process.stderr.write('usage: compare-text-vs-pdf.ts <text-dir> [golden-dir] [--out <json-dir>] [--only <id>] [--show wrong|missing|all] [--json]\n');
  process.exit(2);
}

/** Row names compared without layout noise: width forms, spaces, a leading subject code. */
function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\d{3,}(?:[-—、.．]|(?=\D))/, '')
    .replace(/[“”"'‘’]/g, '');
}

function numericCells(report: JsonReport): NumCell[] {
  const out: NumCell[] = [];
  for (const table of report.tables) {
    const label = `${table.id} ${table.key ?? table.title}`;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' && cell.value.kind !== 'percent') continue;
        const column = cell.key ?? `?${normaliseName(cell.header.at(-1) ?? '')}`;
        const side = table.columns.find((c) => c.index === cell.column)?.side ?? row.side;
        out.push({ table: label, page: cell.prov.page, line: cell.prov.line, value: cell.value.value ?? cell.value.printed ?? '', printed: cell.value.printed ?? '', code: row.code, name: normaliseName(row.name), column, side });
      }
    }
  }
  return out;
}

function sameRow(a: NumCell, b: NumCell): boolean {
  if (a.code !== null && b.code !== null) return a.code === b.code;
  return a.name === b.name;
}

const sameSide = (a: NumCell, b: NumCell): boolean => a.side === null || b.side === null || a.side === b.side;

function score(id: string, pdf: NumCell[], text: NumCell[]): ReportScore {
  const bucket = new Map<string, NumCell[]>();
  const keyOf = (c: NumCell): string => `${c.page}\u0001${c.value}`;
  for (const cell of text) {
    const list = bucket.get(keyOf(cell)) ?? [];
    list.push(cell);
    bucket.set(keyOf(cell), list);
  }
  const used = new Set<NumCell>();
  const matchedPdf = new Set<NumCell>();
  const pdfOfText = new Map<NumCell, NumCell>();
  for (const cell of pdf) {
    const candidates = bucket.get(keyOf(cell)) ?? [];
    const hit = candidates.find((t) => !used.has(t) && sameRow(cell, t) && t.column === cell.column && sameSide(cell, t));
    if (!hit) continue;
    used.add(hit);
    matchedPdf.add(cell);
    pdfOfText.set(hit, cell);
  }
  const pdfValues = new Set(pdf.map(keyOf));
  const bucketPdf = new Map<string, NumCell[]>();
  for (const cell of pdf) bucketPdf.set(keyOf(cell), [...(bucketPdf.get(keyOf(cell)) ?? []), cell]);
  const wrongCells = text.filter((t) => !used.has(t));
  const missingCells = pdf.filter((c) => !matchedPdf.has(c));
  // Tables: per PDF table; text-only tables are listed by their text label.
  const tables = new Map<string, TableScore>();
  const entry = (label: string): TableScore => {
    let t = tables.get(label);
    if (!t) tables.set(label, (t = { label, pdf: 0, text: 0, matched: 0, wrong: 0, missing: 0 }));
    return t;
  };
  for (const cell of pdf) {
    const t = entry(`pdf ${cell.table}`);
    t.pdf++;
    if (matchedPdf.has(cell)) t.matched++;
    else t.missing++;
  }
  // A text table counts under the PDF table most of its matched cells belong to (else under its own label).
  const home = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  for (const [t, p] of pdfOfText) {
    const v = votes.get(t.table) ?? new Map<string, number>();
    v.set(p.table, (v.get(p.table) ?? 0) + 1);
    votes.set(t.table, v);
  }
  for (const [textTable, v] of votes) home.set(textTable, `pdf ${[...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''}`);
  for (const cell of text) {
    const t = entry(home.get(cell.table) ?? `text ${cell.table}`);
    t.text++;
    if (!used.has(cell)) t.wrong++;
  }
  return {
    id,
    pdf: pdf.length,
    text: text.length,
    matched: matchedPdf.size,
    misplaced: wrongCells.filter((c) => pdfValues.has(keyOf(c))).length,
    wrongRow: wrongCells.filter((t) => (bucketPdf.get(keyOf(t)) ?? []).some((p) => !sameRow(p, t) && p.column === t.column)).length,
    wrongColumn: wrongCells.filter((t) => (bucketPdf.get(keyOf(t)) ?? []).some((p) => sameRow(p, t) && p.column !== t.column)).length,
    foreign: wrongCells.filter((c) => !pdfValues.has(keyOf(c))).length,
    missing: missingCells.length,
    tables: [...tables.values()],
    wrongCells,
    missingCells,
  };
}

async function textReport(file: string, id: string): Promise<JsonReport> {
  if (outDir) return JSON.parse(await readFile(join(outDir, `${id}.json`), 'utf8')) as JsonReport;
  const report = await processBytes(await readFile(file), file, { id });
  return JSON.parse(JSON.stringify(report)) as JsonReport;
}

const files = (await readdir(textDir)).filter((f) => ['.txt', '.md'].includes(extname(f))).sort();
const results: ReportScore[] = [];
for (const f of files) {
  const id = basename(f, extname(f));
  if (only && id !== only) continue;
  let golden: JsonReport;
  try {
    golden = JSON.parse(await readFile(join(goldenDir, `${id}.json`), 'utf8')) as JsonReport;
  } catch {
    continue;
  }
  const text = await textReport(join(textDir, f), id);
  results.push(score(id, numericCells(golden), numericCells(text)));
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const describe = (c: NumCell): string => `p${c.page}:${c.line} ${c.printed} row=${c.code ?? '-'}|${c.name} col=${c.column}${c.side ? `/${c.side}` : ''} [${c.table}]`;
if (asJson) process.stdout.write(`${JSON.stringify(results.map(({ wrongCells, missingCells, ...rest }) => rest), null, 1)}\n`);
else {
  for (const r of results) {
    process.stdout.write(`\n${r.id}\n  ${'table'.padEnd(44)} ${pad('pdf', 5)} ${pad('text', 5)} ${pad('match', 5)} ${pad('wrong', 5)} ${pad('miss', 5)}\n`);
    for (const t of r.tables) process.stdout.write(`  ${t.label.slice(0, 44).padEnd(44)} ${pad(t.pdf, 5)} ${pad(t.text, 5)} ${pad(t.matched, 5)} ${pad(t.wrong, 5)} ${pad(t.missing, 5)}\n`);
    if (show === 'wrong' || show === 'all') for (const c of r.wrongCells) process.stdout.write(`    WRONG ${describe(c)}\n`);
    if (show === 'missing' || show === 'all') for (const c of r.missingCells) process.stdout.write(`    MISS  ${describe(c)}\n`);
  }
  process.stdout.write(`\nwrong = misplaced (the PDF prints the value on that page elsewhere; of which: row differs / column differs) + foreign (value not on that page of the PDF)\n`);
  process.stdout.write(`${'report'.padEnd(58)} ${pad('pdf', 5)} ${pad('text', 5)} ${pad('match', 5)} ${pad('wrong', 5)} (${pad('misp', 4)} ${pad('row', 4)} ${pad('col', 4)} ${pad('frgn', 4)}) ${pad('miss', 5)}\n`);
  const total = { pdf: 0, text: 0, matched: 0, misplaced: 0, wrongRow: 0, wrongColumn: 0, foreign: 0, missing: 0 };
  for (const r of results) {
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
    process.stdout.write(`${r.id.padEnd(58)} ${pad(r.pdf, 5)} ${pad(r.text, 5)} ${pad(r.matched, 5)} ${pad(r.misplaced + r.foreign, 5)} (${pad(r.misplaced, 4)} ${pad(r.wrongRow, 4)} ${pad(r.wrongColumn, 4)} ${pad(r.foreign, 4)}) ${pad(r.missing, 5)}\n`);
  }
  process.stdout.write(`${'TOTAL'.padEnd(58)} ${pad(total.pdf, 5)} ${pad(total.text, 5)} ${pad(total.matched, 5)} ${pad(total.misplaced + total.foreign, 5)} (${pad(total.misplaced, 4)} ${pad(total.wrongRow, 4)} ${pad(total.wrongColumn, 4)} ${pad(total.foreign, 4)}) ${pad(total.missing, 5)}\n`);
}
