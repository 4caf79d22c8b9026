import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, extractPdf, extractText } from '@budgetdoc/extractor';
import { normalizeReport } from '@budgetdoc/normalizer';
import { Report } from '@budgetdoc/schema';
import { validateReport } from '@budgetdoc/validator';

/** Report id of an input: its file name without extension. */
export function reportId(file: string): string {
  return basename(file, extname(file));
}

/**
 * Bytes of one input → validated Report: detect the format by content,
 * extract, normalize, validate, and check the result against the schema.
 * @param bytes file content
 * @param file path recorded in provenance
 * @example await processBytes(await readFile('corpus/a.txt'), 'corpus/a.txt')
 */
export async function processBytes(bytes: Uint8Array, file: string): Promise<Report> {
  const identity = { id: reportId(file), file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  let report: Report;
  if (isPdf) {
    report = await extractPdf(bytes, identity);
  } else {
    const decoded = decodeText(bytes);
    const format = /^#{1,6}\s/m.test(decoded.text) || extname(file).toLowerCase() === '.md' ? 'md' : 'txt';
    report = extractText({ ...identity, text: decoded.text, encoding: decoded.encoding, format });
  }
  return Report.parse(validateReport(normalizeReport(report)));
}

/**
 * Read and process one file.
 * @example await processFile('corpus/a.txt')
 */
export async function processFile(path: string, displayPath = path): Promise<Report> {
  return processBytes(new Uint8Array(await readFile(path)), displayPath);
}
