/**
 * Bytes → text with the encoding that fits, for scraped Chinese reports.
 *
 * Order: BOMs (UTF-8, UTF-16 LE/BE) → UTF-16 without BOM when NULs sit in
 * every other byte → strict UTF-8 → the best-scoring of GB18030, Big5 and
 * UTF-16 LE/BE. Afterwards line endings are normalised to `\n` (a lone `\r`
 * counts as one line break, as editors show it), NUL characters are removed
 * and counted, and form feeds are kept: the text extractor reads them as page
 * breaks.
 */
export interface DecodedText {
  /** Decoded text, `\n` line endings, NULs removed, form feeds kept. */
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** True when undecodable byte sequences were replaced by U+FFFD. */
  readonly invalidBytes: boolean;
  /** Number of U+FFFD characters in the decoded text (0 when `invalidBytes` is false). */
  readonly invalidCount: number;
  /** Number of NUL characters removed. */
  readonly nulCount: number;
  /**
   * How sure the encoding guess is: 1 for a BOM or valid UTF-8, else the share
   * of characters (in a sample) from the ranges reports use — ASCII, CJK, CJK
   * and full-width punctuation. Low values mean no candidate encoding fits.
   */
  readonly confidence: number;
  /** Line endings found in the input, before normalisation to `\n`. */
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

type Encoding = DecodedText['encoding'];

/** Bytes looked at when the encoding has to be guessed: enough for a confident score, bounded for 500 MB inputs. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * Characters frequent in Chinese budget reports and in Chinese text generally,
 * in simplified and traditional forms. A right decoding hits them often; a
 * wrong one (Big5 read as GBK or the reverse) lands on rare characters.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员位入常文总次品式活设及管特件长求基资边流路级少图统接知较将组见计别期根论运农指几九区强放决西被做必先回则任取据处世' +
  '预算决算收支财政拨款项目经费单位资金合计万元一般公共结转余有资本营府性金门会计机关运保障服务社医疗员工福商补助其他行事业用绩效标管说况数据级增减少主要原因专项发展备购置报告局县市省区镇乡街办室科院所中心' +
  '這為個們來時說會對過後種經進著當點從業還與關間樣兩體機現實學動發產無條結問變數據總圖統較將見計別論運農幾區強決處車' +
  '預決財撥項經費單資轉餘國營門會計機關運障務醫療員補績標說況級增減專項發購報縣鄉辦';
const COMMON_SET = new Set(COMMON);

/**
 * Decode a text report.
 * @param bytes raw file content
 * @returns decoded text, the encoding used and what had to be repaired
 * @example decodeText(new TextEncoder().encode('单位：万元')).encoding // 'utf-8'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [raw, encoding, confidence] = pickDecoding(bytes);
  return finish(raw.text, encoding, raw.invalid, confidence);
}

function pickDecoding(bytes: Uint8Array): [{ text: string; invalid: boolean }, Encoding, number] {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return [decodeWith('utf-8', bytes.subarray(3)), 'utf-8-bom', 1];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return [decodeWith('utf-16le', bytes.subarray(2)), 'utf-16le', 1];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return [decodeWith('utf-16be', bytes.subarray(2)), 'utf-16be', 1];
  // Before UTF-8: ASCII-heavy UTF-16 is also valid UTF-8 (NULs are legal), so the NUL pattern decides first.
  const utf16 = guessUtf16(bytes);
  if (utf16) return [decodeWith(utf16, bytes), utf16, 1];
  try {
    return [{ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalid: false }, 'utf-8', 1];
  } catch {
    // Not UTF-8: fall through to the legacy encodings Chinese sites use.
  }
  const best = guessLegacy(bytes);
  return [decodeWith(best.encoding, bytes), best.encoding, best.plausible];
}

/** Score candidate decodings of a sample; GB18030 wins ties (by far the most common on mainland sites). */
function guessLegacy(bytes: Uint8Array): { encoding: Encoding; plausible: number } {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates: Encoding[] = ['gb18030', 'big5', 'utf-16le', 'utf-16be'];
  let best: Encoding = 'gb18030';
  let bestScore = -Infinity;
  let bestPlausible = 0;
  for (const encoding of candidates) {
    const utf16 = encoding.startsWith('utf-16');
    const { score, plausible } = scoreText(new TextDecoder(encoding).decode(utf16 ? sample.subarray(0, sample.length & ~1) : sample));
    // Any byte pairs are "valid" UTF-16, so binary junk scores well as UTF-16; demand text-like characters.
    if (utf16 && plausible < 0.8) continue;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
      bestPlausible = plausible;
    }
  }
  return { encoding: best, plausible: bestPlausible };
}

/**
 * Higher `score` is more plausible Chinese report text; `plausible` is the
 * share of characters from the ranges reports use (ASCII, CJK, CJK and
 * full-width punctuation).
 */
function scoreText(text: string): { score: number; plausible: number } {
  let score = 0;
  let inRange = 0;
  let count = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    count++;
    if (COMMON_SET.has(ch)) {
      score += 4;
      inRange++;
    } else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) score -= 8;
    else if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || (c >= 0x20 && c < 0x7f)) {
      score += 1;
      inRange++;
    } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xd800 && c <= 0xdfff)) score -= 4;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) {
      score += 1;
      inRange++;
    }
  }
  return { score, plausible: count === 0 ? 0 : inRange / count };
}

function decodeWith(label: string, bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), invalid: false };
  } catch {
    return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes), invalid: true };
  }
}

/** UTF-16 without BOM: ASCII-heavy text shows NULs in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Line endings, NULs and replacement counts; each pass is linear and skipped when not needed (50 MB inputs). */
function finish(decoded: string, encoding: Encoding, invalid: boolean, confidence: number): DecodedText {
  let text = decoded;
  let nulCount = 0;
  if (text.includes('\0')) {
    const before = text.length;
    text = text.replaceAll('\0', '');
    nulCount = before - text.length;
  }
  const lineEndings = detectLineEndings(text);
  if (lineEndings === 'crlf' || lineEndings === 'cr' || lineEndings === 'mixed') text = text.replace(/\r\n?/g, '\n');
  const invalidCount = invalid ? countChar(text, '\ufffd') : 0;
  return { text, encoding, invalidBytes: invalid, invalidCount, nulCount, confidence, lineEndings };
}

function detectLineEndings(text: string): DecodedText['lineEndings'] {
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  const crlf = countMatches(text, /\r\n/g);
  const cr = countChar(text, '\r') - crlf;
  const lf = countChar(text, '\n') - crlf;
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : 'cr';
}

function countChar(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count++;
  return count;
}

function countMatches(text: string, re: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(re)) count++;
  return count;
}
