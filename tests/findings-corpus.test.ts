import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findingRecords } from '../packages/pipeline/src/lib/flatten-findings.ts';
import { processFile } from '@budgetdoc/pipeline';
import { describe, expect, test } from 'vitest';

// The text seeds of the corpus: fast enough for every run; the PDFs are
// covered by the batch and golden tests.
const CORPUS = join(import.meta.dirname, '..', 'corpus');
const seeds = readdirSync(CORPUS).filter((name) => /^s\d+.*\.txt$/.test(name)).sort();

/** Validator findings of a seed as compact lines: code @ table/side/row/column line: expected → actual. */
async function findingsOf(name: string): Promise<string[]> {
  const report = await processFile(join(CORPUS, name), `corpus/${name}`);
  return findingRecords(report)
    .filter((record) => record.source === 'validator')
    .map((r) => `${r.code} ${r.severity} @ ${r.table_key}/${r.side}/${r.row}/${r.column} line ${r.line}: expected ${r.expected}, printed ${r.actual}`);
}

describe('validator findings on the corpus seeds', () => {
  test('should list the seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  test('should find no break in s000, whose tables and prose are consistent (尾差 disclosed), and weigh its shifted 399', async () => {
    // 公开06表 line 650 prints "30226 劳务费 | 399 | | 其他支出": 399 is 其他支出's code shifted
    // into 劳务费's amount. Read as a code, 302 = Σ items (7.81); read as an amount it would not be.
    expect(await findingsOf(seeds.find((s) => s.startsWith('s000')) ?? '')).toEqual([
      'SHIFT_SUPPORTED_BY_SUM info @ general_budget_basic_expenditure//30306/amount line 650: expected 2.51, printed 2.51',
    ]);
  });

  test('should find the s001 prose slip “工资福利支出316.17元” (the 06 table prints 316.17 万元) and its undisclosed 0.01 breaks', async () => {
    const lines = await findingsOf(seeds.find((s) => s.startsWith('s001')) ?? '');
    // 公开03/05表 合计: 647.05 + 1,718.90 = 2,365.95 but 2,365.94 is printed; s001 does not disclose 尾差.
    expect(lines).toEqual([
      'SUM_COLUMNS_MISMATCH info @ expenditure//total/total line 166: expected 2365.95, printed 2365.94',
      'SUM_COLUMNS_MISMATCH info @ general_budget_expenditure//total/total line 256: expected 2365.95, printed 2365.94',
      'SUM_ROWS_MISMATCH info @ expenditure//total/project line 166: expected 1718.89, printed 1718.90',
      'SUM_ROWS_MISMATCH info @ general_budget_expenditure//total/project line 256: expected 1718.89, printed 1718.90',
      expect.stringMatching(/^PROSE_TABLE_MISMATCH error @ general_budget_basic_expenditure\/personnel\/301\/.* expected 3161700, printed 316\.17$/),
    ]);
  });

  test('should find the s003 budget summary whose 本年支出合计 cells disagree (1294.44 vs 1,292.44)', async () => {
    const lines = await findingsOf(seeds.find((s) => s.startsWith('s003')) ?? '');
    expect(lines).toEqual([
      expect.stringMatching(/^SIDES_UNBALANCED error @ appropriation_summary\/expenditure_department_economic\/expenditure_total\/amount .*expected 1292\.44, printed 1294\.44$/),
      expect.stringMatching(/^SIDES_UNBALANCED error @ appropriation_summary\/expenditure_government_economic\/expenditure_total\/amount .*expected 1292\.44, printed 1294\.44$/),
    ]);
  });

  test('should find the s004 growth rates printed 7% where the amounts give 7.71%', async () => {
    const lines = await findingsOf(seeds.find((s) => s.startsWith('s004')) ?? '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^PROSE_ARITHMETIC warning .*expected 8, printed 7$/);
  });

  test('should find nothing in s002, whose standard tables are absent and whose prose agrees with itself', async () => {
    expect(await findingsOf(seeds.find((s) => s.startsWith('s002')) ?? '')).toEqual([]);
  });
});
