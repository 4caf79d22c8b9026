import { readFileSync } from 'node:fs';
import { processBytes } from '@budgetdoc/pipeline';
const [file, tid] = process.argv.slice(2);
const r = await processBytes(new Uint8Array(readFileSync(file!)), file!);
const t = r.tables.find((t) => t.id === tid || t.key === tid)!;
console.log(t.columns.map((c) => `${c.index}:${c.side}:${c.header.join('›')}:${c.key}`).join(' | '));
for (const row of t.rows.slice(0, 50)) console.log(row.side, row.code, row.name, row.lineNo, row.prov.page + ':' + row.prov.line, row.cells.map((c) => `${c.column}=${c.value.printed ?? ''}`).join(' '));
