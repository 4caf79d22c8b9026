import { readdir, stat } from 'node:fs/promises';
import { join, normalize, relative, resolve, sep } from 'node:path';
import type { ErrorRecord } from '@budgetdoc/schema';
import { globToRegExp, isGlob } from './glob-to-regexp.ts';

/** Extensions picked up when walking a directory; other files there are ignored (counted). */
export const REPORT_EXTENSIONS = /\.(pdf|txt|text|md|markdown)$/i;

/** One input file of a batch. */
export interface InputFile {
  /** Absolute path. */
  readonly path: string;
  /** Path as shown to the user and recorded in provenance (`/`-separated, relative if given relative). */
  readonly file: string;
}

/** What the command-line inputs expand to. */
export interface ExpandedInputs {
  /** Unique files sorted by `file` (code-point order, independent of locale). */
  readonly files: InputFile[];
  /** Inputs that name nothing (INPUT_NOT_FOUND records). */
  readonly missing: ErrorRecord[];
  /** Files found in directories but skipped for their extension. */
  readonly ignored: number;
}

/**
 * Expand command-line inputs: files are taken as given (whatever their
 * extension: content decides), directories are walked recursively for
 * report extensions, globs are matched under their static prefix.
 * @param inputs files, directories or globs
 * @returns sorted unique files, missing inputs, ignored count
 * @example await expandInputs(['corpus', 'more/**\/*.pdf'])
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const byPath = new Map<string, InputFile>();
  const missing: ErrorRecord[] = [];
  let ignored = 0;
  const add = (file: string) => {
    const path = resolve(file);
    if (!byPath.has(path)) byPath.set(path, { path, file: toDisplay(file) });
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const file of await walk(input)) {
        if (REPORT_EXTENSIONS.test(file)) add(file);
        else ignored++;
      }
    } else if (info) add(input);
    else if (isGlob(input)) {
      const matches = await expandGlob(input);
      if (matches.length === 0) missing.push(notFound(input, 'no file matches this pattern'));
      for (const file of matches) add(file);
    } else missing.push(notFound(input, 'no such file or directory'));
  }
  const files = [...byPath.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, missing, ignored };
}

function notFound(input: string, message: string): ErrorRecord {
  return { file: toDisplay(input), code: 'INPUT_NOT_FOUND', stage: 'read', message };
}

/** Files under `dir`, `maxDepth` levels deep (1 = the directory itself), following symlinks to files. */
async function walk(dir: string, maxDepth = Number.POSITIVE_INFINITY): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (maxDepth > 1) files.push(...(await walk(path, maxDepth - 1)));
    } else if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()) files.push(path);
  }
  return files;
}

/** Files matching a glob: walk the longest glob-free directory prefix, then match the rest. */
async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex(isGlob);
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const rest = parts.slice(firstGlob);
  const matcher = globToRegExp(rest.join('/'));
  // Note: without `**` the pattern fixes the depth; '*.txt' must not walk node_modules.
  const maxDepth = rest.some((part) => part.includes('**')) ? Number.POSITIVE_INFINITY : rest.length;
  const info = await stat(base).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  return (await walk(base, maxDepth))
    .map((file) => toDisplay(relative(base, file)))
    .filter((path) => matcher.test(path))
    .map((path) => `${prefix}${path}`);
}

function toDisplay(file: string): string {
  return normalize(file).split(sep).join('/');
}
