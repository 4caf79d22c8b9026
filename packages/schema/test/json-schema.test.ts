import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toJsonSchemas } from '../src/index.ts';

describe('JSON Schema export', () => {
  test('should match the committed files (run pnpm schema:emit after changing the zod schemas)', () => {
    for (const [name, doc] of Object.entries(toJsonSchemas())) {
      const committed = readFileSync(new URL(`../json/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
  });
});
