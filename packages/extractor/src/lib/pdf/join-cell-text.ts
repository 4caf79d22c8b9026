import type { Box } from '@budgetdoc/schema';
import type { PageToken } from './page-token.ts';

const ASCII_WORD = /[A-Za-z0-9]/;

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Round to 0.01 pt: enough for provenance, stable in golden files. */
export function roundBox(x0: number, y0: number, x1: number, y1: number): Box {
  return [round2(x0), round2(y0), round2(x1), round2(y1)];
}

/** Union box of tokens. */
export function tokensBox(tokens: readonly PageToken[]): Box {
  return roundBox(Math.min(...tokens.map((t) => t.x0)), Math.min(...tokens.map((t) => t.bottom)), Math.max(...tokens.map((t) => t.x1)), Math.max(...tokens.map((t) => t.top)));
}

/**
 * Join the tokens of one cell into its printed text. Tokens on one baseline
 * are joined with a space when a visible gap separates them; wrapped lines
 * are joined without one (Chinese text wraps mid-word), except between two
 * Latin letters or digits.
 * @param tokens the cell's tokens
 * @param rowOf the text-row index of a token on its page
 * @returns the cell text
 * @example joinCellText(tokens, (t) => rows.get(t) ?? 0)
 */
export function joinCellText(tokens: readonly PageToken[], rowOf: (token: PageToken) => number): string {
  const sameRow = (a: PageToken, b: PageToken): boolean => rowOf(a) === rowOf(b);
  const ordered = [...tokens].sort((a, b) => rowOf(a) - rowOf(b) || a.x0 - b.x0);
  let text = '';
  let prev: PageToken | undefined;
  for (const token of ordered) {
    if (prev) {
      const last = text.at(-1) ?? '';
      const next = token.text[0] ?? '';
      // Note: justified Chinese cells spread glyphs apart; a gap between two Chinese characters is not a space.
      const latin = ASCII_WORD.test(last) || ASCII_WORD.test(next);
      if (sameRow(prev, token)) text += latin && token.x0 - prev.x1 > 0.3 * Math.min(prev.fontSize, token.fontSize) ? ' ' : '';
      else text += ASCII_WORD.test(last) && ASCII_WORD.test(next) ? ' ' : '';
    }
    text += token.text;
    prev = token;
  }
  return text;
}
