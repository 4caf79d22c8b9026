import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createHash } from 'node:crypto';
import * as extractor from '@budgetdoc/extractor';
import { processFile } from '@budgetdoc/pipeline';
import type { Report } from '@budgetdoc/schema';
import { readSourceView } from '../review/read-source-view.ts';
import type { SourceView } from '../review/source-view.ts';
import type { LineDecision } from './line-role.ts';

/** Everything `inspect` shows about one input. */
export interface TracedReport {
  readonly report: Report;
  readonly source: SourceView;
  /** The extractor's own line decisions, or null when it could not trace this input. */
  readonly decisions: readonly LineDecision[] | null;
}

type TextTracer = (input: { id: string; file: string; sha256: string; bytes: number; text: string; encoding: string; format: 'txt' | 'md' }) => LineDecision[];

/**
 * Process one input the way `extract` does, and trace the extractor's line
 * decisions alongside: text through `traceText`, PDF through
 * `extractPdf({ trace })`.
 * @param path the input file
 * @returns the report, its source rows and the extractor trace
 * @example (await traceReport('corpus/a.txt')).decisions?.length
 */
export async function traceReport(path: string): Promise<TracedReport> {
  const report = await processFile(path);
  const source = await readSourceView(path, report);
  const bytes = await readFile(path);
  const identity = { id: basename(path, extname(path)), file: path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  let decisions: LineDecision[] | null = null;
  try {
    if (report.source.format === 'pdf') {
      decisions = [];
      const sink = decisions;
      // Junk before the header (HTTP headers, a BOM) is skipped the way the pipeline does.
      const start = Math.max(0, bytes.indexOf('%PDF-'));
      await extractor.extractPdf(new Uint8Array(bytes.subarray(start)), identity, { trace: (event) => sink.push(event) });
    } else {
      // Note: looked up at run time so inspect works before and after the extractor exports its tracer.
      const traceText = (extractor as unknown as { traceText?: TextTracer }).traceText;
      if (traceText) {
        const decoded = extractor.decodeText(bytes);
        const format = report.source.format === 'md' ? 'md' : 'txt';
        decisions = traceText({ ...identity, text: decoded.text, encoding: decoded.encoding, format });
      }
    }
  } catch {
    decisions = null;
  }
  return { report, source, decisions };
}
