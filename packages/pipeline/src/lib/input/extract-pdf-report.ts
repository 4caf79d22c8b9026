import { extractPdf, type ExtractInput } from '@budgetdoc/extractor';
import type { Finding, Report } from '@budgetdoc/schema';
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
 * @param headerMissing the `%PDF-` header was damaged (recognised by structure), reported as a finding
 * @returns the extracted (not yet normalized) report
 * @throws InputError PDF_CORRUPT, PDF_TRUNCATED, PDF_ENCRYPTED, PDF_NO_PAGES, PDF_TOO_MANY_PAGES, INPUT_TOO_LARGE, INTERNAL, …
 * @example await extractPdfReport(input.bytes, input.offset, identity, DEFAULT_INPUT_LIMITS)
 */
export async function extractPdfReport(pdf: Uint8Array, offset: number, identity: ExtractInput, limits: Pick<InputLimits, 'maxPages' | 'maxBytes'>, headerMissing = false): Promise<Report> {
  let report: Report;
  try {
    report = await extractPdf(pdf, identity, { maxPages: limits.maxPages, maxBytes: limits.maxBytes });
  } catch (error) {
    throw classifyPdfError(error);
  }
  const findings: Finding[] = [];
  if (offset > 0) findings.push({ code: 'PDF_LEADING_JUNK', severity: 'info', source: 'pipeline', message: `${offset} bytes before the %PDF- header were skipped`, where: {}, evidence: { bytes: offset } });
  if (headerMissing) findings.push({ code: 'PDF_HEADER_MISSING', severity: 'warning', source: 'pipeline', message: 'the %PDF- header is damaged or missing; the file was read as a PDF by its structure', where: {} });
  return findings.length === 0 ? report : { ...report, findings: [...findings, ...report.findings] };
}
