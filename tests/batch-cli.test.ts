import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputFiles, readJsonl, replicatedTextCorpus, runCli, startCli } from './helpers/batch-cli.ts';

const CELLS_HEADER = 'report_id,table_key,table_no,side,row_code,row_name,row_key,col_key,col_label,value,unit,page,line';
const TABLES_HEADER = 'report_id,table_key,table_no,title,status,rows,cells,page,line';

interface Summary {
  readonly files: { readonly total: number; readonly ok: number; readonly failed: number; readonly skipped: number; readonly processed: number };
  readonly cells: number;
}

function summaryOf(stdout: string): Summary {
  const line = stdout.split('\n').find((l) => l.includes('"event":"summary"'));
  if (!line) throw new Error(`no summary in:\n${stdout}`);
  return JSON.parse(line);
}

describe('budgetdoc extract (batch)', () => {
  test('should finish a batch with broken files, list them in errors.jsonl, exit 1, and skip everything on a re-run', async () => {
    const dir = replicatedTextCorpus(2);
    const input = join(dir, 'in');
    mkdirSync(join(input, 'broken'));
    writeFileSync(join(input, 'broken', 'empty.txt'), '');
    writeFileSync(join(input, 'broken', 'login.pdf'), '<!DOCTYPE html><html><head><title>登录</title></head><body>请登录</body></html>\n');
    writeFileSync(join(input, 'broken', 'cut.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa');
    writeFileSync(join(input, 'broken', 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const out = join(dir, 'out');

    const first = await runCli(['extract', input, join(dir, 'missing.txt'), '--out', out, '--workers', '2', '--json']);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack traces without --debug
    const errors = readJsonl(join(out, 'errors.jsonl'));
    const codes = Object.fromEntries(errors.map((e) => [String(e.file).split('/').pop(), e.code]));
    expect(codes).toMatchObject({ 'empty.txt': 'INPUT_EMPTY', 'login.pdf': 'HTML_NOT_REPORT', 'cut.pdf': 'PDF_TRUNCATED', 'missing.txt': 'INPUT_NOT_FOUND' });
    expect(typeof codes['junk.txt']).toBe('string');
    for (const error of errors) expect(Object.keys(error)).toEqual(['file', 'code', 'stage', 'message']);
    expect(summaryOf(first.stdout).files).toMatchObject({ total: 7, ok: 2, failed: 5, skipped: 0, processed: 6 });
    const reports = readdirSync(out).filter((name) => name.endsWith('.json'));
    expect(reports).toHaveLength(2);
    expect(readFileSync(join(out, 'cells.csv'), 'utf8').split('\n')[0]).toBe(CELLS_HEADER);
    expect(readFileSync(join(out, 'tables.csv'), 'utf8').split('\n')[0]).toBe(TABLES_HEADER);
    expect(readJsonl(join(out, 'cells.jsonl')).length).toBe(readFileSync(join(out, 'cells.csv'), 'utf8').trim().split('\n').length - 1);
    const before = outputFiles(out);

    const started = performance.now();
    const second = await runCli(['extract', input, join(dir, 'missing.txt'), '--out', out, '--workers', '2', '--json']);
    expect(second.code).toBe(1);
    expect(summaryOf(second.stdout).files).toMatchObject({ total: 7, ok: 2, failed: 5, skipped: 6, processed: 0 });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(outputFiles(out)).toEqual(before);

    // A changed input is redone, the rest is still skipped.
    const changed = readdirSync(join(input, 'even'))[0] as string;
    appendFileSync(join(input, 'even', changed), '\n');
    const third = await runCli(['extract', input, join(dir, 'missing.txt'), '--out', out, '--workers', '2', '--json']);
    expect(summaryOf(third.stdout).files).toMatchObject({ ok: 2, failed: 5, skipped: 5, processed: 1 });
  }, 240_000);

  test('should write the same bytes whatever the number of workers and the order of the inputs', async () => {
    const dir = replicatedTextCorpus(4);
    const even = join(dir, 'in', 'even');
    const files = readdirSync(join(dir, 'in', 'odd')).map((name) => join(dir, 'in', 'odd', name));
    const one = await runCli(['extract', join(dir, 'in'), '--out', join(dir, 'out-1'), '-j', '1', '--json']);
    const two = await runCli(['extract', ...files.reverse(), even, '--out', join(dir, 'out-2'), '-j', '2', '--json']);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    const a = outputFiles(join(dir, 'out-1'));
    expect(Object.keys(a).filter((name) => name.endsWith('.json'))).toHaveLength(4);
    expect(outputFiles(join(dir, 'out-2'))).toEqual(a);
  }, 240_000);

  test('should end with the same outputs after kill -9 half way and a second run', async () => {
    const dir = replicatedTextCorpus(6);
    const input = join(dir, 'in');
    const reference = await runCli(['extract', input, '--out', join(dir, 'out-ref'), '-j', '2', '--json']);
    expect(reference.code, reference.stderr).toBe(0);

    const out = join(dir, 'out');
    const child = startCli(['extract', input, '--out', out, '-j', '1', '--json']);
    let finished = 0;
    let stdout = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        finished = stdout.split('\n').filter((line) => line.includes('"event":"file"')).length;
        if (finished >= 2) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(finished).toBeGreaterThanOrEqual(2);
    expect(finished).toBeLessThan(6);
    expect(existsSync(join(out, 'cells.csv'))).toBe(false); // aggregates come only at the end
    for (const name of readdirSync(out).filter((n) => n.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow();

    const resumed = await runCli(['extract', input, '--out', out, '-j', '1', '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = summaryOf(resumed.stdout);
    expect(summary.files.skipped).toBeGreaterThanOrEqual(2);
    expect(summary.files.processed).toBe(6 - summary.files.skipped);
    expect(readdirSync(out).filter((name) => name.startsWith('.budgetdoc-tmp-'))).toEqual([]);
    expect(outputFiles(out)).toEqual(outputFiles(join(dir, 'out-ref')));
  }, 300_000);
});
