import type { PerformanceTable, Table } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';

/** Context the assembler passes along with a performance table's lines. */
export interface PerformanceContext {
  readonly file: string;
  /** Id to give the generic table, e.g. "t12". */
  readonly tableId: string;
  /** The printed title line(s) already recognised by the assembler. */
  readonly title: string;
  readonly titleLine: SourceLine;
}

/**
 * Lines of one performance table (绩效自评表 / 绩效目标表), from its title to
 * the line before the next table or heading → the generic table and the
 * structured indicator tree. Returns null if the lines are not one.
 * Stub until issue 8.
 */
export function parsePerformanceTable(_lines: readonly SourceLine[], _context: PerformanceContext): { table: Table; performance: PerformanceTable } | null {
  return null;
}
