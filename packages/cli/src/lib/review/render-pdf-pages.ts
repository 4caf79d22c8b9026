import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Render a PDF's pages to PNG with poppler's `pdftoppm` (optional tool; no
 * PDF library is loaded for this). Low resolution keeps a 300-report batch
 * small on disk.
 * @param pdf path of the PDF
 * @param dir folder for the images (created)
 * @param dpi resolution (default 60)
 * @returns image file names by page number, or null when pdftoppm is missing or fails
 * @example await renderPdfPages('a.pdf', 'out/review/pages/a')
 */
export async function renderPdfPages(pdf: string, dir: string, dpi = 60): Promise<Map<number, string> | null> {
  try {
    await mkdir(dir, { recursive: true });
    await run('pdftoppm', ['-r', String(dpi), '-png', pdf, join(dir, 'p')], { timeout: 120_000 });
  } catch {
    return null;
  }
  const pages = new Map<number, string>();
  for (const name of await readdir(dir)) {
    const match = /^p-0*(\d+)\.png$/.exec(name);
    if (match?.[1]) pages.set(Number(match[1]), name);
  }
  return pages;
}
