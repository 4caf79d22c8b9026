import { z } from 'zod';
import { COLUMN_VOCABULARY } from './vocabulary/column-keys.ts';
import { SECTION_VOCABULARY } from './vocabulary/section-keys.ts';
import { SIDE_VOCABULARY } from './vocabulary/side-keys.ts';
import { TABLE_VOCABULARY } from './vocabulary/table-keys.ts';

type Keys<T extends readonly { key: string }[]> = [T[number]['key'], ...T[number]['key'][]];
const keysOf = <T extends readonly { key: string }[]>(vocab: T) => vocab.map((entry) => entry.key) as Keys<T>;

/** A canonical table key, e.g. `income_expenditure_summary`. */
export const TableKey = z.enum(keysOf(TABLE_VOCABULARY)).meta({ id: 'TableKey', description: 'Canonical table key (see vocabulary/table-keys.ts for Chinese aliases).' });
export type TableKey = z.infer<typeof TableKey>;

/** A canonical column key, e.g. `basic`. */
export const ColumnKey = z.enum(keysOf(COLUMN_VOCABULARY)).meta({ id: 'ColumnKey', description: 'Canonical column key (see vocabulary/column-keys.ts).' });
export type ColumnKey = z.infer<typeof ColumnKey>;

/** A side of a multi-sided table, e.g. `income` / `expenditure`. */
export const SideKey = z.enum(keysOf(SIDE_VOCABULARY)).meta({ id: 'SideKey', description: 'Side of a multi-sided table.' });
export type SideKey = z.infer<typeof SideKey>;

/** A canonical section key, e.g. `three_public_expenses`. */
export const SectionKey = z.enum(keysOf(SECTION_VOCABULARY)).meta({ id: 'SectionKey', description: 'Canonical section key (see vocabulary/section-keys.ts).' });
export type SectionKey = z.infer<typeof SectionKey>;
