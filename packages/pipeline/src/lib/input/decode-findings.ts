import type { DecodedText } from '@budgetdoc/extractor';
import type { Finding } from '@budgetdoc/schema';

/**
 * Findings for what decoding had to repair: undecodable bytes (replaced by
 * U+FFFD, so numbers next to them deserve a second look) and removed NULs.
 * Neither stops the report.
 * @example decodeFindings(decodeText(bytes))
 */
export function decodeFindings(decoded: DecodedText): Finding[] {
  const findings: Finding[] = [];
  if (decoded.invalidBytes) {
    findings.push({
      code: 'TEXT_INVALID_BYTES',
      severity: 'warning',
      source: 'pipeline',
      message: `${decoded.invalidCount} byte sequences are not valid ${decoded.encoding} and were replaced by U+FFFD; text near them may be damaged`,
      where: firstLineOf(decoded.text, '\ufffd'),
      evidence: { encoding: decoded.encoding, count: decoded.invalidCount },
    });
  }
  if (decoded.nulCount > 0) {
    findings.push({
      code: 'TEXT_NUL_BYTES',
      severity: 'warning',
      source: 'pipeline',
      message: `${decoded.nulCount} NUL characters were removed (often padding from an interrupted download)`,
      where: {},
      evidence: { count: decoded.nulCount },
    });
  }
  return findings;
}

function firstLineOf(text: string, ch: string): { line?: number } {
  const at = text.indexOf(ch);
  if (at === -1) return {};
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { line };
}
