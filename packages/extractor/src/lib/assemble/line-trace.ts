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
