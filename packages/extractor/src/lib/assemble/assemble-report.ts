import type { Report } from '@budgetdoc/schema';
import type { ExtractInput } from '../extract-input.ts';
import type { SourceLine } from '../source-line.ts';

/** Why a line became what it became: the debug view (`budgetdoc inspect`) prints these. */
export interface LineTrace {
  readonly page: number;
  readonly line: number;
  readonly role: 'heading' | 'toc' | 'prose' | 'table-title' | 'table-meta' | 'table-header' | 'table-row' | 'table-note' | 'page-break' | 'blank' | 'ignored' | 'performance';
  /** Table id or section index the line belongs to. */
  readonly owner?: string;
  /** Short reason, e.g. "numbering 一、 level 2" or "3 numeric cells under header of t03". */
  readonly detail?: string;
}

export interface AssembleInput extends ExtractInput {
  readonly format: 'txt' | 'md' | 'pdf';
  readonly encoding: string | null;
  readonly pages: number;
  readonly pagesWithoutText: readonly number[];
}

export interface AssembleOptions {
  readonly trace?: (event: LineTrace) => void;
}

/**
 * Lines of any input format → Report (keys left null for the normalizer).
 * Stub until issue 2 lands.
 */
export function assembleReport(_lines: readonly SourceLine[], _input: AssembleInput, _options: AssembleOptions = {}): Report {
  throw new Error('assembleReport: not implemented yet');
}
