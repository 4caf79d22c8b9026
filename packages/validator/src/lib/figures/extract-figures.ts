import type { Figure, Report } from '@budgetdoc/schema';
import { extractProseFigures } from './extract-prose-figures.ts';
import { type ProseFigure, toFigure } from './prose-figure.ts';
import { resolveSubject } from './resolve-subjects.ts';

/**
 * Key figures of a report's prose, with subjects resolved to subject codes
 * where the tables print them. Item amounts whose subject neither resolves
 * nor carries a class/code mark are dropped: without a subject they are not
 * key figures, just numbers.
 * @param report the report (paragraphs and tables)
 * @returns prose figures (for the checks) and output figures
 * @example extractFigures(report).figures.map((f) => f.key)
 */
export function extractFigures(report: Report): { prose: ProseFigure[]; figures: Figure[] } {
  const prose: ProseFigure[] = [];
  const dropped = new Set<ProseFigure>();
  for (const figure of extractProseFigures(report.paragraphs, report.sections)) {
    const about = figure.part ?? figure.current ?? figure.final;
    if (about && dropped.has(about)) continue;
    if (figure.key.startsWith('item.') && figure.subject) {
      const match = resolveSubject(report, figure);
      if (figure.key === 'item.amount' && !match && !figure.chain && !figure.marked) {
        dropped.add(figure);
        continue;
      }
      if (match) figure.subject = match.code;
    }
    prose.push(figure);
  }
  return { prose, figures: prose.map(toFigure) };
}
