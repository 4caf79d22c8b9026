/**
 * Bytes → text with the encoding that fits: BOMs first (UTF-8, UTF-16 LE/BE),
 * then strict UTF-8, then UTF-16 without BOM (by NUL pattern), then GB18030.
 * Returns the encoding name used and whether replacement characters had to
 * be inserted.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  readonly invalidBytes: boolean;
}

/**
 * Decode a text report.
 * @param bytes raw file content
 * @returns decoded text and the encoding used
 * @example decodeText(new TextEncoder().encode('单位：万元')).encoding // 'utf-8'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', invalidBytes: false };
  } catch {
    // Not UTF-8: fall through to the legacy encodings Chinese sites use.
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes, utf16);
  return decodeWith('gb18030', bytes, 'gb18030');
}

function decodeWith(label: string, bytes: Uint8Array, encoding: DecodedText['encoding']): DecodedText {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding, invalidBytes: false };
  } catch {
    return { text: new TextDecoder(label).decode(bytes), encoding, invalidBytes: true };
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
