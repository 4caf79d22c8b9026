import { z } from 'zod';
import { Provenance } from './provenance.ts';

/**
 * A performance table (绩效自评表 / 绩效目标表). Placeholder shape until
 * issue 8 fills it: kind, printed title, project and the table id it came from.
 */
export const PerformanceTable = z
  .object({
    kind: z.enum(['project_evaluation', 'overall_evaluation', 'project_targets', 'overall_targets']),
    title: z.string(),
    project: z.string().nullable(),
    prov: Provenance,
  })
  .meta({ id: 'PerformanceTable' });
export type PerformanceTable = z.infer<typeof PerformanceTable>;
