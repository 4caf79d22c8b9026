import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderVocabularyDoc } from '../scripts/vocabulary-doc.ts';

describe('VOCABULARY.md', () => {
  test('should match the vocabulary files (run scripts/write-vocabulary-doc.ts after changing them)', () => {
    expect(readFileSync(new URL('../../schema/VOCABULARY.md', import.meta.url), 'utf8')).toBe(renderVocabularyDoc());
  });
});
