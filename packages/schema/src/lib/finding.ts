import { z } from 'zod';
import { DecimalString } from './value.ts';

/** Where a finding applies; every field optional but at least a page/line or table when known. */
export const FindingPlace = z
  .object({
    table: z.string().optional().meta({ description: 'Table id within the report.' }),
    tableKey: z.string().optional(),
    side: z.string().optional(),
    row: z.string().optional().meta({ description: 'Row key or printed name.' }),
    column: z.string().optional().meta({ description: 'Column key or printed header.' }),
    page: z.number().int().min(1).optional(),
    line: z.number().int().min(1).optional(),
  })
  .meta({ id: 'FindingPlace' });
export type FindingPlace = z.infer<typeof FindingPlace>;

/** Severity of a finding. */
export const Severity = z.enum(['error', 'warning', 'info']).meta({ id: 'Severity' });
export type Severity = z.infer<typeof Severity>;

/**
 * Something the pipeline noticed about the report: an arithmetic break, an
 * unknown heading, a fuzzy match, an unreadable region. Findings never change
 * printed values.
 */
export const Finding = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
    severity: Severity,
    source: z.enum(['extractor', 'normalizer', 'validator', 'pipeline']),
    message: z.string(),
    where: FindingPlace,
    expected: z.string().optional(),
    actual: z.string().optional(),
    tolerance: DecimalString.optional(),
    score: z.number().min(0).max(1).optional().meta({ description: 'Confidence of a guess, 1 = exact.' }),
    evidence: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof Finding>;
