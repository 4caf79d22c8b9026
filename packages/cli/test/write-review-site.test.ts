import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeReviewSite } from '../src/lib/review/write-review-site.ts';
import { SMALL_SOURCE, smallReport } from './fixtures/small-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-review-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReviewSite', () => {
  test('should write an index, a stylesheet and one page per report, skipping other JSON', async () => {
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'fixtures'), { recursive: true });
    mkdirSync(out);
    writeFileSync(join(dir, 'fixtures/small.txt'), SMALL_SOURCE);
    writeFileSync(join(out, 'small.json'), JSON.stringify(smallReport()));
    writeFileSync(join(out, '.run-state.json'), JSON.stringify({ files: {} }));
    writeFileSync(join(out, 'broken.json'), '{"schemaVersion": "1.0.0", "tables": [');
    const result = await writeReviewSite(out, { sourceRoot: dir });
    expect(result.reports.map((r) => r.id)).toEqual(['small']);
    expect(result.failures.map((f) => f.file)).toEqual(['broken.json']);
    expect(existsSync(join(out, 'review/style.css'))).toBe(true);
    const page = readFileSync(join(out, 'review/small.html'), 'utf8');
    // The source was found under --source-root, so the page shows the real lines, not a rebuild.
    expect(page).toContain('<span class="tx">收入总计945.84万元。</span>');
    expect(page).not.toContain('rebuilt from the extracted report');
    expect(readFileSync(join(out, 'review/index.html'), 'utf8')).toContain('<a href="small.html">small</a>');
  });

  test('should fall back to rows rebuilt from the report when the source is gone', async () => {
    // Two levels down, so "next to the out folder" does not find the first test's source either.
    const out = join(dir, 'elsewhere/moved');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'small.json'), JSON.stringify(smallReport()));
    await writeReviewSite(out, { sourceRoot: join(dir, 'nowhere') });
    const page = readFileSync(join(out, 'review/small.html'), 'utf8');
    expect(page).toContain('rebuilt from the extracted report');
    expect(page).toContain('id="L6"');
  });
});
