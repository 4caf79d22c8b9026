/** One printed line of a text input, or one text row of a PDF page. */
export interface SourceRow {
  /** 1-based page (text: counted by form feeds). */
  readonly page: number;
  /** 1-based line: through the file for text, per page for PDF rows. */
  readonly line: number;
  /** The line as printed (text), or rebuilt from the extracted report (PDF). */
  readonly text: string;
  /**
   * Where the extractor found the line's cells: [start, end) in characters
   * for text, x in points for PDF. Only set where `inspect` traced the input.
   */
  readonly spans?: readonly (readonly [number, number])[];
}

/**
 * What the review page and `inspect` show as "the source": the lines of a
 * text file, or the text rows of a PDF. PDF rows are rebuilt from the
 * extracted report (`reconstructed: true`) because the extractor does not
 * export its raw PDF rows; rows with nothing extracted are missing there.
 */
export interface SourceView {
  readonly format: 'txt' | 'md' | 'pdf';
  readonly rows: readonly SourceRow[];
  readonly reconstructed: boolean;
  /** Number of pages of the source. */
  readonly pages: number;
}
