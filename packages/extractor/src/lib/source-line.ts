import type { Box } from '@budgetdoc/schema';

/**
 * The extractor's intermediate form, shared by every input format: a page of
 * lines, each split into cells. Text input fills it from tabs or runs of
 * spaces; PDF input from text-item positions and ruling lines. Table
 * assembly works on this form only, so a layout rule is written once.
 */
export interface SourceCell {
  /** Cell text as printed (no surrounding whitespace). */
  readonly text: string;
  /** Start position: character column for text, x in points for PDF. */
  readonly start: number;
  /** End position (exclusive), same unit as start. */
  readonly end: number;
  /** PDF box of the cell's text, when known. */
  readonly box?: Box;
  /**
   * Set on an empty cell of a ruled table that lies inside a merged cell
   * printed on an earlier line (a label centred over several rows): that
   * cell's text. The rules make the membership exact; only ruled PDF grids
   * set it.
   */
  readonly mergedText?: string;
}

export interface SourceLine {
  /** 1-based page. */
  readonly page: number;
  /** 1-based source line (text) or text row on the page (PDF). */
  readonly line: number;
  /** The whole line as printed. */
  readonly text: string;
  /** Cells in reading order; empty cells are kept for tab-separated and ruled input. */
  readonly cells: readonly SourceCell[];
  /**
   * How the cells were found: tabs, runs of spaces, Markdown table pipes, PDF
   * geometry. Grid lines of space-aligned text tables re-split at inferred
   * columns (empty cells kept) are 'tab': they are read exactly like tab lines.
   */
  readonly split: 'tab' | 'spaces' | 'pipe' | 'pdf' | 'none';
  /** PDF box of the whole line. */
  readonly box?: Box;
  /** Set on lines of a ruled PDF table: cell boundaries come from the rules, merged cells start at their first position. */
  readonly ruled?: true;
}
