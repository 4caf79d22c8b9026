/**
 * Hostile and broken inputs (issue 7): every bad file gets its exact error
 * code, or a correct result. All files are generated here, in a temp dir.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '@budgetdoc/extractor';
import { DEFAULT_INPUT_LIMITS, formatError, processFile, readInput, toErrorRecord } from '@budgetdoc/pipeline';
import { ErrorRecord, Report, type ErrorCode } from '@budgetdoc/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPdf } from './fixtures/bad-input/build-pdf.ts';
import { encodeLegacy } from './fixtures/bad-input/encode-legacy.ts';
import { repoRoot } from './helpers/corpus.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgetdoc-bad-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The error code processing a file fails with (the test fails if it succeeds). */
async function codeOf(path: string, limits: Partial<typeof DEFAULT_INPUT_LIMITS> = {}): Promise<ErrorCode> {
  try {
    await processFile(path, path, { limits });
  } catch (error) {
    const record = ErrorRecord.parse(toErrorRecord(error, path));
    return record.code;
  }
  throw new Error(`${path} was processed without error`);
}

const PAGE = ['2023 Budget of the Finance Bureau', 'Total expenditure 1234.56', 'Basic expenditure 987.65'];
const validPdf = (): Buffer => buildPdf({ pages: [PAGE] });
const REPORT_TEXT = ['第一部分 单位概况', '', '一、收入支出决算总体情况说明', '', '2023 年度收入总计、支出总计均为 372.65 万元。', '', '单位：万元', '项目 决算数', '一般公共预算财政拨款收入 372.65', ''].join('\n');
const corpusPdf = `${repoRoot}corpus/p14b_2026_budget_beijing_finance-bureau_tables.pdf`;

describe('sizes and file system', () => {
  test('zero-byte .txt → INPUT_EMPTY', async () => {
    expect(await codeOf(write('empty.txt', ''))).toBe('INPUT_EMPTY');
  });
  test('zero-byte .pdf → INPUT_EMPTY', async () => {
    expect(await codeOf(write('empty.pdf', ''))).toBe('INPUT_EMPTY');
  });
  test('whitespace only → INPUT_EMPTY', async () => {
    expect(await codeOf(write('blank.txt', ' \n\r\n\t\f\n'))).toBe('INPUT_EMPTY');
  });
  test('missing file → INPUT_NOT_FOUND', async () => {
    expect(await codeOf(join(dir, 'nope.pdf'))).toBe('INPUT_NOT_FOUND');
  });
  test('directory → INPUT_UNSUPPORTED_TYPE', async () => {
    mkdirSync(join(dir, 'adir.pdf'));
    expect(await codeOf(join(dir, 'adir.pdf'))).toBe('INPUT_UNSUPPORTED_TYPE');
  });
  test('character device (/dev/zero would never end) → INPUT_UNSUPPORTED_TYPE', async () => {
    expect(await codeOf('/dev/zero')).toBe('INPUT_UNSUPPORTED_TYPE');
  });
  test('500 MB file (sparse, nothing read) → INPUT_TOO_LARGE under the default 200 MiB limit', async () => {
    const path = write('huge.pdf', '%PDF-1.4\n');
    truncateSync(path, 500 * 1024 * 1024);
    const started = performance.now();
    expect(await codeOf(path)).toBe('INPUT_TOO_LARGE');
    // Refused from stat: reading 500 MB would take far longer.
    expect(performance.now() - started).toBeLessThan(500);
  });
  test('lowered size limit → INPUT_TOO_LARGE', async () => {
    expect(await codeOf(write('big.txt', REPORT_TEXT.repeat(20)), { maxBytes: 1000 })).toBe('INPUT_TOO_LARGE');
  });
  test('one 50 MB line: cut at the line limit with a finding, fast', async () => {
    const line = `合计 ${'12345.67 '.repeat(5_600_000)}`;
    const path = write('longline.txt', `单位：万元\n${line}\n结束\n`);
    const started = performance.now();
    const report = await processFile(path);
    expect(performance.now() - started).toBeLessThan(20_000);
    const finding = report.findings.find((f) => f.code === 'TEXT_LINE_TRUNCATED');
    expect(finding?.where.line).toBe(2);
    expect(finding?.evidence?.kept).toBeLessThanOrEqual(DEFAULT_INPUT_LIMITS.maxLineLength);
  }, 60_000);
  test('deeply nested Markdown → read as plain text with MD_NESTING_TOO_DEEP', async () => {
    const md = `# 部门预算\n\n${'> '.repeat(4000)}收入 100.00\n\n${'['.repeat(4000)}\n`;
    const report = await processFile(write('deep.md', md));
    expect(report.source.format).toBe('txt');
    expect(report.findings.map((f) => f.code)).toContain('MD_NESTING_TOO_DEEP');
  });
  test('Markdown nested 30 deep (under the limit) is parsed as Markdown without crashing', async () => {
    const md = `# 部门预算\n\n${'> '.repeat(30)}收入 100.00\n\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- 项 ${i}`).join('\n')}\n`;
    const report = await processFile(write('nested30.md', md));
    expect(report.source.format).toBe('md');
    expect(report.findings.map((f) => f.code)).not.toContain('MD_NESTING_TOO_DEEP');
  });
  test('deeply nested Markdown list → MD_NESTING_TOO_DEEP', async () => {
    const md = `# 部门预算\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 项 ${i}`).join('\n')}\n`;
    const report = await processFile(write('deeplist.md', md));
    expect(report.findings.map((f) => f.code)).toContain('MD_NESTING_TOO_DEEP');
  });
});

