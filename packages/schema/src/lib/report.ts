import { z } from 'zod';
import { Figure } from './figure.ts';
import { Finding } from './finding.ts';
import { PerformanceTable } from './performance.ts';
import { Paragraph, Section } from './section.ts';
import { Table } from './table.ts';
import { MoneyUnit } from './value.ts';

/** Version of the output contract; bump on any breaking change. */
export const SCHEMA_VERSION = '1.0.0';

/** Where a report came from. */
export const ReportSource = z
  .object({
    file: z.string().meta({ description: 'Input path as given (relative to the batch root where possible).' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['txt', 'md', 'pdf']),
    encoding: z.string().nullable().meta({ description: 'Detected text encoding; null for PDF.' }),
    pages: z.number().int().min(0),
    pagesWithoutText: z.array(z.number().int().min(1)).meta({ description: 'Pages with no text layer (PDF) or blank page runs.' }),
    bytes: z.number().int().min(0),
  })
  .meta({ id: 'ReportSource' });
export type ReportSource = z.infer<typeof ReportSource>;

/** What the report is about. */
export const ReportMeta = z
  .object({
    unit: z.string().nullable().meta({ description: 'Issuing department or unit as printed.' }),
    year: z.number().int().min(1990).max(2100).nullable(),
    kind: z.enum(['budget', 'final']).nullable().meta({ description: 'budget = 预算, final = 决算.' }),
    scope: z.enum(['department', 'unit']).nullable().meta({ description: 'department = 部门, unit = 单位.' }),
    moneyUnit: MoneyUnit.nullable().meta({ description: 'The money unit most tables use.' }),
  })
  .meta({ id: 'ReportMeta' });
export type ReportMeta = z.infer<typeof ReportMeta>;

/** One structured, validated report: the output contract of budgetdoc. */
export const Report = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().meta({ description: 'Input file name without extension.' }),
    source: ReportSource,
    meta: ReportMeta,
    sections: z.array(Section),
    paragraphs: z.array(Paragraph),
    tables: z.array(Table),
    performance: z.array(PerformanceTable),
    figures: z.array(Figure),
    findings: z.array(Finding),
  })
  .meta({ id: 'Report', description: 'A budget or final-account report as structured data.' });
export type Report = z.infer<typeof Report>;
