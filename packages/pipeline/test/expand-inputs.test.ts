import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { assignReportIds } from '../src/lib/batch/assign-report-ids.ts';
import { expandInputs } from '../src/lib/batch/expand-inputs.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgetdoc-expand-'));
  for (const path of ['b/r1.txt', 'a/r1.txt', 'a/deep/r2.pdf', 'a/notes.docx', 'c.md']) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'x');
  }
});

describe('expandInputs', () => {
  test('should walk directories for report extensions, sorted, counting the rest as ignored', async () => {
    const result = await expandInputs([join(dir, 'b'), join(dir, 'a')]);
    expect(result.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['a/deep/r2.pdf', 'a/r1.txt', 'b/r1.txt']);
    expect(result.ignored).toBe(1);
    expect(result.missing).toEqual([]);
  });

  test('should take explicit files whatever their extension and dedupe repeated inputs', async () => {
    const result = await expandInputs([join(dir, 'a/notes.docx'), join(dir, 'c.md'), join(dir, 'c.md')]);
    expect(result.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['a/notes.docx', 'c.md']);
  });

  test('should expand globs under their static prefix', async () => {
    const result = await expandInputs([`${dir}/**/r*.{txt,pdf}`]);
    expect(result.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['a/deep/r2.pdf', 'a/r1.txt', 'b/r1.txt']);
  });

  test('should report inputs that name nothing as INPUT_NOT_FOUND', async () => {
    const result = await expandInputs([join(dir, 'nope.txt'), `${dir}/*.pdf`]);
    expect(result.files).toEqual([]);
    expect(result.missing.map((r) => [r.code, r.stage])).toEqual([
      ['INPUT_NOT_FOUND', 'read'],
      ['INPUT_NOT_FOUND', 'read'],
    ]);
  });
});

describe('assignReportIds', () => {
  test('should keep the file name as id unless two inputs share it', () => {
    const ids = assignReportIds([
      { path: '/x/a/r1.txt', file: 'a/r1.txt' },
      { path: '/x/b/r1.txt', file: 'b/r1.txt' },
      { path: '/x/c.md', file: 'c.md' },
    ]).map((input) => input.id);
    expect(ids[2]).toBe('c');
    expect(ids[0]).toMatch(/^r1__[0-9a-f]{8}$/);
    expect(ids[1]).toMatch(/^r1__[0-9a-f]{8}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
