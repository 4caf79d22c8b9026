/**
 * The ExtractInput of an in-memory text snippet, for tests that feed
 * `extractText` / `traceText` directly.
 * @example extractText(textInput('表1\n…'))
 */
export const textInput = (text: string, format: 'txt' | 'md' = 'txt') => ({ id: 'r', file: `r.${format}`, sha256: '0'.repeat(64), bytes: text.length, text, encoding: 'utf-8', format });
