/** Writes packages/schema/VOCABULARY.md. Run: node --import tsx packages/normalizer/scripts/write-vocabulary-doc.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderVocabularyDoc } from './vocabulary-doc.ts';

const target = fileURLToPath(new URL('../../schema/VOCABULARY.md', import.meta.url));
writeFileSync(target, renderVocabularyDoc());
console.log('wrote packages/schema/VOCABULARY.md');
