import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { withPdf } from '../src/lib/pdf/pdfjs-adapter.ts';
import { PdfError } from '../src/lib/pdf/pdf-error.ts';

const file = fileURLToPath(new URL('../../../corpus/p15a_2026_budget_beijing_data-bureau_narrative_imageonly.pdf', import.meta.url));
const pdf = (): Uint8Array => new Uint8Array(readFileSync(file));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(PdfError);
    return (error as PdfError).code;
  }
}

describe('withPdf', () => {
  afterEach(() => vi.restoreAllMocks());

  test('should refuse inputs over the limits and unparsable bytes with stable codes', async () => {
    expect(await codeOf(withPdf(pdf(), async () => 1, { maxBytes: 10 }))).toBe('INPUT_TOO_LARGE');
    expect(await codeOf(withPdf(pdf(), async () => 1, { maxPages: 3 }))).toBe('PDF_TOO_MANY_PAGES');
    expect(await codeOf(withPdf(new TextEncoder().encode('%PDF-1.4\nnot a pdf\n'), async () => 1))).toBe('PDF_CORRUPT');
  });

  test('should read images of a scanned page and print nothing to the console', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((name) => vi.spyOn(console, name));
    const result = await withPdf(pdf(), async (doc) => ({ pages: doc.pageCount, text: await doc.readText(1), graphics: await doc.readGraphics(1) }));
    expect(result.pages).toBe(8);
    expect(result.text.items).toEqual([]);
    expect(result.graphics.images).toBe(1);
    expect(result.graphics.imageArea / (result.text.width * result.text.height)).toBeGreaterThan(0.9);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('should leave the engine\'s push, JSON.stringify and JSON.parse in place after pdf.js loaded its polyfills', () => {
    // A fresh realm's toString: the polyfills patch this realm's to look native.
    const source = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
    for (const fn of [Array.prototype.push, JSON.stringify, JSON.parse]) expect(source.call(fn)).toMatch(/\[native code\]\s*\}$/);
  });
});
