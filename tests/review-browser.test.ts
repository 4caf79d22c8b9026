import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '@budgetdoc/cli';
import type { Report } from '@budgetdoc/schema';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusReport, repoRoot } from './helpers/corpus.ts';

// CI installs the Debian package `chromium`; anywhere else the test says why it did not run.
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => Boolean(path && existsSync(path)));
if (!executablePath) process.stderr.write('review-browser: skipped, no chromium binary (apt-get install chromium, or set CHROMIUM_PATH)\n');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = join(repoRoot, 'tests/__screenshots__/review.png');
const ID = 's000_2023_final_xian-beilin_medical-insurance-center';

describe.skipIf(!executablePath)('review site in a real browser', () => {
  let dir = '';
  let browser: Browser;
  let report: Report;
  let pdfReport: Report;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetdoc-review-'));
    const out = join(dir, 'out');
    mkdirSync(out);
    // The same <id>.json `budgetdoc extract` writes, for a text report with tab tables and a PDF.
    report = await corpusReport(ID);
    writeFileSync(join(out, `${ID}.json`), JSON.stringify(report));
    pdfReport = await corpusReport('p01');
    writeFileSync(join(out, `${pdfReport.id}.json`), JSON.stringify(pdfReport));
    // Source paths in the reports are relative to the repo root.
    expect(await main(['review', out, '--quiet', '--source-root', repoRoot])).toBe(0);
    // launch() (not launchPersistentContext) gives every run a fresh, throw-away user-data-dir.
    browser = await chromium.launch({ executablePath: executablePath as string, args: ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('should show a known cell linked to the source line it was printed on', async () => {
    // 公开01表 of this seed prints 一般公共预算财政拨款收入 945.84 on the income side.
    const table = report.tables.find((t) => t.key === 'income_expenditure_summary');
    expect(table?.status).toBe('data');
    const r = table?.rows.findIndex((row) => row.cells.some((c) => c.value.printed === '945.84')) ?? -1;
    expect(r).toBeGreaterThanOrEqual(0);
    const row = table?.rows[r];
    const cell = row?.cells.find((c) => c.value.printed === '945.84');
    if (!table || !cell) throw new Error('known cell not extracted');

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(dir, 'out/review', `${ID}.html`)).href);
    expect(await page.title()).toContain(ID);
    expect(await page.locator('meta[charset]').getAttribute('charset')).toBe('utf-8');

    const link = page.locator(`#${table.id}-r${r}-c${cell.column} a`);
    await expect.poll(() => link.textContent()).toBe('945.84');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`#L${cell.prov.line}`);
    expect(await link.getAttribute('title')).toContain(`line ${cell.prov.line}`);

    const line = page.locator(`#L${cell.prov.line}`);
    expect(await line.count()).toBe(1);
    expect(await line.textContent()).toContain('945.84');
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#L${cell.prov.line}`);
    expect(await line.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await line.isVisible()).toBe(true);

    // Opens from disk with nothing fetched from elsewhere.
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    mkdirSync(join(repoRoot, 'tests/__screenshots__'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    process.stdout.write(`review screenshot: ${SCREENSHOT}\n`);
    await page.close();
  }, 60_000);

  test('should link PDF cells to the text row of their page', async () => {
    const table = pdfReport.tables.find((t) => t.status === 'data' && t.rows.some((row) => row.cells.some((c) => c.value.kind === 'number')));
    const r = table?.rows.findIndex((row) => row.cells.some((c) => c.value.kind === 'number')) ?? -1;
    const cell = table?.rows[r]?.cells.find((c) => c.value.kind === 'number');
    if (!table || !cell) throw new Error('no numeric PDF cell extracted');
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'out/review', `${pdfReport.id}.html`)).href);
    const link = page.locator(`#${table.id}-r${r}-c${cell.column} a`);
    expect(await link.textContent()).toBe(cell.value.printed);
    const anchor = `P${cell.prov.page}-L${cell.prov.line}`;
    expect(await link.getAttribute('href')).toBe(`#${anchor}`);
    expect(await page.locator(`#${anchor}`).textContent()).toContain(cell.value.printed);
    expect(await page.locator(`#P${cell.prov.page}`).count()).toBe(1);
    await page.close();
  }, 60_000);

  test('should list every report in the index with its counts', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'out/review/index.html')).href);
    const rows = page.locator('table.index tbody tr');
    expect(await rows.count()).toBe(2);
    // Rows are sorted by id: p01… before s000….
    const first = rows.nth(1);
    expect(await first.locator('a').textContent()).toBe(ID);
    const cells = report.tables.reduce((sum, t) => sum + t.rows.reduce((s, row) => s + row.cells.length, 0), 0);
    expect(await first.locator('td').nth(6).textContent()).toBe(String(cells));
    await first.locator('a').click();
    expect(page.url()).toContain(`${ID}.html`);
    await page.close();
  }, 60_000);
});
