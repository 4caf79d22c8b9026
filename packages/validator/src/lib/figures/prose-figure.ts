import type { Figure } from '@budgetdoc/schema';

/**
 * A figure read from prose plus what the prose checks need to know about it:
 * the amount a share is taken of, the current amount a change applies to,
 * and the sentence it came from (checks never pair figures across sentences
 * unless the prose says so).
 */
export interface ProseFigure extends Figure {
  /** Sentence index within the report, to pair figures stated together. */
  readonly sentenceId: number;
  /** Key of the nearest keyed section heading above the paragraph. */
  sectionKey?: string | null;
  /** For items: the subject was marked as a subject (（类）/（款）/（项） or a code in brackets). */
  marked?: boolean;
  /** For items: the printed （类）（款）（项） names, outermost first. */
  chain?: string[];
  /** For `.share`: the figure the share is a part of, and the whole it is taken of (a figure or a table key). */
  part?: ProseFigure;
  base?: ProseFigure | { readonly tableFigure: string };
  /** For `.change` / `.change_pct`: the current amount and the change. */
  current?: ProseFigure;
  change?: ProseFigure;
  /** For `.completion_rate`: the budget and the final amount it compares. */
  budget?: ProseFigure;
  final?: ProseFigure;
}

/**
 * Strip a prose figure to the output contract's Figure.
 * @example toFigure(proseFigure).key
 */
export function toFigure(figure: ProseFigure): Figure {
  return { key: figure.key, value: figure.value, unit: figure.unit, printed: figure.printed, subject: figure.subject, sentence: figure.sentence, prov: figure.prov };
}
