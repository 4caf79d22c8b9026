/**
 * Writes the bad-input fixture set (one file per failure mode, each a few KB)
 * to tests/fixtures/bad-input/files/ or the directory given, for manual runs
 * (`pnpm budgetdoc extract tests/fixtures/bad-input/files`) and batch tests.
 * The bad-input suite generates the same files itself in a temp dir.
 * Run: node --import tsx scripts/make-bad-fixtures.ts [dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPdf } from '../tests/fixtures/bad-input/build-pdf.ts';
import { encodeLegacy } from '../tests/fixtures/bad-input/encode-legacy.ts';

const dir = process.argv[2] ?? fileURLToPath(new URL('../tests/fixtures/bad-input/files/', import.meta.url));
mkdirSync(dir, { recursive: true });

const page = ['2023 Budget of the Finance Bureau', 'Total expenditure 1234.56', 'Basic expenditure 987.65'];
const report = '第一部分 单位概况\n\n2023 年度收入总计、支出总计均为 372.65 万元。\n\n单位：万元\n项目 决算数\n一般公共预算财政拨款收入 372.65\n';
const valid = buildPdf({ pages: [page] });
const validText = valid.toString('latin1');
const xrefAt = validText.indexOf('xref\n');

/** File name (its extension deliberately misleading where noted) → content, with the expected outcome in the name. */
const fixtures: Record<string, Uint8Array | string> = {
  'empty--INPUT_EMPTY.txt': '',
  'html-error-page--HTML_NOT_REPORT.pdf': '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n',
  'pdf-named-txt--ok.txt': valid,
  'text-named-pdf--ok.pdf': report,
  'truncated--PDF_TRUNCATED.pdf': valid.subarray(0, 200),
  'corrupt--PDF_CORRUPT.pdf': Buffer.from(`%PDF-1.4\n${validText.slice(validText.indexOf('trailer'))}`, 'latin1'),
  'bad-xref-recovered--ok.pdf': Buffer.from(validText.slice(0, xrefAt) + validText.slice(xrefAt).replace(/\d{10} 00000 n/g, '0000000999 00000 n'), 'latin1'),
  'user-password--PDF_ENCRYPTED.pdf': buildPdf({ pages: [page], encrypt: { user: 'secret', owner: 'owner' } }),
  'owner-password-only--ok.pdf': buildPdf({ pages: [page], encrypt: { user: '', owner: 'owner' } }),
  'zero-pages--PDF_NO_PAGES.pdf': buildPdf({ pages: [] }),
  'javascript-and-form--ok.pdf': buildPdf({ pages: [page], scriptAndForm: true }),
  // 3 pages: refused with a lowered page limit (the suite builds a 2,100-page file for the default limit).
  'three-pages--PDF_TOO_MANY_PAGES-at-max-pages-2--ok.pdf': buildPdf({ pages: [page, page, page] }),
  'png--INPUT_UNSUPPORTED_TYPE.pdf': Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]),
  'zip--INPUT_UNSUPPORTED_TYPE.txt': Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), Buffer.from('[Content_Types].xml'), Buffer.alloc(100)]),
  'nul-only--TEXT_BINARY.txt': Buffer.alloc(4096),
  'gb18030--ok.txt': encodeLegacy(report, 'gb18030'),
  'big5--ok.txt': encodeLegacy('2023年度收入總計、支出總計均為372.65萬元。\n單位：萬元\n', 'big5'),
  'utf16le-bom--ok.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]),
  'utf16be-no-bom--ok.txt': Buffer.from(report, 'utf16le').swap16(),
  'cr-only--ok.txt': report.replaceAll('\n', '\r'),
  'nul-bytes--ok-with-finding.txt': Buffer.concat([Buffer.from(report), Buffer.alloc(1000)]),
  'deep-markdown--ok-with-finding.md': `# 部门预算\n\n${'> '.repeat(2000)}收入 100.00\n`,
};

let seed = 42;
fixtures['binary-junk--TEXT_BINARY.txt'] = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255));

for (const [name, content] of Object.entries(fixtures)) writeFileSync(join(dir, name), content);
console.log(`wrote ${Object.keys(fixtures).length} fixtures to ${dir}`);
