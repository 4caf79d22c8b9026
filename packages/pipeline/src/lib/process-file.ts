import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { normalizeReport } from '@budgetdoc/normalizer';
import { type ErrorStage, Report } from '@budgetdoc/schema';
import { validateReport } from '@budgetdoc/validator';
import { extractPdfReport } from './input/extract-pdf-report.ts';
import { extractTextReport } from './input/extract-text-report.ts';
import { InputError, isInputError } from './input/input-error.ts';
import { type InputLimits, resolveLimits } from './input/input-limits.ts';
import { prepareInput } from './input/prepare-input.ts';
import { reportId } from './report-id.ts';
import { readBytes } from './input/read-input.ts';
import { toErrorRecord } from './input/to-error-record.ts';

/** Options of {@link processBytes} and {@link processFile}. */
export interface ProcessOptions {
  /** Report id; defaults to the file name without extension (the batch runner overrides it for duplicate names). */
  readonly id?: string;
  /** Input limits (defaults: `DEFAULT_INPUT_LIMITS`). */
  readonly limits?: Partial<InputLimits>;
}

/**
 * Bytes of one input → validated Report: sniff the format by content,
 * extract, normalize, validate, and check the result against the schema.
 * @param bytes file content
 * @param file path recorded in provenance
 * @param options report id override, input limits
 * @returns the schema-valid report
 * @throws InputError with a stable ErrorCode and the stage that failed
 * @example await processBytes(await readFile('corpus/a.txt'), 'corpus/a.txt')
 */
export async function processBytes(bytes: Uint8Array, file: string, options: ProcessOptions = {}): Promise<Report> {
  const limits = resolveLimits(options.limits);
  const identity = { id: options.id ?? reportId(file), file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  const input = await atStage('detect', file, () => prepareInput(bytes, limits));
  // PDF failures are classified (encrypted, truncated, …) inside extractPdfReport; text gets line and nesting guards.
  const report =
    input.kind === 'pdf'
      ? await atStage('extract', file, () => extractPdfReport(input.bytes, input.offset, identity, limits, input.headerMissing))
      : await atStage('extract', file, () => extractTextReport(input.decoded, identity, limits));
  const normalized = await atStage('normalize', file, () => normalizeReport(report));
  return atStage('validate', file, () => Report.parse(validateReport(normalized)));
}

/**
 * Read and process one file (refusing missing, special and oversize files before reading).
 * @param path file to read
 * @param displayPath path recorded in provenance (defaults to `path`)
 * @param options report id override, input limits
 * @returns the schema-valid report
 * @throws InputError with a stable ErrorCode and the stage that failed
 * @example await processFile('corpus/a.txt')
 */
export async function processFile(path: string, displayPath = path, options: ProcessOptions = {}): Promise<Report> {
  const bytes = await readBytes(path, resolveLimits(options.limits).maxBytes);
  return processBytes(bytes, displayPath, options);
}

/** Run one stage; an untyped error it throws becomes an InputError tagged with the stage. */
async function atStage<T>(stage: ErrorStage, file: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isInputError(error)) throw error;
    const hasStage = typeof (error as { stage?: unknown } | null)?.stage === 'string';
    const record = toErrorRecord(error, file);
    throw new InputError(record.code, hasStage ? record.stage : stage, record.message, { cause: error });
  }
}
