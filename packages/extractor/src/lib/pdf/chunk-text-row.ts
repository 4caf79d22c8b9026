import { isAmountText, type PageToken } from './page-token.ts';

/** Tokens of one row that read as one phrase: no gap wider than about one character between them. */
export interface RowChunk {
  readonly tokens: readonly PageToken[];
  readonly x0: number;
  readonly x1: number;
  readonly numeric: boolean;
}

/** Gap, in font sizes, that separates two cells of a borderless row. */
const CELL_GAP = 1.0;
/**
 * After a number, a small gap already separates cells: amounts never contain
 * inner spaces wider than a space, and never run on into a label (a
 * right-aligned amount followed by the next side's left-aligned name).
 */
const NUMBER_GAP = 0.5;

/**
 * Split a text row into chunks at wide gaps.
 * @param tokens one row's tokens, left to right
 * @returns chunks left to right
 * @example chunkTextRow(row.tokens).length // 1 for a prose line
 */
export function chunkTextRow(tokens: readonly PageToken[]): RowChunk[] {
  const chunks: RowChunk[] = [];
  let current: PageToken[] = [];
  for (const token of tokens) {
    const prev = current.at(-1);
    if (prev) {
      const gap = token.x0 - prev.x1;
      const font = Math.min(prev.fontSize, token.fontSize) || 10;
      const limit = prev.numeric || (token.numeric && isAmountText(token.text.trim())) ? NUMBER_GAP : CELL_GAP;
      if (gap > limit * font || token.startsCell) {
        chunks.push(toChunk(current));
        current = [];
      }
    }
    current.push(token);
  }
  if (current.length > 0) chunks.push(toChunk(current));
  return chunks;
}

function toChunk(tokens: PageToken[]): RowChunk {
  return { tokens, x0: Math.min(...tokens.map((t) => t.x0)), x1: Math.max(...tokens.map((t) => t.x1)), numeric: tokens.every((t) => t.numeric) };
}
