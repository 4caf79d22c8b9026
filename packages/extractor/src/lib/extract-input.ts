/** What the extractor needs to know about an input besides its content. */
export interface ExtractInput {
  /** Report id: the input file name without extension. */
  readonly id: string;
  /** Path as it should appear in provenance. */
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** A decoded text input. */
export interface TextExtractInput extends ExtractInput {
  readonly text: string;
  readonly encoding: string;
  /** Markdown when the content has Markdown structure (headings, pipe tables), else plain. */
  readonly format: 'txt' | 'md';
}
