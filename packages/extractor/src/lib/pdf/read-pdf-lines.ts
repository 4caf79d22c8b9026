import type { Finding } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';
import { groupTextRows } from './group-text-rows.ts';
import { roundBox } from './join-cell-text.ts';
import { joinSplitCodeColumns } from './join-split-code-columns.ts';
import { needsRules } from './needs-rules.ts';
import { pageSourceLines } from './page-source-lines.ts';
import { tokensFromItems } from './page-token.ts';
import { withPdf, type PdfLimits } from './pdfjs-adapter.ts';

/** Everything the layout step gets out of a PDF. */
export interface PdfLines {
  readonly pages: number;
  /** 1-based pages with no text layer (scans, pages printed as images). */
  readonly pagesWithoutText: readonly number[];
  readonly lines: readonly SourceLine[];
  readonly findings: readonly Finding[];
  /** Pages whose operator list was read (for benchmarks and debugging). */
  readonly pagesWithRules: number;
}

/** A page with fewer visible characters than this has no usable text layer (a page number at most). */
const MIN_TEXT_CHARS = 20;
/** Share of the page an image must cover for a text-less page to count as a scan. */
const MIN_IMAGE_SHARE = 0.3;

/**
 * Read a PDF into source lines, page by page, and detect pages without a
 * text layer. The operator list (rules, images) is read only for pages that
 * look tabular or have (almost) no text.
 * @param bytes the PDF
 * @param limits size and page limits
 * @returns lines, text-less pages and findings about them
 * @example const { lines, pagesWithoutText } = await readPdfLines(bytes)
 */
export async function readPdfLines(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfLines> {
  return withPdf(
    bytes,
    async (pdf) => {
      const lines: SourceLine[] = [];
      const findings: Finding[] = [];
      const pagesWithoutText: number[] = [];
      let pagesWithRules = 0;
      for (let page = 1; page <= pdf.pageCount; page++) {
        let text: Awaited<ReturnType<typeof pdf.readText>>;
        try {
          text = await pdf.readText(page);
        } catch (error) {
          // One broken page (bad content stream, missing font) must not cost the rest of the report.
          findings.push({ code: 'PDF_PAGE_UNREADABLE', severity: 'error', source: 'extractor', message: `page ${page} could not be read: ${(error as Error).message}`, where: { page } });
          continue;
        }
        const tokens = tokensFromItems(text.items);
        const chars = tokens.reduce((sum, t) => sum + t.text.replace(/\s+/g, '').length, 0);
        const sparse = chars < MIN_TEXT_CHARS;
        const rows = groupTextRows(tokens);
        const graphics = sparse || needsRules(rows) ? await pdf.readGraphics(page).catch(() => undefined) : undefined;
        if (graphics) pagesWithRules++;
        if (sparse && graphics) {
          const share = graphics.imageArea / Math.max(1, text.width * text.height);
          if (graphics.images > 0 && share >= MIN_IMAGE_SHARE) {
            pagesWithoutText.push(page);
            findings.push({
              code: 'PDF_PAGE_NO_TEXT',
              severity: 'warning',
              source: 'extractor',
              message: `page ${page} has no text layer (${graphics.images} image(s) covering ${Math.round(Math.min(1, share) * 100)}% of the page); its content needs OCR`,
              where: { page },
              evidence: { images: graphics.images, imageShare: Math.round(Math.min(1, share) * 100) / 100, visibleChars: chars, box: roundBox(0, 0, text.width, text.height) },
            });
          } else if (chars === 0) {
            findings.push({ code: 'PDF_PAGE_BLANK', severity: 'info', source: 'extractor', message: `page ${page} has no text and no image`, where: { page }, evidence: { rules: graphics.segments.length } });
          }
        }
        lines.push(...pageSourceLines({ page, width: text.width, height: text.height, tokens, segments: graphics?.segments ?? [] }));
      }
      const joined = joinSplitCodeColumns(lines);
      return { pages: pdf.pageCount, pagesWithoutText, lines: joined.lines, findings: [...findings, ...joined.findings], pagesWithRules };
    },
    limits,
  );
}
