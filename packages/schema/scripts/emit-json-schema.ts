/** Writes packages/schema/json/*.schema.json from the zod schemas. Run: pnpm schema:emit */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchemas } from '../src/index.ts';

const dir = fileURLToPath(new URL('../json/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, doc] of Object.entries(toJsonSchemas())) {
  writeFileSync(`${dir}${name}`, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote packages/schema/json/${name}`);
}
