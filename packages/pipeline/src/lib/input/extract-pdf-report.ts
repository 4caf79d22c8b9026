import { extractPdf, type ExtractInput } from '@budgetdoc/extractor';
import type { Report } from '@budgetdoc/schema';
import { classifyPdfError } from './classify-pdf-error.ts';
import type { InputLimits } from './input-limits.ts';

/**
 * PDF bytes (from the `%PDF-` header on) → extracted report, with every
 * failure mapped to a stable code by {@link classifyPdfError}. Junk before
 * the header (HTTP headers, a BOM) is reported as a finding.
 * @param pdf the PDF bytes starting at `%PDF-`
 * @param offset bytes of junk that preceded the header in the file
 * @param identity id, file, sha256 and size of the whole input
 * @param limits page and size limits
 * @returns the extracted (not yet normalized) report
 * @throws InputError PDF_CORRUPT, PDF_TRUNCATED, PDF_ENCRYPTED, PDF_NO_PAGES, PDF_TOO_MANY_PAGES, INPUT_TOO_LARGE, INTERNAL, …
 * @example await extractPdfReport(input.bytes, input.offset, identity, DEFAULT_INPUT_LIMITS)
 */
export async function extractPdfReport(pdf: Uint8Array, offset: number, identity: ExtractInput, limits: Pick<InputLimits, 'maxPages' | 'maxBytes'>): Promise<Report> {
  let report: Report;
  try {
    report = await extractPdf(pdf, identity, { maxPages: limits.maxPages, maxBytes: limits.maxBytes });
  } catch (error) {
    throw classifyPdfError(error);
  }
  if (offset === 0) return report;
  return {
    ...report,
    findings: [
      { code: 'PDF_LEADING_JUNK', severity: 'info', source: 'pipeline', message: `${offset} bytes before the %PDF- header were skipped`, where: {}, evidence: { bytes: offset } },
      ...report.findings,
    ],
  };
}
