import { readFileSync } from 'node:fs';
import { decodeText, traceText } from '@budgetdoc/extractor';
const [file, from, to] = process.argv.slice(2);
const bytes = readFileSync(file!);
const d = decodeText(bytes);
const format = /^#{1,6}\s/m.test(d.text) ? 'md' : 'txt';
const lines = d.text.split(/\r?\n/);
for (const t of traceText({ id: 'x', file: file!, sha256: '0'.repeat(64), bytes: bytes.length, text: d.text, encoding: d.encoding, format })) {
  if (t.line < Number(from) || t.line > Number(to)) continue;
  console.log(t.line, t.role, t.owner ?? '', t.detail ?? '', '|', (lines[t.line - 1] ?? '').replace(/\t/g, '⇥').slice(0, 60));
}
