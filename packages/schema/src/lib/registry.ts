import { z } from 'zod';
import { ErrorRecord } from './error-record.ts';
import { Report } from './report.ts';

/** The schemas emitted as JSON Schema: the report and the error record. */
export const outputRegistry = { Report, ErrorRecord } as const;

/** JSON Schema documents for every output, keyed by file name. */
export function toJsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(outputRegistry).map(([name, schema]) => [`${name}.schema.json`, z.toJSONSchema(schema, { target: 'draft-2020-12' })]));
}
