/**
 * Property tests (issue 7): mutated corpus text never crashes the pipeline,
 * always yields a schema-valid report, and never yields a number that is not
 * printed in the input. Runs are bounded for CI; explore with
 * `FC_RUNS=500 FC_SEED=… npx vitest run tests/property`.
 */
import { readFileSync } from 'node:fs';
import { processBytes, toErrorRecord } from '@budgetdoc/pipeline';
import { Report } from '@budgetdoc/schema';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPdf } from './fixtures/bad-input/build-pdf.ts';
import { encodeLegacy } from './fixtures/bad-input/encode-legacy.ts';
import { manifest, repoRoot } from './helpers/corpus.ts';

const RUNS = Number(process.env.FC_RUNS ?? 40);
// Fixed by default so CI is deterministic; a failure prints its seed and path for replay.
const SEED = process.env.FC_SEED === undefined ? 20_261_122 : Number(process.env.FC_SEED);

const files = manifest.filter((e) => e.format === 'txt').map((e) => readFileSync(`${repoRoot}corpus/${e.file}`, 'utf8').split(/\r?\n/));
/** Lines that start or carry a table: titles ending in 表, or rows with two or more amounts. */
const anchors = files.map((lines) => lines.flatMap((line, i) => (/表\s*$/.test(line) || (line.match(/\d+\.\d{2}/g)?.length ?? 0) >= 2 ? [i] : [])));

type Mutation = (lines: string[]) => string[];

const at = <T>(list: readonly T[], n: number): number => (list.length === 0 ? 0 : n % list.length);

const deleteLine = fc.nat().map((n): Mutation => (lines) => lines.filter((_, i) => i !== at(lines, n)));
const deleteSpan = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 12 })).map(
  ([n, start, len]): Mutation =>
    (lines) =>
      lines.map((line, i) => (i === at(lines, n) ? line.slice(0, start % (line.length + 1)) + line.slice((start % (line.length + 1)) + len) : line)),
);
const insertBreak = fc.tuple(fc.nat(), fc.nat()).map(
  ([n, pos]): Mutation =>
    (lines) =>
      lines.flatMap((line, i) => (i === at(lines, n) ? [line.slice(0, pos % (line.length + 1)), line.slice(pos % (line.length + 1))] : [line])),
);
const tabsToSpaces = fc.integer({ min: 1, max: 4 }).map((width): Mutation => (lines) => lines.map((line) => line.replaceAll('\t', ' '.repeat(width))));
const changeDigit = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })).map(([n, digit]): Mutation => (lines) => {
  const text = lines.join('\n');
  const positions = [...text.matchAll(/\d/g)].map((m) => m.index);
  if (positions.length === 0) return lines;
  const p = positions[n % positions.length] ?? 0;
  return (text.slice(0, p) + String(digit) + text.slice(p + 1)).split('\n');
});
const shuffleBlock = fc.tuple(fc.nat(), fc.integer({ min: 2, max: 8 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })).map(
  ([n, size, keys]): Mutation =>
    (lines) => {
      // Rows of a table swap places: a block of consecutive lines, permuted.
      const start = at(lines, n);
      const block = lines.slice(start, start + size);
      const order = block.map((line, i) => ({ line, key: keys[i] ?? 0 })).sort((a, b) => a.key - b.key);
      return [...lines.slice(0, start), ...order.map((o) => o.line), ...lines.slice(start + size)];
    },
);
const fullWidthDigits = fc.nat().map((n): Mutation => (lines) => lines.map((line, i) => (i === at(lines, n) ? line.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : line)));

const mutation = fc.oneof(deleteLine, deleteSpan, insertBreak, tabsToSpaces, changeDigit, shuffleBlock, fullWidthDigits);

/** A window of a corpus text around a table, as lines. */
const snippet = fc.record({ file: fc.nat(), anchor: fc.nat(), before: fc.integer({ min: 0, max: 6 }), length: fc.integer({ min: 5, max: 70 }) }).map(({ file, anchor, before, length }) => {
  const f = file % files.length;
  const lines = files[f] ?? [];
  const marks = anchors[f] ?? [];
  const start = Math.max(0, (marks[anchor % Math.max(1, marks.length)] ?? 0) - before);
  return lines.slice(start, start + length);
});

/** Input text reduced to what a printed number can be compared with: ASCII digits, no separators or spaces. */
function comparable(text: string): string {
  return text.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，、]/g, '');
}

/** Numbers of table cells that do not occur in the input (modulo separators, spaces and a leading 0 of "0.5"). */
function unprintedNumbers(report: Report, input: string): string[] {
  const haystack = comparable(input);
  const missing: string[] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' && cell.value.kind !== 'percent') continue;
        const digits = cell.value.value.replace(/^-/, '');
        if (haystack.includes(digits) || (digits.startsWith('0.') && haystack.includes(digits.slice(1)))) continue;
        missing.push(`${table.id}/${row.name}/${cell.column}: ${cell.value.value} (printed ${JSON.stringify(cell.value.printed)})`);
      }
    }
  }
  return missing;
}

/** Numbers of table cells not printed on the source lines their provenance cites (text input: global line numbers). */
function misplacedNumbers(report: Report, input: string): string[] {
  const lines = input.split('\n');
  const missing: string[] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' && cell.value.kind !== 'percent') continue;
        const cited = comparable(lines.slice(cell.prov.line - 1, cell.prov.lineEnd ?? cell.prov.line).join(''));
        const digits = cell.value.value.replace(/^-/, '');
        if (cited.includes(digits) || (digits.startsWith('0.') && cited.includes(digits.slice(1)))) continue;
        missing.push(`${table.id}/${row.name}/${cell.column}: ${cell.value.value} cited at line ${cell.prov.line}${cell.prov.lineEnd ? `-${cell.prov.lineEnd}` : ''}`);
      }
    }
  }
  return missing;
}

