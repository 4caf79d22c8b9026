/**
 * `pnpm corpus:add <file>`: the one way to add a report to the corpus.
 *
 * Copies the file into `corpus/` under a descriptive id, records its
 * original name and sha256 in `corpus/manifest.json` with fields guessed from
 * the extracted report (year, kind, scope, unit, layout, what is missing) for
 * the maintainer to correct, writes a first `golden/<id>.json` with the same
 * stableJson the golden test uses, and prints what to review.
 *
 * `--corpus-dir`, `--golden-dir` and `--manifest` redirect every write (for
 * trials and tests); provenance in the golden file still says `corpus/<file>`
 * so it matches what the golden test produces once the file is committed.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processBytes } from '@budgetdoc/pipeline';
import type { Report } from '@budgetdoc/schema';
import { stableJson } from '../tests/helpers/stable-json.ts';

const USAGE = `usage: pnpm corpus:add <file> [options]

  --id <id>            corpus id (default: n<NNN>_<year>_<kind>_<name>, from the report)
  --source <text>      where the file came from (URL, repo @ commit); recorded in the manifest
  --region <text>      region as printed (e.g. 陕西省西安市碑林区)
  --expect <e>         golden (default) | load | skip
  --corpus-dir <dir>   corpus folder (default: corpus)
  --golden-dir <dir>   golden folder (default: golden)
  --manifest <file>    manifest (default: <corpus-dir>/manifest.json)`;

interface ManifestEntry {
  id: string;
  file: string;
  sha256: string;
  [field: string]: unknown;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    source: { type: 'string' },
    region: { type: 'string' },
    expect: { type: 'string' },
    'corpus-dir': { type: 'string' },
    'golden-dir': { type: 'string' },
    manifest: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const input = positionals[0];
if (values.help || input === undefined || positionals.length > 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const expectMode = values.expect ?? 'golden';
if (!['golden', 'load', 'skip'].includes(expectMode)) fail(`--expect must be golden, load or skip`);
const corpusDir = values['corpus-dir'] ?? 'corpus';
const goldenDir = values['golden-dir'] ?? 'golden';
const manifestPath = values.manifest ?? join(corpusDir, 'manifest.json');

const bytes = await readFile(input);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const manifest: ManifestEntry[] = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '[]'));
const twin = manifest.find((entry) => entry.sha256 === sha256);
if (twin) fail(`${input} is already in the corpus as ${twin.id} (same sha256)`);

const originalName = basename(input);
const extension = extname(originalName).toLowerCase() || '.txt';
// First pass only to read year/kind for the id; the second pass records the final corpus path in provenance.
let id = values.id;
let report: Report;
if (id === undefined) {
  const first = await processBytes(bytes, originalName);
  id = defaultId(first, manifest, originalName, sha256);
}
if (manifest.some((entry) => entry.id === id)) fail(`corpus id ${id} is taken; pass --id`);
const file = `${id}${extension}`;
report = await processBytes(bytes, `corpus/${file}`, { id });

await mkdir(corpusDir, { recursive: true });
await copyFile(input, join(corpusDir, file));
const entry = manifestEntry(report, { id, file, sha256, originalName, expect: expectMode });
manifest.push(entry);
await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
let goldenPath: string | null = null;
if (expectMode === 'golden') {
  await mkdir(goldenDir, { recursive: true });
  goldenPath = join(goldenDir, `${id}.json`);
  await writeFile(goldenPath, stableJson(report));
}
process.stdout.write(`${reviewNotes(report, entry, join(corpusDir, file), goldenPath, manifestPath).join('\n')}\n`);

/** `n<NNN>_<year>_<kind>_<ascii part of the original name>`: sortable, and says what the file is. */
function defaultId(first: Report, entries: readonly ManifestEntry[], name: string, hash: string): string {
  const slug =
    basename(name, extname(name))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || hash.slice(0, 8);
  let n = entries.length;
  const taken = new Set(entries.map((e) => e.id));
  let candidate = '';
  do candidate = `n${String(n++).padStart(3, '0')}_${first.meta.year ?? 'year'}_${first.meta.kind ?? 'kind'}_${slug}`;
  while (taken.has(candidate));
  return candidate;
}

