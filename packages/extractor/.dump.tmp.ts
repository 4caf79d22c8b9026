import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, extractText } from '@budgetdoc/extractor';
const [file, filter] = process.argv.slice(2);
const bytes = readFileSync(file!);
const d = decodeText(bytes);
const format = /^#{1,6}\s/m.test(d.text) ? 'md' : 'txt';
const r = extractText({ id: basename(file!), file: file!, sha256: '0'.repeat(64), bytes: bytes.length, text: d.text, encoding: d.encoding, format });
if (filter === 'meta') { console.log(JSON.stringify(r.meta), r.sections.length, r.paragraphs.length); for (const s of r.sections) console.log(s.prov.line, s.level, s.numbering, s.title); process.exit(0); }
if (filter === 'para') { for (const p of r.paragraphs) console.log(p.prov.line, p.prov.lineEnd ?? '', p.section, p.text.slice(0, 60)); process.exit(0); }
if (filter === 'find') { for (const f of r.findings) console.log(f.code, JSON.stringify(f.where), f.message); process.exit(0); }
for (const t of r.tables) {
  if (filter && t.formNo !== filter && t.id !== filter) continue;
  console.log(`== ${t.id} ${t.formLabel} [${t.formNo}] ${t.title} ${t.status} unit=${t.unit} rows=${t.rows.length} ${t.statusReason ?? ''}`);
  if (!filter) continue;
  console.log('header:', JSON.stringify(t.headerRows));
  for (const c of t.columns) console.log('  col', c.index, c.side, c.columnNo, c.header.join('/'));
  for (const row of t.rows) console.log(`  L${row.prov.line} [${row.side ?? ''}] ${row.code ?? ''} ${row.name} #${row.lineNo ?? ''} | ${row.cells.map((c) => `${c.column}:${c.value.kind === 'number' ? c.value.value : c.value.kind === 'blank' ? '_' : c.value.printed}`).join(' ')}`);
}
