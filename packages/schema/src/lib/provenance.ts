import { z } from 'zod';

/** A rectangle on a PDF page in PDF user-space points: [x0, y0, x1, y1], origin bottom-left. */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]).meta({ id: 'Box', description: 'PDF box [x0, y0, x1, y1] in points, origin bottom-left.' });
export type Box = z.infer<typeof Box>;

/**
 * Where a value was printed. `line` is the 1-based source line for text input
 * and the 1-based text row on the page for PDF input; `page` is 1-based (text
 * files count form feeds; without any, everything is page 1).
 */
export const Provenance = z
  .object({
    file: z.string(),
    page: z.number().int().min(1),
    line: z.number().int().min(1),
    lineEnd: z.number().int().min(1).optional(),
    box: Box.optional(),
  })
  .meta({ id: 'Provenance', description: 'File, page, line (and PDF box) a value was read from.' });
export type Provenance = z.infer<typeof Provenance>;
