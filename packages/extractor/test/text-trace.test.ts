import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, traceText } from '../src/index.ts';

const corpus = new URL('../../../corpus/', import.meta.url);
const seeds = readdirSync(corpus).filter((f) => /^s\d+.*\.txt$/.test(f));

describe('traceText', () => {
  it.each(seeds)('should trace every line of %s exactly once, in order', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, corpus)));
    const { text, encoding } = decodeText(bytes);
    const trace = traceText({ id: name, file: name, sha256: '0'.repeat(64), bytes: bytes.length, text, encoding, format: /^#{1,6}\s/m.test(text) ? 'md' : 'txt' });
    expect(trace.map((t) => t.line)).toEqual(text.split(/\r\n|\r|\n/).map((_, i) => i + 1));
  });

  it('should tell table rows, headers and prose apart', () => {
    const text = ['支出决算表', '公开03表', '项目\t\t本年支出合计', '科目代码\t科目名称\t', '合计\t\t945.84', '', '一、收入支出决算总体情况说明', '2023年度收入总计945.84万元。'].join('\n');
    const trace = traceText({ id: 'r', file: 'r.txt', sha256: '0'.repeat(64), bytes: 1, text, encoding: 'utf-8', format: 'txt' });
    expect(trace.map((t) => t.role)).toEqual(['table-title', 'table-title', 'table-header', 'table-header', 'table-row', 'blank', 'heading', 'prose']);
  });
});
