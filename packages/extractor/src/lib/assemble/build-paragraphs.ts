import type { Paragraph } from '@budgetdoc/schema';
import { type AssembleLine, lineText } from './assemble-line.ts';

/** Lines that close a sentence or introduce a list: the next line starts a new paragraph. */
const FINISHED = /[。！？；;:：!?」』”）)]$/;
/** A wrapped line is nearly full width; shorter lines (captions) stand alone. */
const WRAP_MIN = 20;

/**
 * Collects prose lines into paragraphs. A line that does not finish a
 * sentence and is long enough to be hard-wrapped is joined with the next
 * prose line, across blank lines (pdftotext puts blank lines between wrapped
 * lines); anything else (heading, table) closes the paragraph.
 * @example const p = new ParagraphBuilder('r.txt'); p.add(line, 0); p.close(); p.paragraphs
 */
export class ParagraphBuilder {
  readonly paragraphs: Paragraph[] = [];
  private open: { lines: AssembleLine[]; text: string; section: number | null } | null = null;

  constructor(private readonly file: string) {}

  /** Add one prose line belonging to section `section` (index) or null. */
  add(line: AssembleLine, section: number | null): void {
    // A leading "- " / "• " is a converter's list bullet, not report text.
    const text = lineText(line).trim().replace(/^[-•·]\s+/, '');
    if (this.open && (FINISHED.test(this.open.text) || lastLineLength(this.open) < WRAP_MIN || this.open.section !== section)) this.close();
    if (!this.open) {
      this.open = { lines: [line], text, section };
      return;
    }
    const glue = /[A-Za-z0-9]$/.test(this.open.text) && /^[A-Za-z0-9]/.test(text) ? ' ' : '';
    this.open.text += glue + text;
    this.open.lines.push(line);
  }

  /** Close the open paragraph, if any. */
  close(): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    const first = open.lines[0] as AssembleLine;
    const last = open.lines[open.lines.length - 1] as AssembleLine;
    const prov = last.line !== first.line ? { file: this.file, page: first.page, line: first.line, lineEnd: last.line } : { file: this.file, page: first.page, line: first.line };
    this.paragraphs.push({ section: open.section, text: open.text, prov });
  }
}

function lastLineLength(open: { lines: AssembleLine[] }): number {
  const last = open.lines[open.lines.length - 1];
  return last ? lineText(last).trim().length : 0;
}
