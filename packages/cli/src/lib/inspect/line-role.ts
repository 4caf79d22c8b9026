/** Roles the assembler gives lines (mirrors the extractor's `LineTrace`). */
export type LineRole = 'heading' | 'toc' | 'prose' | 'table-title' | 'table-meta' | 'table-header' | 'table-row' | 'table-note' | 'page-break' | 'blank' | 'ignored' | 'performance';

/** Why one line became what it became. Structural twin of the extractor's `LineTrace`. */
export interface LineDecision {
  readonly page: number;
  readonly line: number;
  readonly role: LineRole;
  /** Table id (`t03`) or section index (`s2`) the line belongs to. */
  readonly owner?: string;
  /** The extractor's reason, plus what the normalizer decided (keys). */
  readonly detail?: string;
}
