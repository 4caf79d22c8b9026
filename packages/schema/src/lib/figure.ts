import { z } from 'zod';
import { Provenance } from './provenance.ts';
import { DecimalString } from './value.ts';

/** A key figure stated in prose, e.g. the income total or a 三公 amount. */
export const Figure = z
  .object({
    key: z.string().meta({ description: 'e.g. income_total, basic_share, three_public.reception.final' }),
    value: DecimalString,
    unit: z.string().meta({ description: '万元, 元, %, 人, 辆, 批次, 分 …' }),
    printed: z.string(),
    subject: z.string().nullable().meta({ description: 'Subject code or name the figure is about, if any.' }),
    sentence: z.string(),
    prov: Provenance,
  })
  .meta({ id: 'Figure' });
export type Figure = z.infer<typeof Figure>;
