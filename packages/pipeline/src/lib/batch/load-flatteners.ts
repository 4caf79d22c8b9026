import type { Report } from '@budgetdoc/schema';
import { CELLS_HEADER, TABLES_HEADER, cellRecords, tableRecords } from '../flatten.ts';

/** A flat record: one CSV row / JSONL line. */
export type FlatRecord = Readonly<Record<string, unknown>>;

/** One aggregate output (`<name>.csv` + `<name>.jsonl`): its header and how a report flattens into it. */
export interface Flattener {
  readonly name: string;
  readonly header: readonly string[];
  readonly records: (report: Report) => readonly FlatRecord[];
}

/** Flatteners other modules add when they exist: `[output name, module, header export, records export]`. */
const OPTIONAL: readonly (readonly [string, string, string, string])[] = [
  ['findings', '../flatten-findings.ts', 'FINDINGS_HEADER', 'findingRecords'],
  ['indicators', '../flatten-indicators.ts', 'INDICATORS_HEADER', 'indicatorRecords'],
];

/**
 * The aggregate outputs of a batch: `cells` and `tables` always, `findings`
 * and `indicators` when their flatten modules are present.
 * @returns flatteners in output order
 * @example (await loadFlatteners()).map((f) => f.name) // ['cells', 'tables', 'findings', 'indicators']
 */
export async function loadFlatteners(): Promise<Flattener[]> {
  const flatteners: Flattener[] = [
    { name: 'cells', header: CELLS_HEADER, records: cellRecords },
    { name: 'tables', header: TABLES_HEADER, records: tableRecords },
  ];
  for (const [name, path, headerName, recordsName] of OPTIONAL) {
    const module = await importOptional(new URL(path, import.meta.url).href);
    const header = module?.[headerName];
    const records = module?.[recordsName];
    if (Array.isArray(header) && typeof records === 'function') flatteners.push({ name, header, records: records as Flattener['records'] });
  }
  return flatteners;
}

/** Import a module that may not exist yet; other load errors propagate. */
async function importOptional(href: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || (error instanceof Error && /Cannot find module|Failed to load url/i.test(error.message))) return undefined;
    throw error;
  }
}
