import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Prefix of every temporary file the batch runner creates in the output folder. */
export const TEMP_PREFIX = '.budgetdoc-tmp-';

/**
 * Path of a fresh temporary file next to `path` (same directory, so the
 * final rename is atomic).
 * @example tempPathFor('out/a.json') // 'out/.budgetdoc-tmp-a.json-1234-0-9f3a…'
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${basename(path)}-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`);
}

/**
 * Write a file atomically: write and fsync a temporary file in the same
 * directory, then rename it over `path`. Readers (and a run killed half way)
 * see the old file or the new one, never a part.
 * @param path destination
 * @param data content
 * @example await writeFileAtomic('out/a.json', '{}\n')
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
}

/**
 * Remove temporary files left in `dir` by an interrupted run.
 * @param dir output folder
 * @returns how many were removed
 * @example await removeTempFiles('out')
 */
export async function removeTempFiles(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => name.startsWith(TEMP_PREFIX));
  await Promise.all(names.map((name) => rm(join(dir, name), { force: true })));
  return names.length;
}
