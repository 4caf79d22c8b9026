import type { Report } from '@budgetdoc/schema';
import { CELLS_HEADER, TABLES_HEADER, cellRecords, tableRecords } from '../flatten.ts';
import { FINDINGS_HEADER, findingRecords } from '../flatten-findings.ts';
import { INDICATORS_HEADER, indicatorRecords } from '../flatten-indicators.ts';

/** A flat record: one CSV row / JSONL line. */
export type FlatRecord = Readonly<Record<string, unknown>>;

/** One aggregate output (`<name>.csv` + `<name>.jsonl`): its header and how a report flattens into it. */
export interface Flattener {
  readonly name: string;
  readonly header: readonly string[];
  readonly records: (report: Report) => readonly FlatRecord[];
}

/**
 * The aggregate outputs of a batch, in output order: cells, tables,
 * findings, indicators. A new flat output is one entry here.
 * @returns flatteners
 * @example (await loadFlatteners()).map((f) => f.name) // ['cells', 'tables', 'findings', 'indicators']
 */
export async function loadFlatteners(): Promise<Flattener[]> {
  return [
    { name: 'cells', header: CELLS_HEADER, records: cellRecords },
    { name: 'tables', header: TABLES_HEADER, records: tableRecords },
    { name: 'findings', header: FINDINGS_HEADER, records: findingRecords },
    { name: 'indicators', header: INDICATORS_HEADER, records: indicatorRecords },
  ];
}
