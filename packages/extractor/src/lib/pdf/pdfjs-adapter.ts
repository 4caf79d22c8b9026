/**
 * The only module that imports pdf.js. Everything else in the extractor sees
 * our own types: positioned text items, ruling segments and image counts, in
 * page points with the origin at the bottom-left of the page as displayed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// Must stay the first import from this package's modules: it keeps the engine's built-ins before pdf.js replaces them.
import { restoreNativeBuiltins } from './native-builtins.ts';
import { AnnotationMode, getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The worker module runs in this thread (pdf.js's "fake worker" in Node). Loading it here rather than lazily on the
// first getDocument lets its polyfills be undone below, together with the main module's.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { PdfError } from './pdf-error.ts';
import { readGraphics, type PageGraphics, type Matrix } from './read-graphics.ts';

restoreNativeBuiltins();

/** A run of text as pdf.js reports it, placed on the page. */
export interface PositionedText {
  readonly str: string;
  /** Left edge in points. */
  readonly x: number;
  /** Baseline (horizontal text) or bottom edge (rotated text), in points from the page bottom. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly hasEOL: boolean;
  /** True when the run is not written left-to-right horizontally (vertical headers, rotated stamps). */
  readonly rotated: boolean;
}

/** One page's text. */
export interface PageText {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PositionedText[];
}

/** Limits that protect a batch from hostile or huge inputs. */
export interface PdfLimits {
  /** Maximum input size in bytes (default 200 MB). */
  readonly maxBytes?: number;
  /** Maximum page count (default 2000). */
  readonly maxPages?: number;
}

/** An open PDF: page count and on-demand page readers. */
export interface PdfHandle {
  readonly pageCount: number;
  /** Text items of a page (cheap: no images are decoded). */
  readText(page: number): Promise<PageText>;
  /** Ruling segments and images of a page (costlier: runs the operator list). */
  readGraphics(page: number): Promise<PageGraphics>;
}

export type { PageGraphics, Segment } from './read-graphics.ts';

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
const DEFAULT_MAX_PAGES = 2000;