async function check(text: string): Promise<void> {
  if (text.trim() === '') {
    // Nothing printed at all is the one refusal a text input may get.
    await expect(processBytes(Buffer.from(text, 'utf8'), 'property.txt')).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
    return;
  }
  const report = await processBytes(Buffer.from(text, 'utf8'), 'property.txt');
  expect(Report.safeParse(report).success).toBe(true);
  expect(unprintedNumbers(report, text)).toEqual([]);
  expect(misplacedNumbers(report, text)).toEqual([]);
}

describe('mutated corpus text', () => {
  test('snippets around tables: never throws, schema-valid, no unprinted numbers', async () => {
    await fc.assert(
      fc.asyncProperty(snippet, fc.array(mutation, { minLength: 1, maxLength: 6 }), async (lines, mutations) => {
        await check(mutations.reduce((acc, m) => m(acc), lines).join('\n'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('whole files with a few mutations: never throws, schema-valid, no unprinted numbers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (file, mutations) => {
        await check(mutations.reduce((acc, m) => m(acc), files[file % files.length] ?? []).join('\n'));
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 5)), seed: SEED },
    );
  });

  test('unmutated corpus texts satisfy the properties too (numbers printed on the cited lines)', async () => {
    for (const lines of files) await check(lines.join('\n'));
  });

  test('encoding and line endings do not change the tables (UTF-16, GB18030, CRLF, CR, BOM)', async () => {
    const variants: Record<string, (text: string) => Buffer> = {
      crlf: (t) => Buffer.from(t.replaceAll('\n', '\r\n')),
      cr: (t) => Buffer.from(t.replaceAll('\n', '\r')),
      bom: (t) => Buffer.from(`\ufeff${t}`),
      utf16le: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      utf16beNoBom: (t) => Buffer.from(t, 'utf16le').swap16(),
      gb18030: (t) => encodeLegacy(t, 'gb18030'),
    };
    await fc.assert(
      fc.asyncProperty(snippet, fc.constantFrom(...Object.keys(variants)), async (lines, variant) => {
        const text = lines.join('\n');
        let bytes: Buffer;
        try {
          bytes = variants[variant]!(text);
        } catch {
          fc.pre(false); // a character GB18030 encodes with four bytes: not covered by the test encoder
          return;
        }
        const plain = await processBytes(Buffer.from(text), 'property.txt');
        const other = await processBytes(bytes, 'property.txt');
        expect(other.tables).toEqual(plain.tables);
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 2)), seed: SEED },
    );
  });
});

/** Process bytes; a failure must carry a specific code, never INTERNAL or SCHEMA_INVALID (those are bugs). */
async function expectResultOrSpecificError(bytes: Uint8Array, file: string): Promise<void> {
  try {
    const report = await processBytes(bytes, file);
    expect(Report.safeParse(report).success).toBe(true);
  } catch (error) {
    const record = toErrorRecord(error, file);
    expect(record.code, `${record.code}: ${record.message}`).not.toMatch(/^(INTERNAL|SCHEMA_INVALID)$/);
  }
}

describe('generated report-like text', () => {
  const token = fc.constantFrom('合计', '小计', '一般公共预算财政拨款支出决算表', '公开01表', '表', '单位：万元', '单位:元', '项目', '科目编码', '本年支出', '2080101', '208', '01', '行政运行', '一、', '（一）', '1.', '栏次', '1,234.56', '-12.50', '0.00', '.5', '１２３．４５', '100%', '3.5%', '—', '--', '', ' ', '  ', '\t', '|', '| --- |', '#', '> ', '- ', '\f', '第二部分', '2023年', '注：', '（', '）', '无');
  const line = fc.array(token, { maxLength: 12 }).map((tokens) => tokens.join(' '));

  test('random lines of report vocabulary: never throws, schema-valid, no unprinted numbers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 60 }), async (lines) => {
        await check(lines.join('\n'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('damaged bytes', () => {
  const pdf = buildPdf({ pages: [['2023 Budget', 'Total 1234.56', 'Basic 987.65'], ['Page two 17.00']] });

  test('PDF with bytes flipped, cut or inserted: a report or a specific error code, never a crash', async () => {
    const edit = fc.oneof(
      fc.tuple(fc.constant('flip' as const), fc.nat(), fc.integer({ min: 0, max: 255 })),
      fc.tuple(fc.constant('cut' as const), fc.nat(), fc.integer({ min: 1, max: 64 })),
      fc.tuple(fc.constant('insert' as const), fc.nat(), fc.integer({ min: 0, max: 255 })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        let bytes = Buffer.from(pdf);
        for (const [kind, at, value] of edits) {
          const p = at % bytes.length;
          if (kind === 'flip') bytes[p] = value;
          else if (kind === 'cut') bytes = Buffer.concat([bytes.subarray(0, p), bytes.subarray(p + value)]);
          else bytes = Buffer.concat([bytes.subarray(0, p), Buffer.from([value]), bytes.subarray(p)]);
        }
        await expectResultOrSpecificError(bytes, 'damaged.pdf');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('arbitrary bytes: a report or a specific error code, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        await expectResultOrSpecificError(bytes, 'random.txt');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
