import { type Report, SCHEMA_VERSION } from '@budgetdoc/schema';
import type { ExtractInput } from './extract-input.ts';

export interface PdfExtractOptions {
  readonly maxPages?: number;
}

/**
 * PDF report → Report. Stub until issue 3.
 * @example await extractPdf(bytes, { id, file, sha256, bytes: bytes.length })
 */
export async function extractPdf(_data: Uint8Array, input: ExtractInput, _options: PdfExtractOptions = {}): Promise<Report> {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    source: { file: input.file, sha256: input.sha256, format: 'pdf', encoding: null, pages: 0, pagesWithoutText: [], bytes: input.bytes },
    meta: { unit: null, year: null, kind: null, scope: null, moneyUnit: null },
    sections: [],
    paragraphs: [],
    tables: [],
    performance: [],
    figures: [],
    findings: [],
  };
}
