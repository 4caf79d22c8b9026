import { type Report, SCHEMA_VERSION } from '@budgetdoc/schema';
import type { TextExtractInput } from './extract-input.ts';

/**
 * Text report → Report with sections, paragraphs, tables (keys left null for
 * the normalizer) and metadata. Pure: no I/O.
 * @param input decoded text and its identity
 * @returns the extracted report
 * @example extractText({ id: 'r', file: 'r.txt', sha256, bytes, text, encoding: 'utf-8', format: 'txt' })
 */
export function extractText(input: TextExtractInput): Report {
  // Stub: replaced by the text pipeline (issue 2).
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    source: { file: input.file, sha256: input.sha256, format: input.format, encoding: input.encoding, pages: 1, pagesWithoutText: [], bytes: input.bytes },
    meta: { unit: null, year: null, kind: null, scope: null, moneyUnit: null },
    sections: [],
    paragraphs: [],
    tables: [],
    performance: [],
    figures: [],
    findings: [],
  };
}