/** The manifest fields, as far as the report tells them; the rest is marked for the maintainer. */
function manifestEntry(r: Report, fixed: { id: string; file: string; sha256: string; originalName: string; expect: string }): ManifestEntry {
  const missing = r.tables.filter((t) => t.status === 'absent' || t.status === 'illegible').map((t) => `${t.formLabel ?? t.formNo ?? t.title} ${t.status}`);
  return {
    id: fixed.id,
    file: fixed.file,
    sha256: fixed.sha256,
    format: r.source.format === 'pdf' ? 'pdf' : 'txt',
    source: values.source ?? 'TODO: where the file came from',
    originalName: fixed.originalName,
    region: values.region ?? 'TODO',
    unit: r.meta.unit,
    year: r.meta.year,
    kind: r.meta.kind,
    scope: r.meta.scope,
    layout: guessLayout(r),
    ...(r.source.format === 'pdf' ? { pages: r.source.pages } : {}),
    expect: fixed.expect,
    note: `added by corpus:add on ${new Date().toISOString().slice(0, 10)}; describe the layout`,
    missing: missing.join('; '),
  };
}

function guessLayout(r: Report): string {
  if (r.source.format === 'pdf') return 'pdf';
  if (r.source.format === 'md') return 'markdown';
  return r.tables.some((t) => t.rows.length > 0) ? 'text' : 'text (no tables found)';
}

function reviewNotes(r: Report, e: ManifestEntry, copied: string, golden: string | null, manifestFile: string): string[] {
  const cells = (t: Report['tables'][number]) => t.rows.reduce((sum, row) => sum + row.cells.filter((c) => c.value.kind !== 'blank').length, 0);
  const out = [
    `added ${e.id}`,
    `  copied   ${input} → ${copied}`,
    `  manifest ${manifestFile} (check: source, region, unit, year, kind, scope, layout, note, missing)`,
    golden ? `  golden   ${golden}` : '  golden   none (expect ≠ golden)',
    '',
    `meta: unit ${r.meta.unit ?? '∅'} · year ${r.meta.year ?? '∅'} · ${r.meta.kind ?? '∅'} · ${r.meta.scope ?? '∅'} · money ${r.meta.moneyUnit ?? '∅'} · ${r.source.pages} pages`,
    `tables (${r.tables.length}):`,
    ...r.tables.map((t) => `  ${t.id.padEnd(4)} ${(t.formNo ?? '-').padEnd(3)} ${(t.key ?? '∅ unknown').padEnd(34)} ${t.status.padEnd(9)} ${String(t.rows.length).padStart(3)} rows ${String(cells(t)).padStart(4)} values  ${t.title}`),
  ];
  const unknown = r.sections.filter((s) => s.key === null);
  out.push(`unknown sections (${unknown.length}):`, ...unknown.slice(0, 15).map((s) => `  ${s.prov.page}:${s.prov.line} ${s.numbering && !s.title.startsWith(s.numbering) ? s.numbering : ''}${s.title}`));
  if (unknown.length > 15) out.push(`  … ${unknown.length - 15} more`);
  const unmatched = r.tables.flatMap((t) => t.rows.filter((row) => row.key === null).map((row) => `  ${t.id} ${row.prov.page}:${row.prov.line} ${row.code ?? ''} ${row.name}`));
  out.push(`unmatched rows (${unmatched.length}):`, ...unmatched.slice(0, 15));
  if (unmatched.length > 15) out.push(`  … ${unmatched.length - 15} more`);
  const byCode = new Map<string, number>();
  for (const f of r.findings) byCode.set(`${f.severity} ${f.code}`, (byCode.get(`${f.severity} ${f.code}`) ?? 0) + 1);
  out.push(`findings (${r.findings.length}): ${[...byCode].map(([code, n]) => `${code} ×${n}`).join(', ') || 'none'}`);
  for (const f of r.findings.filter((x) => x.severity !== 'info').slice(0, 10)) out.push(`  ${f.severity} ${f.code} ${f.where.table ?? ''} ${f.where.line === undefined ? '' : `line ${f.where.line}`}: ${f.message}`);
  const near = relative(process.cwd(), resolve(copied));
  const where = near.startsWith('..') ? resolve(copied) : near;
  out.push(
    '',
    'next:',
    `  1. read the source beside the output: pnpm budgetdoc inspect ${where}   (or extract + review for the HTML view)`,
    `  2. fix the manifest entry by hand (TODO fields, layout, note, missing)`,
    `  3. if a table is wrong, fix the layout rule (docs/adding-a-layout.md), then pnpm golden:update and read git diff golden/`,
  );
  return out;
}

function fail(message: string): never {
  process.stderr.write(`corpus:add: ${message}\n`);
  process.exit(2);
}
