/**
 * Generality check for the PDF reader on a producer the corpus does not
 * have: the tables of text reports are printed again as PDF by Chromium
 * (ruled, three-line borderless, with 类/款/项 code columns, and ruled on a
 * portrait page where labels wrap), read back
 * through the full pipeline, and their numeric cells compared with the text
 * reading (same table title, row, column and exact value).
 *
 *   node --import tsx scripts/reprint-check.ts [--out dir] [--show] [id ...]
 *
 * Needs Debian's chromium (or CHROMIUM_PATH). Writes the PDFs to --out
 * (default a temp dir) so a miss can be looked at with pdftoppm.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { compareReportCells } from '../tests/helpers/compare-report-cells.ts';
import { corpusReport, manifest } from '../tests/helpers/corpus.ts';
import { isRendered, reprint, type RenderVariant } from '../tests/helpers/render-report-html.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? (args[outAt + 1] as string) : mkdtempSync(join(tmpdir(), 'reprint-'));
const show = args.includes('--show');
const ids = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
const chosen = ids.length > 0 ? ids : manifest.filter((e) => e.format === 'txt' && e.expect === 'golden').map((e) => e.id);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => Boolean(p && existsSync(p)));
if (!executablePath) throw new Error('no chromium: apt-get install chromium, or set CHROMIUM_PATH');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const variants: RenderVariant[] = ['ruled', 'borderless', 'split-codes', 'narrow', 'dense'];
const totals = { matched: 0, wrong: 0, missing: 0 };
try {
  for (const id of chosen) {
    const expected = await corpusReport(id);
    for (const variant of variants) {
      const file = join(out, `${expected.id}.${variant}.pdf`);
      const { pdf, actual } = await reprint(browser, expected, variant, file);
      writeFileSync(file, pdf);
      const result = compareReportCells(expected, actual, isRendered);
      totals.matched += result.matched;
      totals.wrong += result.wrong.length;
      totals.missing += result.missing.length;
      console.log(`${expected.id.slice(0, 40).padEnd(40)} ${variant.padEnd(12)} matched ${String(result.matched).padStart(5)}  wrong ${String(result.wrong.length).padStart(4)}  missing ${String(result.missing.length).padStart(4)}`);
      if (show) {
        for (const c of result.wrong.slice(0, 400)) console.log(`   wrong   ${c.table} | ${c.row} | ${c.column} | ${c.value}`);
        for (const c of result.missing.slice(0, 400)) console.log(`   missing ${c.table} | ${c.row} | ${c.column} | ${c.value}`);
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`total: matched ${totals.matched}, wrong ${totals.wrong}, missing ${totals.missing}  (PDFs in ${out})`);
