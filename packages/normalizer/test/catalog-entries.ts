import { readFileSync } from 'node:fs';
import type { CodeScheme } from '../src/index.ts';

/** Class rows (code, name, scheme) from data/class-names.csv, as damage cases. */
export function catalogEntriesForTest(): [string, { code: string; scheme: CodeScheme }][] {
  const lines = readFileSync(new URL('../data/class-names.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [, code = '', name = '', , scheme = ''] = line.split(',');
    return [name, { code, scheme: scheme as CodeScheme }];
  });
}
