import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RunState, STATE_FILE, type StateEntry } from '../src/lib/batch/run-state.ts';

const entry = (input: string, outcome: 'ok' | 'failed' = 'ok'): StateEntry => ({ kind: 'input', input, file: input, id: input, size: 1, mtimeMs: 1, sha256: 'a'.repeat(64), tool: 't', schema: 's', outcome });

describe('RunState', () => {
  test('should keep the last entry per input and survive a torn last line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-state-'));
    const first = RunState.open(dir);
    first.record(entry('/a'));
    first.record(entry('/b', 'failed'));
    first.record(entry('/a', 'failed'));
    first.close();
    appendFileSync(join(dir, STATE_FILE), '{"kind":"input","input":"/c","fi'); // kill -9 mid-write

    const second = RunState.open(dir);
    expect(second.get('/a')?.outcome).toBe('failed');
    expect(second.get('/c')).toBeUndefined();
    second.record(entry('/c'));
    second.close();
    expect(RunState.open(dir).get('/c')?.outcome).toBe('ok');
  });

  test('should compact to one sorted line per input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-state-'));
    const state = RunState.open(dir);
    for (const input of ['/b', '/a', '/b']) state.record(entry(input));
    state.recordAggregate('f');
    await state.compact();
    state.close();
    const lines = readFileSync(join(dir, STATE_FILE), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.input ?? line.kind)).toEqual(['/a', '/b', 'aggregate']);
  });
});