/** Directory of the installed pdfjs-dist package, with a trailing slash when joined below. */
function pdfjsRoot(): string {
  // Resolved from the installed package so pdf.js never fetches CMaps or fonts over the network.
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

interface ResourcePaths {
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly wasmUrl: string;
  readonly iccUrl: string;
}

let resources: ResourcePaths | undefined;
function resourcePaths(): ResourcePaths {
  // Note: in Node pdf.js reads these with fs.readFile, so they are file paths, with a trailing slash.
  // The wasm decoders (JPEG 2000 in scans) and ICC profiles come from the package too, never the network.
  const root = pdfjsRoot();
  resources ??= { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/`, wasmUrl: `${join(root, 'wasm')}/`, iccUrl: `${join(root, 'iccs')}/` };
  return resources;
}

function classifyLoadError(error: unknown): PdfError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'PasswordException') return new PdfError('PDF_ENCRYPTED', `PDF is password-protected: ${message}`, { cause: error });
  if (/truncat|unexpected end|startxref/i.test(message)) return new PdfError('PDF_TRUNCATED', `PDF is truncated: ${message}`, { cause: error });
  return new PdfError('PDF_CORRUPT', `PDF cannot be parsed: ${message}`, { cause: error });
}

/** Display matrix of a page: user space → points with origin bottom-left of the page as shown (rotation applied). */
function displayMatrix(page: PDFPageProxy): { matrix: Matrix; width: number; height: number } {
  const viewport = page.getViewport({ scale: 1 });
  const [a, b, c, d, e, f] = viewport.transform as [number, number, number, number, number, number];
  // The viewport maps to a y-down canvas; flip it back to y-up.
  return { matrix: [a, -b, c, -d, e, viewport.height - f], width: viewport.width, height: viewport.height };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

async function pageText(page: PDFPageProxy, pageNo: number): Promise<PageText> {
  const { matrix, width, height } = displayMatrix(page);
  const content = await page.getTextContent({ disableNormalization: false });
  const items: PositionedText[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const [ta = 0, tb = 0, tc = 0, td = 0, te = 0, tf = 0] = raw.transform as number[];
    // Direction of the text run and its "up" vector, both in display space.
    const [dx, dy] = apply([matrix[0], matrix[1], matrix[2], matrix[3], 0, 0], ta, tb);
    const [ux, uy] = apply([matrix[0], matrix[1], matrix[2], matrix[3], 0, 0], tc, td);
    const [ox, oy] = apply(matrix, te, tf);
    const fontSize = Math.hypot(ux, uy) || raw.height;
    const horizontal = Math.abs(dy) <= Math.abs(dx) * 0.05 && dx > 0 && uy > 0;
    if (horizontal) {
      items.push({ str: raw.str, x: ox, y: oy, width: raw.width, height: raw.height, fontSize, hasEOL: raw.hasEOL, rotated: false });
      continue;
    }
    // Rotated run: report its axis-aligned box (origin, end along the run, top along "up").
    const len = Math.hypot(dx, dy) || 1;
    const ex = ox + (dx / len) * raw.width;
    const ey = oy + (dy / len) * raw.width;
    const upLen = Math.hypot(ux, uy) || 1;
    const hx = (ux / upLen) * raw.height;
    const hy = (uy / upLen) * raw.height;
    const xs = [ox, ex, ox + hx, ex + hx];
    const ys = [oy, ey, oy + hy, ey + hy];
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    items.push({ str: raw.str, x: x0, y: y0, width: Math.max(...xs) - x0, height: Math.max(...ys) - y0, fontSize, hasEOL: raw.hasEOL, rotated: true });
  }
  return { page: pageNo, width, height, items };
}

async function pageGraphics(page: PDFPageProxy): Promise<PageGraphics> {
  const { matrix } = displayMatrix(page);
  // Annotations (links, form widgets) draw no table rules; skipping them saves their appearance streams.
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  return readGraphics(list.fnArray, list.argsArray, matrix, OPS);
}

/**
 * Open a PDF, run `fn` with a handle, and always release the document.
 * @param bytes the PDF file content (copied: pdf.js takes ownership of what it is given)
 * @param fn work to do with the open document
 * @param limits size and page limits
 * @returns what `fn` returns
 * @throws PdfError with code INPUT_TOO_LARGE, PDF_TOO_MANY_PAGES, PDF_NO_PAGES, PDF_ENCRYPTED, PDF_TRUNCATED or PDF_CORRUPT
 * @example const pages = await withPdf(bytes, async (pdf) => pdf.pageCount)
 */
export async function withPdf<T>(bytes: Uint8Array, fn: (pdf: PdfHandle) => Promise<T>, limits: PdfLimits = {}): Promise<T> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new PdfError('INPUT_TOO_LARGE', `PDF has ${bytes.length} bytes, limit is ${maxBytes}`);
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...resourcePaths(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw classifyLoadError(error);
    }
    const maxPages = limits.maxPages ?? DEFAULT_MAX_PAGES;
    if (doc.numPages === 0) throw new PdfError('PDF_NO_PAGES', 'PDF has no pages');
    if (doc.numPages > maxPages) throw new PdfError('PDF_TOO_MANY_PAGES', `PDF has ${doc.numPages} pages, limit is ${maxPages}`);
    // Only the page being read is kept open: pages are read in order, and cleanup frees their parsed resources.
    let current: { n: number; page: PDFPageProxy } | undefined;
    const getPage = async (n: number): Promise<PDFPageProxy> => {
      if (current?.n === n) return current.page;
      current?.page.cleanup();
      current = { n, page: await doc.getPage(n) };
      return current.page;
    };
    return await fn({
      pageCount: doc.numPages,
      readText: async (n) => pageText(await getPage(n), n),
      readGraphics: async (n) => pageGraphics(await getPage(n)),
    });
  } finally {
    await task.destroy();
  }
}

/**
 * Raw pdf.js text extraction over every page, for benchmarks: the baseline the
 * pipeline is measured against.
 * @param bytes the PDF file content
 * @returns number of pages and text items read
 * @example const { pages } = await rawTextExtraction(bytes)
 */
export async function rawTextExtraction(bytes: Uint8Array): Promise<{ pages: number; items: number }> {
  const task = getDocument({ data: new Uint8Array(bytes), ...resourcePaths(), cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    return { pages: doc.numPages, items };
  } finally {
    await task.destroy();
  }
}
