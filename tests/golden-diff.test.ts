import { describe, expect, test } from 'vitest';
import { goldenDiff } from './helpers/golden-diff.ts';
import { stableJson } from './helpers/stable-json.ts';

const prov = (line: number) => ({ file: 'corpus/x.txt', page: 1, line });
const num = (printed: string) => ({ kind: 'number', value: printed.replace(/[,\s]/g, ''), printed });

function report() {
  return {
    meta: { unit: '某单位', year: 2023, kind: 'final', scope: 'unit', moneyUnit: '万元' },
    sections: [{ title: '单位概况', numbering: '第一部分', level: 1, key: 'overview', prov: prov(3) }],
    paragraphs: [{ section: 0, text: '收入总计945.84万元', prov: prov(4) }],
    tables: [
      {
        id: 't01',
        key: 'income',
        formNo: '02',
        formLabel: '公开02表',
        title: '收入决算表',
        status: 'data',
        unit: '万元',
        rows: [
          { side: null, code: null, name: '合计', key: 'total', cells: [{ column: 0, key: 'total', header: ['本年收入合计'], value: num('945.84'), prov: prov(20) }] },
          { side: null, code: '2101101', name: '行政单位医疗', key: '2101101', cells: [{ column: 0, key: 'total', header: ['本年收入合计'], value: num('10.05'), prov: prov(21) }] },
        ],
      },
    ],
    findings: [],
  };
}

describe('goldenDiff', () => {
  test('should return nothing for equal output', () => {
    const text = stableJson(report());
    expect(goldenDiff(text, text)).toBe('');
  });

  test('should list cell changes, added cells, status and key changes by table/row/column', () => {
    const after = report();
    const table = after.tables[0]!;
    table.rows[0]!.cells[0]!.value = num('954.84');
    table.rows[1]!.key = null as unknown as string;
    table.rows[1]!.cells.push({ column: 1, key: 'appropriation', header: ['财政拨款收入'], value: num('10.05'), prov: prov(21) });
    after.meta.year = 2024;
    after.findings.push({ code: 'SUM_MISMATCH', message: '合计 ≠ Σ', where: { table: 't01', row: 'total', line: 20 } } as never);
    expect(goldenDiff(stableJson(report()), stableJson(after))).toMatchInlineSnapshot(`
      "meta.year: 2023 → 2024
      t01 02 income / 合计 / total: 945.84 → 954.84
      t01 02 income / 2101101 行政单位医疗: row key "2101101" → ∅
      + t01 02 income / 2101101 行政单位医疗 / appropriation = 10.05
      + finding SUM_MISMATCH t01 / total / line 20: 合计 ≠ Σ"
    `);
  });

  test('should report new and vanished tables and status changes', () => {
    const before = report();
    const after = report();
    after.tables[0]!.status = 'empty';
    after.tables[0]!.rows = [];
    after.tables.push({ ...before.tables[0]!, id: 't02', formNo: '03', formLabel: '公开03表', title: '支出决算表', key: 'expenditure' });
    const diff = goldenDiff(stableJson(before), stableJson(after));
    expect(diff).toContain('t01 02 income: status "data" → "empty"');
    expect(diff).toContain('- t01 02 income / 合计 / total = 945.84 (row gone)');
    expect(diff).toContain('+ table t02 03 expenditure (data, 2 cells) is new');
  });

  test('should summarise cells that only moved to another line', () => {
    const after = report();
    for (const row of after.tables[0]!.rows) for (const cell of row.cells) cell.prov = prov(cell.prov.line + 1);
    expect(goldenDiff(stableJson(report()), stableJson(after))).toBe('t01 02 income: 2 cell(s) read from another line, e.g. t01 02 income / 合计 / total (1:20 → 1:21)');
  });

  test('should fall back to JSON paths for other parts and cap the length', () => {
    const after = report();
    after.paragraphs[0]!.text = '收入总计954.84万元';
    expect(goldenDiff(stableJson(report()), stableJson(after))).toBe('paragraphs[0].text: "收入总计945.84万元" → "收入总计954.84万元"');
    const many = report();
    many.tables[0]!.rows = Array.from({ length: 80 }, (_, i) => ({ side: null, code: null, name: `r${i}`, key: `r${i}`, cells: [] }));
    const lines = goldenDiff(stableJson(report()), stableJson(many), { maxLines: 10 }).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/^… and \d+ more differences$/);
  });

  test('should fold the same field changing in many entries into one line', () => {
    const before = report();
    before.paragraphs = Array.from({ length: 6 }, (_, i) => ({ section: i + 1, text: `p${i}`, prov: prov(10 + i) }));
    const after = structuredClone(before);
    for (const paragraph of after.paragraphs) paragraph.section -= 1;
    expect(goldenDiff(stableJson(before), stableJson(after))).toBe('paragraphs[*].section: 6 entries changed, e.g. paragraphs[0].section: 1 → 0');
  });

  test('should say when only the formatting differs', () => {
    expect(goldenDiff(JSON.stringify(report()), stableJson(report()))).toMatch(/^same data, different formatting/);
  });
});
