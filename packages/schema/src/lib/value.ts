import { z } from 'zod';

/** An exact decimal as a string: optional minus, digits, optional fraction. Never a float. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ id: 'DecimalString', description: 'Exact decimal, e.g. "2365.94".' });
export type DecimalString = z.infer<typeof DecimalString>;

/** Money units the reports print. */
export const MoneyUnit = z.enum(['万元', '元', '亿元', '千元']).meta({ id: 'MoneyUnit' });
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/**
 * A printed cell value. Blank, zero and "not applicable" stay distinct:
 * `blank` is an empty cell, `number` with value "0.00" is a printed zero,
 * `dash` is `—`/`——`/`-` (not applicable).
 */
export const CellValue = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('number'), value: DecimalString, printed: z.string() }),
    z.object({ kind: z.literal('percent'), value: DecimalString, printed: z.string() }),
    z.object({ kind: z.literal('blank'), printed: z.literal('') }),
    z.object({ kind: z.literal('dash'), printed: z.string() }),
    z.object({ kind: z.literal('text'), printed: z.string() }),
  ])
  .meta({ id: 'CellValue', description: 'A cell as printed, with its exact value where numeric.' });
export type CellValue = z.infer<typeof CellValue>;
