/**
 * Builds the normalizer's catalog data from the copied reference CSVs and the
 * corpus. Run from the repository root:
 *
 *     node --import tsx packages/normalizer/scripts/build-catalog.ts [--corpus corpus] [--reports out]
 *
 * Writes `data/reference.json` (reference CSVs + class names) and
 * `data/observed.json` (every code/name pair printed in the corpus with the
 * number of reports that print it). Text inputs are read directly; PDF inputs
 * need `--reports <dir>` with pipeline output (`<id>.json`), whose table rows
 * carry `code` and `name`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? null) : null;
};
const corpusDir = option('--corpus') ?? 'corpus';
const reportsDir = option('--reports');

type Scheme = 'function' | 'department' | 'government';
interface Entry {
  code: string;
  name: string;
  aliases: string[];
  level: number;
  parent: string | null;
  scheme: Scheme;
  source: string;
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const columns = (head ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index] ?? `c${index}`, cell])));
}

function schemeOf(code: string): Scheme {
  return code.startsWith('2') ? 'function' : code.startsWith('5') ? 'government' : 'department';
}

function buildReference(): Entry[] {
  const entries = new Map<string, Entry>();
  const add = (entry: Entry) => {
    const known = entries.get(entry.code);
    if (!known) entries.set(entry.code, entry);
    else for (const name of [entry.name, ...entry.aliases]) if (name !== known.name && !known.aliases.includes(name)) known.aliases.push(name);
  };
  for (const row of readCsv(join(dataDir, 'reference/function-classification.csv'))) {
    add({ code: row.code ?? '', name: row.name ?? '', aliases: [], level: Number(row.level), parent: row.parent || null, scheme: 'function', source: 'reference' });
  }
  for (const row of readCsv(join(dataDir, 'reference/economic-classification.csv'))) {
    add({ code: row.code ?? '', name: row.name ?? '', aliases: [], level: Number(row.level), parent: row.parent || null, scheme: row.scheme === 'government' ? 'government' : 'department', source: 'reference' });
  }
  for (const row of readCsv(join(dataDir, 'class-names.csv'))) {
    const code = row.code ?? '';
    add({ code, name: row.name ?? '', aliases: (row.aliases ?? '').split('|').filter(Boolean), level: 1, parent: null, scheme: schemeOf(code), source: 'class-names' });
  }
  return [...entries.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const CODE_NAME = /(?:^[\t ]*|\t)(\d{3}|\d{5}|\d{7})(?:[\t ]+|-)([\u4e00-\u9fff][^\t\d]{1,40}?)(?=\t|\s{2,}|$| \d)/gu;
const NOT_SUBJECT = /局|中心|委员会|办公室|（汇总）|（本级）|合计|总计|[，。；：、！？]/;
// Prose such as "165 个村" or "100 分": a 3-digit count followed by a measure word.
const COUNT_IN_PROSE = /^[个人分本名次户家项元万]/;

/** (code, name) pairs printed in one text report. */
function pairsInText(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const match of line.matchAll(CODE_NAME)) {
      const code = match[1] ?? '';
      const name = (match[2] ?? '').replace(/\s+/g, '').replace(/[(]/g, '（').replace(/[)]/g, '）');
      if (name.length >= 2 && !NOT_SUBJECT.test(name) && !(code.length === 3 && COUNT_IN_PROSE.test(name))) pairs.add(`${code}\t${name}`);
    }
  }
  return pairs;
}

// Tables whose row codes are subject codes (project lists carry unit codes and project names).
const CODED_TABLES = new Set(['income', 'expenditure', 'general_budget_expenditure', 'general_budget_expenditure_economic', 'general_budget_basic_expenditure', 'basic_expenditure', 'basic_expenditure_economic', 'government_fund', 'state_capital_expenditure', 'appropriation_expenditure', 'appropriation_basic_expenditure', 'operating_costs']);

/** (code, name) pairs of the coded rows of one pipeline output report. */
function pairsInReport(report: { tables?: { key?: string | null; rows?: { code?: string | null; name?: string }[] }[] }): Set<string> {
  const pairs = new Set<string>();
  for (const table of report.tables ?? []) {
    if (!table.key || !CODED_TABLES.has(table.key)) continue;
    for (const row of table.rows ?? []) {
      // A code printed inside the label ("2010601-行政运行") counts too.
      const inName = /^(\d{3}(?:\d{2}){0,2})\s*[-－—]\s*(\D.*)$/.exec(row.name ?? '');
      const code = row.code ?? inName?.[1];
      const name = row.code ? row.name : inName?.[2];
      if (code && /^\d{3}(\d{2}){0,2}$/.test(code) && name && !NOT_SUBJECT.test(name)) pairs.add(`${code}\t${name.replace(/\s+/g, '')}`);
    }
  }
  return pairs;
}

const perReport = new Map<string, Set<string>>();
for (const file of readdirSync(corpusDir).sort()) {
  if (!['.txt', '.md'].includes(extname(file))) continue;
  perReport.set(basename(file, extname(file)), pairsInText(readFileSync(join(corpusDir, file), 'utf8')));
}
if (reportsDir) {
  for (const file of readdirSync(reportsDir).sort()) {
    if (extname(file) !== '.json') continue;
    const id = basename(file, '.json');
    const report = JSON.parse(readFileSync(join(reportsDir, file), 'utf8'));
    if (!report || !Array.isArray(report.tables)) continue;
    const pairs = perReport.get(id) ?? new Set<string>();
    for (const pair of pairsInReport(report)) pairs.add(pair);
    perReport.set(id, pairs);
  }
}

const codes: Record<string, Record<string, number>> = {};
for (const pairs of perReport.values()) {
  for (const pair of pairs) {
    const [code = '', name = ''] = pair.split('\t');
    const names = (codes[code] ??= {});
    names[name] = (names[name] ?? 0) + 1;
  }
}
const sortedCodes = Object.fromEntries(Object.keys(codes).sort().map((code) => [code, Object.fromEntries(Object.entries(codes[code] ?? {}).sort(([a], [b]) => a.localeCompare(b)))]));

const reference = buildReference();
writeFileSync(join(dataDir, 'reference.json'), `${JSON.stringify({ note: 'Generated by scripts/build-catalog.ts from reference/*.csv and class-names.csv; see PROVENANCE.md. Edition unverified.', entries: reference }, null, 1)}\n`);
writeFileSync(join(dataDir, 'observed.json'), `${JSON.stringify({ note: 'Generated by scripts/build-catalog.ts: code/name pairs printed in the corpus, value = number of reports printing the pair.', reports: [...perReport.keys()].sort(), codes: sortedCodes }, null, 1)}\n`);
console.log(`reference: ${reference.length} entries; observed: ${Object.keys(sortedCodes).length} codes in ${perReport.size} reports`);
