import { basename, extname } from 'node:path';

/**
 * Report id of an input: its file name without extension.
 * @param file input path
 * @returns the id
 * @example reportId('corpus/a.txt') // 'a'
 */
export function reportId(file: string): string {
  return basename(file, extname(file));
}
