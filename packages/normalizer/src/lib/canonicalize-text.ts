/**
 * Chinese text canonicalisation shared by every matcher of the normalizer.
 *
 * Decision (see README): the extractor keeps text as printed; all folding of
 * Chinese typography (full-width ASCII, 〇/零, bracket and quote styles,
 * whitespace broken into CJK words) happens here, once, before any lookup.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

// Note: brackets fold to the full-width pair because the vocabularies and the
// reference catalogs write names that way (因公出国（境）费).
const BRACKETS: Record<string, string> = { '(': '（', ')': '）', '[': '【', ']': '】', '〔': '【', '〕': '】', '［': '【', '］': '】' };
const QUOTES = /[“”"‘’'「」『』〝〞＂]/g;
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Fold one string to its display-canonical form: full-width ASCII to
 * half-width, ideographic space to space, brackets to full-width （）【】,
 * curly and straight quotes to “”, whitespace next to a CJK character removed,
 * other whitespace collapsed.
 * @param text printed text
 * @returns canonical text, still readable
 * @example canonicalizeText('因公出国(境)费 　２０２３ 年') // '因公出国（境）费2023年'
 */
export function canonicalizeText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END && !'（）'.includes(char)) out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000 || code === 0xa0) out += ' ';
    else out += char;
  }
  out = out.replace(/[()[\]〔〕［］]/g, (bracket) => BRACKETS[bracket] ?? bracket);
  let open = true;
  out = out.replace(/"/g, () => {
    const quote = open ? '“' : '”';
    open = !open;
    return quote;
  });
  return out.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/**
 * The comparison form used by every lookup: the canonical text without any
 * whitespace, quotes, brackets or punctuation, with `〇` read as `零`.
 * Two labels that differ only in typography have the same match form.
 * @param text printed text
 * @returns a compact string for exact comparison
 * @example toMatchForm('财政拨款“三公”经费及会议费、培训费') // '财政拨款三公经费及会议费培训费'
 */
export function toMatchForm(text: string): string {
  return canonicalizeText(text)
    .replace(QUOTES, '')
    .replace(/[\s（）【】《》<>、，,。.．:：;；!！?？·•…\-—_~～/\\|*#]/g, '')
    .replace(/〇/g, '零');
}
