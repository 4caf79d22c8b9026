import { readFileSync } from 'node:fs';
import { extractProseFigures } from './src/lib/figures/extract-prose-figures.ts';
const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const paragraphs = lines.map((t, i) => ({ section: null, text: t, prov: { file, page: 1, line: i + 1 } })).filter((p) => p.text.trim() && !p.text.includes('\t'));
for (const f of extractProseFigures(paragraphs)) console.log(f.prov.line, f.key, f.value, f.unit, JSON.stringify(f.subject), f.printed, f.part ? 'part=' + f.part.key : '', f.base ? 'base=' + ('key' in f.base ? f.base.key + ':' + f.base.value : f.base.tableFigure) : '', f.final ? 'final=' + f.final.value : '', f.budget ? 'budget=' + f.budget.value : '', f.current ? 'cur=' + f.current.key + ':' + f.current.value : '');
