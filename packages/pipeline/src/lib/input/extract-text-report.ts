import { extname } from 'node:path';
import { extractText, type DecodedText, type ExtractInput } from '@budgetdoc/extractor';
import type { Finding, Report } from '@budgetdoc/schema';
import { capLongLines, lineCapFindings } from './cap-long-lines.ts';
import { decodeFindings } from './decode-findings.ts';
import { InputError } from './input-error.ts';
import type { InputLimits } from './input-limits.ts';
import { markdownDepth } from './markdown-depth.ts';

/**
 * Decoded text → extracted report, guarded: over-long lines are cut,
 * Markdown nested deeper than the limit is read as plain text, and a stack
 * overflow anywhere in extraction becomes INPUT_TOO_COMPLEX instead of a
 * crash. What decoding and guarding repaired is reported as findings.
 * @param decoded the decoded input
 * @param identity id, file, sha256 and size of the input
 * @param limits line-length and nesting limits
 * @returns the extracted (not yet normalized) report
 * @throws InputError INPUT_TOO_COMPLEX
 * @example extractTextReport(decodeText(bytes), identity, DEFAULT_INPUT_LIMITS)
 */
export function extractTextReport(decoded: DecodedText, identity: ExtractInput, limits: Pick<InputLimits, 'maxLineLength' | 'maxMarkdownDepth'>): Report {
  const findings: Finding[] = decodeFindings(decoded);
  const { text, capped } = capLongLines(decoded.text, limits.maxLineLength);
  findings.push(...lineCapFindings(capped, limits.maxLineLength));
  let format: 'md' | 'txt' = /^#{1,6}\s/m.test(text) || extname(identity.file).toLowerCase() === '.md' ? 'md' : 'txt';
  if (format === 'md') {
    const depth = markdownDepth(text);
    if (depth > limits.maxMarkdownDepth) {
      // Parsers and tree walkers recurse per level: read such a file line by line instead.
      format = 'txt';
      findings.push({
        code: 'MD_NESTING_TOO_DEEP',
        severity: 'warning',
        source: 'pipeline',
        message: `Markdown is nested ${depth} levels deep (limit ${limits.maxMarkdownDepth}); it was read as plain text`,
        where: {},
        evidence: { depth, limit: limits.maxMarkdownDepth },
      });
    }
  }
  let report: Report;
  try {
    report = extractText({ ...identity, text, encoding: decoded.encoding, format });
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError('INPUT_TOO_COMPLEX', 'extract', 'text is nested too deeply to process (stack overflow while parsing)', { cause: error });
    }
    throw error;
  }
  return findings.length === 0 ? report : { ...report, findings: [...findings, ...report.findings] };
}
