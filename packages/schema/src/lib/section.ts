import { z } from 'zod';
import { SectionKey } from './keys.ts';
import { Provenance } from './provenance.ts';

/** A narrative heading. */
export const Section = z
  .object({
    title: z.string().meta({ description: 'Title as printed (line wraps joined).' }),
    numbering: z.string().nullable().meta({ description: 'Numbering as printed: 第二部分, 一、, （一）, 1., ①, #…' }),
    level: z.number().int().min(1).max(6),
    key: SectionKey.nullable(),
    prov: Provenance,
  })
  .meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;

/** A prose paragraph, with the index of the section it belongs to (or null before the first heading). */
export const Paragraph = z
  .object({
    section: z.number().int().min(0).nullable(),
    text: z.string(),
    prov: Provenance,
  })
  .meta({ id: 'Paragraph' });
export type Paragraph = z.infer<typeof Paragraph>;
