/**
 * Renders packages/schema/VOCABULARY.md from the vocabulary files: every
 * canonical key with its Chinese aliases. Pure; the writer is write-vocabulary-doc.ts
 * and test/vocabulary-doc.test.ts checks the committed file is current.
 */
import { COLUMN_VOCABULARY, ROW_VOCABULARY, SECTION_VOCABULARY, SIDE_VOCABULARY, TABLE_VOCABULARY } from '@budgetdoc/schema';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const list = (aliases: readonly string[]) => aliases.map((alias) => cell(alias)).join('、');

/**
 * The vocabulary as Markdown.
 * @returns the document text
 * @example renderVocabularyDoc().startsWith('# Vocabulary') // true
 */
export function renderVocabularyDoc(): string {
  const out: string[] = [
    '# Vocabulary: canonical keys and their Chinese aliases',
    '',
    'Generated from `src/lib/vocabulary/*.ts` by `node --import tsx packages/normalizer/scripts/write-vocabulary-doc.ts`; do not edit by hand.',
    'The normalizer (`packages/normalizer`) compares printed text with these aliases after canonicalisation (full-width → half-width, whitespace, quotes, brackets and numbering removed; see its README).',
    '',
    `## Tables (${TABLE_VOCABULARY.length})`,
    '',
    'A title maps to the key whose alias is the longest suffix of the title; qualifiers (按支出经济分类科目), report kind and body codes choose function/economic and budget/final variants.',
    '',
    '| key | kinds | aliases | note |',
    '| --- | --- | --- | --- |',
    ...TABLE_VOCABULARY.map((entry) => `| \`${entry.key}\` | ${entry.kinds.join(', ')} | ${list(entry.aliases)} | ${cell(entry.note)} |`),
    '',
    `## Sections (${SECTION_VOCABULARY.length})`,
    '',
    '`aliases` may occur anywhere in a heading (longest wins); `exact` aliases must be the whole heading. Keys without aliases are matched by shape (see the note).',
    '',
    '| key | aliases | exact | note |',
    '| --- | --- | --- | --- |',
    ...SECTION_VOCABULARY.map((entry) => `| \`${entry.key}\` | ${list(entry.aliases)} | ${list(entry.exact)} | ${cell(entry.note)} |`),
    '',
    `## Columns (${COLUMN_VOCABULARY.length})`,
    '',
    'The most specific header label decides; a generic label (小计, 合计, 金额) under a group marked `group` takes the group\'s meaning.',
    '',
    '| key | group | aliases | note |',
    '| --- | --- | --- | --- |',
    ...COLUMN_VOCABULARY.map((entry) => `| \`${entry.key}\` | ${entry.group ? 'yes' : ''} | ${list(entry.aliases)} | ${cell(entry.note)} |`),
    '',
    `## Sides (${SIDE_VOCABULARY.length})`,
    '',
    '| key | aliases | note |',
    '| --- | --- | --- |',
    ...SIDE_VOCABULARY.map((entry) => `| \`${entry.key}\` | ${list(entry.aliases)} | ${cell(entry.note)} |`),
    '',
    `## Rows (${ROW_VOCABULARY.length})`,
    '',
    'A row with a subject code is keyed by the code (`2101101`); class rows printed by name only get their class code from the catalog (八、社会保障和就业支出 → `208`). In tables listed by unit (单位编码: 收入总表 by unit, 专项业务经费支出表) unit rows are keyed `unit:<unit code>` and the （汇总） row `total`; project rows keep no key. Fund rows listed under a balance row of 01/04 are keyed `<balance>.<fund>` (`opening_balance.general_budget`). The keys below are for rows without a code. `tables` / `group` restrict an entry.',
    '',
    '| key | aliases | tables | group | note |',
    '| --- | --- | --- | --- | --- |',
    ...ROW_VOCABULARY.map((entry) => `| \`${entry.key}\` | ${list(entry.aliases)} | ${entry.tables.join(', ')} | ${entry.group} | ${cell(entry.note)} |`),
    '',
  ];
  return out.join('\n');
}
