import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../command.ts';

/** Usage text of `budgetdoc extract`. */
export const EXTRACT_USAGE = `usage: budgetdoc extract <file|dir|glob>... [options]

Turns budget and final-account reports (PDF, text, Markdown; detected by
content) into out/<id>.json, cells.csv, tables.csv, findings.csv,
indicators.csv (with .jsonl twins) and errors.jsonl. Directories are walked recursively for .pdf .txt
.text .md .markdown; quote globs ('crawl/**/*.pdf') so the shell leaves them.
Each report is out/<id>.json, id = file name without extension; when two
inputs share a name (same file name in two folders) both get
<name>__<first 8 hex of sha256(path as given)>. The CSV/JSONL files cover
the inputs of this run, in id order. A re-run into the same folder skips
inputs unchanged since (same content, tool and schema version).

options:
  -o, --out <dir>           output folder (default: out)
  -j, --workers <n>         worker threads (default: number of cores, here ${availableParallelism()})
      --timeout <s>         time limit per file in seconds (default: 120)
      --force               redo every input, even unchanged ones
      --excel               CSV with a UTF-8 BOM and CRLF, so Excel reads Chinese
      --max-bytes <n>       refuse larger files (default 200M; suffixes K M G)
      --max-pages <n>       refuse PDFs with more pages (default 2000)
      --worker-memory <MB>  heap limit per worker; a file over it fails alone
      --json                JSON log lines on stdout instead of a progress bar
      --debug               stack traces and worker output on stderr
  -h, --help                this help

exit codes: 0 every file ok, 1 some files failed (see errors.jsonl),
            2 usage error, 130 interrupted (run again to finish)`;

/** Parsed `budgetdoc extract` arguments. */
export interface ExtractArgs {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly force: boolean;
  readonly excel: boolean;
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly workerMemoryMb?: number;
  readonly json: boolean;
  readonly debug: boolean;
}

/**
 * Parse `budgetdoc extract` arguments (strict: unknown options are usage errors).
 * @param argv arguments after `extract`
 * @returns the options
 * @throws UsageError for no inputs or invalid values
 * @example parseExtractArgs(['corpus', '--out', 'out', '-j', '2']).workers // 2
 */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'out' },
      workers: { type: 'string', short: 'j' },
      timeout: { type: 'string', default: '120' },
      force: { type: 'boolean', default: false },
      excel: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      'max-pages': { type: 'string' },
      'worker-memory': { type: 'string' },
      json: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('no inputs: give files, directories or globs');
  const maxBytes = values['max-bytes'] === undefined ? undefined : parseSize(values['max-bytes']);
  const maxPages = values['max-pages'] === undefined ? undefined : positiveInteger('--max-pages', values['max-pages']);
  const workerMemoryMb = values['worker-memory'] === undefined ? undefined : positiveInteger('--worker-memory', values['worker-memory']);
  return {
    inputs: positionals,
    out: values.out,
    workers: values.workers === undefined ? availableParallelism() : positiveInteger('--workers', values.workers),
    timeoutMs: Math.round(positiveNumber('--timeout', values.timeout) * 1000),
    force: values.force,
    excel: values.excel,
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(maxPages === undefined ? {} : { maxPages }),
    ...(workerMemoryMb === undefined ? {} : { workerMemoryMb }),
    json: values.json,
    debug: values.debug,
  };
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name} must be a positive integer, got '${text}'`);
  return value;
}

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${name} must be a positive number, got '${text}'`);
  return value;
}

/** `500M` → bytes (K/M/G are binary: 1024-based). */
function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-bytes must be a size like 500M, got '${text}'`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const bytes = Math.round(Number(match[1]) * scale);
  if (bytes < 1) throw new UsageError(`--max-bytes must be positive, got '${text}'`);
  return bytes;
}
