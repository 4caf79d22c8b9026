import type { AssembleLine } from './assemble-line.ts';
import { lineText } from './assemble-line.ts';
import { headingNumbering } from './heading-numbering.ts';

/** A line read as a heading. */
export interface HeadingLine {
  readonly title: string;
  readonly numbering: string | null;
  readonly level: number;
  readonly reason: string;
}

/**
 * Decide whether a (non-table) line is a heading. Markdown headings always
 * are; otherwise a numbered line is a heading when it is short and does not
 * read as a sentence (no closing 。, no figures with 万元). The level comes
 * from the numbering style, else from the Markdown depth.
 * @param line the line
 * @returns heading info, or null for prose
 * @example classifyHeading(line)?.level // 2 for "一、单位主要职责"
 */
export function classifyHeading(line: AssembleLine): HeadingLine | null {
  const text = lineText(line).replace(/^[-•·]\s+/, '').trim();
  if (text === '') return null;
  const numbering = headingNumbering(text);
  if (line.heading) {
    if (numbering) return { title: text, numbering: numbering.numbering, level: numbering.level, reason: `markdown #${line.heading}, numbering ${numbering.numbering} level ${numbering.level}` };
    return { title: text, numbering: null, level: Math.min(6, line.heading), reason: `markdown heading depth ${line.heading}` };
  }
  if (!numbering) return null;
  const rest = numbering.rest;
  if (rest === '' || rest.length > 40) return null;
  if (/[。；;！？]$/.test(rest) || /\d+(?:\.\d+)?\s*(?:万|元|%)/.test(rest) || /[，,]|[：:]./.test(rest)) return null;
  return { title: text, numbering: numbering.numbering, level: numbering.level, reason: `numbering ${numbering.numbering} level ${numbering.level}` };
}
