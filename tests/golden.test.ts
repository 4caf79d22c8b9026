import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Report } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { corpusReport, manifest, repoRoot } from './helpers/corpus.ts';
import { goldenDiff } from './helpers/golden-diff.ts';
import { stableJson } from './helpers/stable-json.ts';

// Golden files are written only by `pnpm golden:update` (GOLDEN_UPDATE=1); CI only reads them.
const update = process.env.GOLDEN_UPDATE === '1' && !process.env.CI;

describe('golden files', () => {
  for (const entry of manifest.filter((e) => e.expect === 'golden')) {
    test(entry.id, async () => {
      const report = await corpusReport(entry.id);
      // Guard against blind updates: the report is schema-valid and is the file we meant.
      expect(Report.parse(report).source.sha256).toBe(entry.sha256);
      const path = `${repoRoot}golden/${entry.id}.json`;
      const actual = stableJson(report);
      if (update) {
        writeFileSync(path, actual);
        return;
      }
      expect(existsSync(path), `missing golden file ${path}: run pnpm golden:update and review the diff`).toBe(true);
      const expected = readFileSync(path, 'utf8');
      // A cell-level diff instead of two walls of JSON; review it against the source, then pnpm golden:update.
      if (actual !== expected) expect.fail(`golden/${entry.id}.json differs (golden → now):\n${goldenDiff(expected, actual)}\n\nIf the change is right: pnpm golden:update, then review git diff golden/.`);
    });
  }
});
