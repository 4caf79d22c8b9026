import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { processBytes } from '@budgetdoc/pipeline';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from './helpers/corpus.ts';
import { stableJson } from './helpers/stable-json.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-corpus-add-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function corpusAdd(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/corpus-add.ts', ...args, '--corpus-dir', join(dir, 'corpus'), '--golden-dir', join(dir, 'golden')], { cwd: repoRoot });
}

describe('pnpm corpus:add', () => {
  test('should copy the file, add a manifest entry and write the golden file the golden test expects', async () => {
    mkdirSync(join(dir, 'corpus'));
    copyFileSync(join(repoRoot, 'corpus/manifest.json'), join(dir, 'corpus/manifest.json'));
    // A seed with one byte more: a new file as far as the corpus is concerned.
    const input = join(dir, '米脂 report.txt');
    writeFileSync(input, `${readFileSync(join(repoRoot, 'corpus/s004_2023_final_mizhi_medical-insurance-center.txt'), 'utf8')}\n`);
    const { stdout } = await corpusAdd(input, '--source', 'test fixture');
    const manifest = JSON.parse(readFileSync(join(dir, 'corpus/manifest.json'), 'utf8')) as Record<string, unknown>[];
    const entry = manifest.at(-1);
    expect(entry).toMatchObject({ format: 'txt', source: 'test fixture', originalName: '米脂 report.txt', year: 2023, kind: 'final', expect: 'golden' });
    const id = entry?.id as string;
    expect(id).toMatch(/^n\d{3}_2023_final_report$/);
    expect(entry?.file).toBe(`${id}.txt`);
    const copied = readFileSync(join(dir, 'corpus', `${id}.txt`));
    expect(copied.equals(readFileSync(input))).toBe(true);
    // Same bytes and display path as tests/golden.test.ts uses once the file sits in corpus/.
    const expected = stableJson(await processBytes(copied, `corpus/${id}.txt`));
    expect(readFileSync(join(dir, 'golden', `${id}.json`), 'utf8')).toBe(expected);
    expect(stdout).toContain(`added ${id}`);
    expect(stdout).toMatch(/tables \(\d+\):/);
    expect(stdout).toContain('pnpm budgetdoc inspect');
  }, 120_000);

  test('should refuse a file that is already in the corpus', async () => {
    await expect(corpusAdd(join(repoRoot, 'corpus/s004_2023_final_mizhi_medical-insurance-center.txt'))).rejects.toMatchObject({ stderr: expect.stringContaining('already in the corpus as s004_2023_final_mizhi_medical-insurance-center') });
  }, 60_000);
});