describe('content sniffing (never by extension)', () => {
  test('HTML error page saved as .pdf → HTML_NOT_REPORT', async () => {
    expect(await codeOf(write('error.pdf', '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>'))).toBe('HTML_NOT_REPORT');
  });
  test('GBK HTML with a BOM-less blank start saved as .txt → HTML_NOT_REPORT', async () => {
    const html = encodeLegacy('\r\n\r\n  <html>\r\n<head><meta charset="gbk"><title>系统维护中</title></head><body>请稍后访问</body></html>', 'gb18030');
    expect(await codeOf(write('page.txt', html))).toBe('HTML_NOT_REPORT');
  });
  test('HTML download page mentioning %PDF- near the top → HTML_NOT_REPORT', async () => {
    expect(await codeOf(write('download.pdf', '<html><body><p>File type: %PDF-1.7</p><a href="x.pdf">下载</a></body></html>'))).toBe('HTML_NOT_REPORT');
  });
  test('UTF-16LE HTML with BOM → HTML_NOT_REPORT', async () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0"?>\n<!-- login --><HTML><BODY>登录</BODY></HTML>', 'utf16le')]);
    expect(await codeOf(write('login.pdf', html))).toBe('HTML_NOT_REPORT');
  });
  test('a generated PDF renamed .txt is read as PDF', async () => {
    const report = await processFile(write('tiny-pdf.txt', validPdf()));
    expect(report.source.format).toBe('pdf');
    expect(JSON.stringify(report)).toContain('1234.56');
  });
  test('a corpus PDF copied to .txt is sniffed as PDF', async () => {
    // Sniffing only: extracting a real report is the golden tests' job (and slow on shared CI cores).
    const path = join(dir, 'corpus-pdf.txt');
    copyFileSync(corpusPdf, path);
    const input = await readInput(path);
    expect(input.kind).toBe('pdf');
    expect(input.bytes.length).toBe(readFileSync(corpusPdf).length);
  });
  test('a text report renamed .pdf is read as text', async () => {
    const report = await processFile(write('report.pdf', REPORT_TEXT));
    expect(report.source.format).toBe('txt');
    expect(report.source.encoding).toBe('utf-8');
  });
  test('PNG renamed .pdf → INPUT_UNSUPPORTED_TYPE', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]);
    expect(await codeOf(write('scan.pdf', png))).toBe('INPUT_UNSUPPORTED_TYPE');
  });
  test('ZIP (.docx) renamed .txt → INPUT_UNSUPPORTED_TYPE', async () => {
    const zip = Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), Buffer.from('[Content_Types].xml'), Buffer.alloc(100)]);
    expect(await codeOf(write('report.txt', zip))).toBe('INPUT_UNSUPPORTED_TYPE');
  });
  test('OLE (.doc/.xls) renamed .pdf → INPUT_UNSUPPORTED_TYPE', async () => {
    expect(await codeOf(write('sheet.pdf', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])))).toBe('INPUT_UNSUPPORTED_TYPE');
  });
  test('random binary junk → TEXT_BINARY', async () => {
    let seed = 42;
    const junk = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255));
    expect(await codeOf(write('junk.txt', junk))).toBe('TEXT_BINARY');
  });
  test('only NUL bytes (interrupted download) → TEXT_BINARY', async () => {
    expect(await codeOf(write('zeros.pdf', Buffer.alloc(8192)))).toBe('TEXT_BINARY');
  });
  test('bytes no encoding fits → TEXT_ENCODING_UNKNOWN', async () => {
    expect(await codeOf(write('ff.txt', Buffer.concat([Buffer.from('单位 '), Buffer.alloc(400, 0xff)])))).toBe('TEXT_ENCODING_UNKNOWN');
  });
});

