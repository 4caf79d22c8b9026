import type { LineTrace } from '@budgetdoc/extractor';

/** Roles the assembler gives lines (heading, toc, prose, table-title, …). */
export type LineRole = LineTrace['role'];

/**
 * Why one line became what it became: the extractor's `LineTrace`, or the
 * same read back from a report's provenance when no trace is available.
 */
export type LineDecision = LineTrace;
