import type { Provenance } from '@budgetdoc/schema';

/**
 * Anchor id of a source line in a review page: `L123` for text input (lines
 * are numbered through the whole file), `P3-L12` for a text row of a PDF page
 * (rows are numbered per page). Pages themselves are `P3`.
 * @param format the report's source format
 * @param place page and line of the provenance
 * @returns the element id, without `#`
 * @example sourceAnchor('txt', { page: 1, line: 123 }) // 'L123'
 */
export function sourceAnchor(format: string, place: Pick<Provenance, 'page' | 'line'>): string {
  return format === 'pdf' ? `P${place.page}-L${place.line}` : `L${place.line}`;
}

/**
 * Anchor id of a page (`P3`).
 * @param page 1-based page
 * @returns the element id, without `#`
 * @example pageAnchor(3) // 'P3'
 */
export function pageAnchor(page: number): string {
  return `P${page}`;
}
