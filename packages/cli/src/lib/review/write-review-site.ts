import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { Report } from '@budgetdoc/schema';
import { readSourceView } from './read-source-view.ts';
import { renderIndexPage } from './render-index-page.ts';
import { renderPdfPages } from './render-pdf-pages.ts';
import { renderReportPage } from './render-report-page.ts';
import { REVIEW_CSS } from './review-styles.ts';
import { type ReportSummary, summarizeReport } from './summarize-report.ts';

/** Options of {@link writeReviewSite}. */
export interface ReviewSiteOptions {
  /** Render PDF pages to images with pdftoppm. */
  readonly render?: boolean;
  /** Folder the report source paths are relative to (default: try the cwd, then the out folder's parent). */
  readonly sourceRoot?: string;
  /** For PDFs, rebuild source rows from the report instead of reading each PDF again. */
  readonly quick?: boolean;
  /** Progress messages. */
  readonly log?: (message: string) => void;
}

/** What {@link writeReviewSite} wrote. */
export interface ReviewSiteResult {
  readonly dir: string;
  readonly reports: readonly ReportSummary[];
  readonly failures: readonly { file: string; reason: string }[];
}

/**
 * Write the static review site for an extract output folder into
 * `<out>/review/`: `index.html`, `style.css` and one `<id>.html` per report
 * (plus `pages/<id>/` images with `render`). Reports are read, rendered and
 * dropped one at a time, so memory stays flat on large batches; only the
 * small summaries are kept for the index.
 * @param outDir the folder `budgetdoc extract --out` wrote
 * @param options rendering and path options
 * @returns the review folder and what it contains
 * @example await writeReviewSite('out')
 */
export async function writeReviewSite(outDir: string, options: ReviewSiteOptions = {}): Promise<ReviewSiteResult> {
  const dir = join(outDir, 'review');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'style.css'), REVIEW_CSS);
  const names = (await readdir(outDir)).filter((name) => name.endsWith('.json')).sort();
  const reports: ReportSummary[] = [];
  const failures: { file: string; reason: string }[] = [];
  for (const name of names) {
    let report: Report;
    try {
      const json: unknown = JSON.parse(await readFile(join(outDir, name), 'utf8'));
      // Other JSON files of the out folder (run state, …) are not reports: skip them quietly.
      if (!json || typeof json !== 'object' || !('schemaVersion' in json) || !('tables' in json)) continue;
      report = Report.parse(json);
    } catch (error) {
      failures.push({ file: name, reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
      continue;
    }
    const page = `${safeName(report.id)}.html`;
    const sourcePath = findSource(report.source.file, outDir, options.sourceRoot);
    const source = await readSourceView(sourcePath, report, { rebuildPdfRows: options.quick === true });
    let pageImages: Map<number, string> | undefined;
    if (options.render && report.source.format === 'pdf' && sourcePath) {
      const images = await renderPdfPages(sourcePath, join(dir, 'pages', safeName(report.id)));
      if (images) pageImages = new Map([...images].map(([n, file]) => [n, `pages/${encodeURIComponent(safeName(report.id))}/${file}`]));
      else options.log?.(`${report.id}: pdftoppm not available or failed; showing text rows`);
    }
    await writeFile(join(dir, page), renderReportPage(report, source, pageImages ? { pageImages } : {}));
    reports.push(summarizeReport(report, page));
    options.log?.(`${report.id}: ${page}`);
  }
  await writeFile(join(dir, 'index.html'), renderIndexPage(reports, failures));
  return { dir, reports, failures };
}

/** Where the source file is now: as recorded (absolute or from the cwd), under --source-root, or next to the out folder. */
function findSource(file: string, outDir: string, sourceRoot: string | undefined): string | null {
  const candidates = isAbsolute(file) ? [file] : [...(sourceRoot ? [resolve(sourceRoot, file)] : []), resolve(file), resolve(outDir, '..', file)];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** A report id as a file name: ids come from input file names, which may hold characters URLs and file systems dislike. */
function safeName(id: string): string {
  return id.replace(/[\\/:*?"<>|#%\u0000-\u001f]/g, '_');
}
