import { writeFileSync, readdirSync } from 'node:fs';
import { processFile } from '@budgetdoc/pipeline';
import { cellRecords, tableRecords } from '@budgetdoc/pipeline';
const files = readdirSync('corpus').filter((f) => /^s00.*\.txt$/.test(f));
const cells: string[] = [];
const tables: string[] = [];
for (const f of files) {
  const r = await processFile(`corpus/${f}`);
  writeFileSync(`/tmp/outA/${r.id}.json`, JSON.stringify(r, null, 1));
  for (const c of cellRecords(r)) cells.push(Object.values(c).join(','));
  for (const t of tableRecords(r)) tables.push(Object.values(t).join(','));
}
writeFileSync('/tmp/outA/cells.csv', cells.join('\n') + '\n');
writeFileSync('/tmp/outA/tables.csv', tables.join('\n') + '\n');