describe('PDF failures', () => {
  test('corpus PDF cut in half → PDF_TRUNCATED', async () => {
    const bytes = readFileSync(corpusPdf);
    expect(await codeOf(write('half.pdf', bytes.subarray(0, bytes.length >> 1)))).toBe('PDF_TRUNCATED');
  });
  test('generated PDF cut inside a stream → PDF_TRUNCATED', async () => {
    const bytes = validPdf();
    expect(await codeOf(write('cut.pdf', bytes.subarray(0, 200)))).toBe('PDF_TRUNCATED');
  });
  test('PDF with garbage body → PDF_CORRUPT', async () => {
    const body = Buffer.from(Array.from({ length: 5000 }, (_, i) => 0x20 + ((i * 7919) % 90)));
    expect(await codeOf(write('garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), body, Buffer.from('\n%%EOF\n')])))).toBe('PDF_CORRUPT');
  });
  test('PDF with xref and objects removed → PDF_CORRUPT', async () => {
    const text = validPdf().toString('latin1');
    expect(await codeOf(write('noxref.pdf', Buffer.from(`%PDF-1.4\n${text.slice(text.indexOf('trailer'))}`, 'latin1')))).toBe('PDF_CORRUPT');
  });
  test('PDF with a corrupted xref table is recovered and read', async () => {
    const text = validPdf().toString('latin1');
    const at = text.indexOf('xref\n');
    const broken = text.slice(0, at) + text.slice(at).replace(/\d{10} 00000 n/g, '0000000999 00000 n');
    const report = await processFile(write('badxref.pdf', Buffer.from(broken, 'latin1')));
    expect(report.source.pages).toBe(1);
  });
  test('PDF with a user password → PDF_ENCRYPTED', async () => {
    const path = write('locked.pdf', buildPdf({ pages: [PAGE], encrypt: { user: 'secret', owner: 'owner' } }));
    expect(await codeOf(path)).toBe('PDF_ENCRYPTED');
    await expect(processFile(path)).rejects.toThrow(/password/);
  });
  test('PDF encrypted with an owner password only opens and is read', async () => {
    const report = await processFile(write('owner-only.pdf', buildPdf({ pages: [PAGE], encrypt: { user: '', owner: 'owner' } })));
    expect(report.source.pages).toBe(1);
    expect(JSON.stringify(report)).toContain('1234.56');
  });
  test('PDF with zero pages → PDF_NO_PAGES', async () => {
    expect(await codeOf(write('nopages.pdf', buildPdf({ pages: [] })))).toBe('PDF_NO_PAGES');
  });
  test('PDF with JavaScript and a form field is read (script not run)', async () => {
    const report = await processFile(write('script.pdf', buildPdf({ pages: [PAGE], scriptAndForm: true })));
    expect(report.source.pages).toBe(1);
    expect(JSON.stringify(report)).toContain('1234.56');
  });
  test('PDF with 2,100 pages → PDF_TOO_MANY_PAGES before any page is read', async () => {
    const path = write('many.pdf', buildPdf({ pages: Array.from({ length: 2100 }, () => PAGE), shareContent: true }));
    const started = performance.now();
    expect(await codeOf(path)).toBe('PDF_TOO_MANY_PAGES');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
  test('lowered page limit → PDF_TOO_MANY_PAGES', async () => {
    expect(await codeOf(write('three.pdf', buildPdf({ pages: [PAGE, PAGE, PAGE] })), { maxPages: 2 })).toBe('PDF_TOO_MANY_PAGES');
  });
  test('PDF with a damaged %PDF- header is recognised by its structure and read, with a finding', async () => {
    const bytes = validPdf();
    bytes.write('%PDG-', 0, 'latin1');
    const report = await processFile(write('badheader.txt', bytes));
    expect(report.source.format).toBe('pdf');
    expect(report.findings.map((f) => f.code)).toContain('PDF_HEADER_MISSING');
  });
  test('junk before %PDF- (saved HTTP headers) is skipped with a finding', async () => {
    const bytes = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n'), validPdf()]);
    const input = await readInput(write('headers.pdf', bytes));
    expect(input.kind === 'pdf' && input.offset).toBe(bytes.indexOf('%PDF-'));
    const report = await processFile(join(dir, 'headers.pdf'));
    expect(report.findings.map((f) => f.code)).toContain('PDF_LEADING_JUNK');
  });
});

describe('text encodings and repairs', () => {
  const simplified = '2023年度收入总计、支出总计均为372.65万元，与上年相比增加。\n一般公共预算财政拨款支出决算表\n单位：万元\n';
  const traditional = '2023年度收入總計、支出總計均為372.65萬元，與上年相比增加。\n一般公共預算財政撥款支出決算表\n單位：萬元\n';
  const cases: [string, Buffer, string, string][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]), 'utf-8-bom', simplified],
    ['GB18030', encodeLegacy(simplified, 'gb18030'), 'gb18030', simplified],
    ['Big5', encodeLegacy(traditional, 'big5'), 'big5', traditional],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(simplified, 'utf16le')]), 'utf-16le', simplified],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(simplified, 'utf16le').swap16()]), 'utf-16be', simplified],
    ['UTF-16LE without BOM', Buffer.from(simplified, 'utf16le'), 'utf-16le', simplified],
    ['UTF-16BE without BOM', Buffer.from(simplified, 'utf16le').swap16(), 'utf-16be', simplified],
    ['UTF-16LE without BOM, all CJK', Buffer.from('一般公共预算财政拨款支出决算表单位万元收入总计', 'utf16le'), 'utf-16le', '一般公共预算财政拨款支出决算表单位万元收入总计'],
  ];
  for (const [name, bytes, encoding, text] of cases) {
    test(`${name} → ${encoding}, exact text, report produced`, async () => {
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
      const report = await processFile(write(`${name.replace(/\W+/g, '-')}.txt`, bytes));
      expect(report.source.encoding).toBe(encoding);
    });
  }
  test('mixed and lone-CR line endings: one line each, as editors show them', () => {
    const decoded = decodeText(Buffer.from('第一行\r\n第二行\r第三行\n第四行'));
    expect(decoded.text).toBe('第一行\n第二行\n第三行\n第四行');
    expect(decoded.lineEndings).toBe('mixed');
  });
  test('classic Mac \\r-only file is read line by line', async () => {
    const bytes = Buffer.from(REPORT_TEXT.replaceAll('\n', '\r'));
    expect(decodeText(bytes).text).toBe(REPORT_TEXT);
    expect(decodeText(bytes).lineEndings).toBe('cr');
    expect((await processFile(write('mac.txt', bytes))).source.format).toBe('txt');
  });
  test('form feeds are kept as page breaks', () => {
    expect(decodeText(Buffer.from('第一页\r\n\f第二页')).text).toBe('第一页\n\f第二页');
  });
  test('NUL bytes are removed and reported as TEXT_NUL_BYTES', async () => {
    const bytes = Buffer.concat([Buffer.from(REPORT_TEXT.slice(0, 20)), Buffer.alloc(3), Buffer.from(REPORT_TEXT.slice(20)), Buffer.alloc(2000)]);
    const report = await processFile(write('nul.txt', bytes));
    const finding = report.findings.find((f) => f.code === 'TEXT_NUL_BYTES');
    expect(finding?.evidence?.count).toBe(2003);
  });
  test('invalid UTF-8 sequences → decoded with replacement and a TEXT_INVALID_BYTES finding', async () => {
    const utf8 = Buffer.from(REPORT_TEXT);
    // Cut one 3-byte character in half, twice: valid UTF-8 around it.
    const bytes = Buffer.concat([utf8.subarray(0, 7), utf8.subarray(8, 40), utf8.subarray(41)]);
    const decoded = decodeText(bytes);
    expect(decoded.invalidBytes).toBe(true);
    const report = await processFile(write('invalid.txt', bytes));
    const finding = report.findings.find((f) => f.code === 'TEXT_INVALID_BYTES');
    expect(finding?.severity).toBe('warning');
    expect(finding?.evidence?.count).toBe(decoded.invalidCount);
  });
  test('full-width digits and punctuation in numbers do not crash anything', async () => {
    const text = REPORT_TEXT.replace('372.65', '３７２．６５').replace('372.65', '１,２３４．５６');
    const report = await processFile(write('fullwidth.txt', text));
    expect(Report.parse(report).source.format).toBe('txt');
  });
});

