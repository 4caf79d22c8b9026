import { z } from 'zod';
import { ColumnKey, SideKey, TableKey } from './keys.ts';
import { Provenance } from './provenance.ts';
import { CellValue, MoneyUnit } from './value.ts';

/** How much of a table the input carries. */
export const TableStatus = z
  .enum(['data', 'empty', 'illegible', 'absent'])
  .meta({ id: 'TableStatus', description: 'data: printed with amounts; empty: printed without amounts or listed as 空表; illegible: [illegible]-style markers; absent: announced but not in the input (e.g. image pages).' });
export type TableStatus = z.infer<typeof TableStatus>;

/** A value column of a table: its printed header path and canonical key. */
export const Column = z
  .object({
    index: z.number().int().min(0),
    side: SideKey.nullable(),
    key: ColumnKey.nullable(),
    header: z.array(z.string()).meta({ description: 'Printed header path, outermost first, whitespace kept as printed minus line wraps.' }),
    columnNo: z.string().nullable().meta({ description: 'The 栏次 number printed under the header, if any.' }),
  })
  .meta({ id: 'Column' });
export type Column = z.infer<typeof Column>;

/** One cell of a body row. `column` indexes `Table.columns`. */
export const Cell = z
  .object({
    column: z.number().int().min(0),
    key: ColumnKey.nullable(),
    header: z.array(z.string()),
    value: CellValue,
    prov: Provenance,
  })
  .meta({ id: 'Cell' });
export type Cell = z.infer<typeof Cell>;

/** A body row: label, subject code, canonical key and its cells. */
export const Row = z
  .object({
    side: SideKey.nullable(),
    code: z.string().nullable().meta({ description: 'Subject code as printed (split 类/款/项 joined), or null.' }),
    name: z.string().meta({ description: 'Printed row label without whitespace.' }),
    key: z.string().nullable().meta({ description: 'Canonical row key: the subject code, or a key such as "total".' }),
    lineNo: z.string().nullable().meta({ description: 'The 行次 printed for the row, if any.' }),
    cells: z.array(Cell),
    prov: Provenance,
  })
  .meta({ id: 'Row' });
export type Row = z.infer<typeof Row>;

/** A table of the report, whatever its status. */
export const Table = z
  .object({
    id: z.string().meta({ description: 'Stable id within the report, e.g. "t03".' }),
    key: TableKey.nullable(),
    formNo: z.string().nullable().meta({ description: 'Printed form number without prefix: "01" for 公开01表, "4" for 表4.' }),
    formLabel: z.string().nullable().meta({ description: 'Printed form label, e.g. "公开01表", "表4".' }),
    title: z.string().meta({ description: 'Printed title.' }),
    unit: MoneyUnit.nullable(),
    status: TableStatus,
    statusReason: z.string().nullable(),
    headerRows: z.array(z.array(z.string())).meta({ description: 'Header rows as printed, cell by cell.' }),
    columns: z.array(Column),
    rows: z.array(Row),
    notes: z.array(z.string()),
    pages: z.array(z.number().int().min(1)),
    prov: Provenance,
  })
  .meta({ id: 'Table' });
export type Table = z.infer<typeof Table>;