describe('error records and terminal output', () => {
  test('unknown errors → INTERNAL with a one-line message and no stack', () => {
    const error = new TypeError('x is undefined\n    at foo (a.ts:1:1)');
    const record = ErrorRecord.parse(toErrorRecord(error, 'a.txt'));
    expect(record.code).toBe('INTERNAL');
    expect(record.message).not.toContain('\n');
    expect(record.message).not.toContain(' at ');
  });
  test('stack overflow → INPUT_TOO_COMPLEX; zod failure → SCHEMA_INVALID', () => {
    let overflow: unknown;
    const recurse = (n: number): number => recurse(n + 1) + 1;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(toErrorRecord(overflow, 'a.md').code).toBe('INPUT_TOO_COMPLEX');
    const zod = Report.safeParse({});
    expect(toErrorRecord(zod.error, 'a.txt').code).toBe('SCHEMA_INVALID');
  });
  test('formatError shows a stack only with debug', async () => {
    const error = await processFile(join(dir, 'missing.txt')).catch((e: unknown) => e);
    const plain = formatError(error, { file: 'missing.txt' });
    expect(plain).toMatch(/^missing\.txt: INPUT_NOT_FOUND: /);
    expect(plain).toContain('hint:');
    expect(plain).not.toMatch(/\n\s+at /);
    expect(formatError(error, { file: 'missing.txt', debug: true })).toMatch(/\n\s+at /);
  });
});
