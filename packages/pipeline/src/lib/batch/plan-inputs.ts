import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IdentifiedInput } from './assign-report-ids.ts';
import type { RunState, StateEntry } from './run-state.ts';

/** Failures worth retrying on an unchanged input: they depend on the run, not the file. */
const RETRY_CODES: ReadonlySet<string> = new Set(['TIMEOUT', 'INTERNAL']);

/** Versions an entry must have been made with to be reused. */
export interface PlanVersions {
  readonly tool: string;
  readonly schema: string;
}

/** Whether an input must be processed, and the state entry to keep if not. */
export type InputPlan = { readonly todo: true; readonly input: IdentifiedInput } | { readonly todo: false; readonly input: IdentifiedInput; readonly entry: StateEntry };

/**
 * Decide whether one input can be skipped: it can when the run state has an
 * entry for it made by the same tool and schema version under the same id,
 * its report file is still there (or it failed for a reason of its own), and
 * its content is unchanged: same size and mtime, or else the same sha256
 * (then the entry is refreshed with the new mtime).
 * @param input the input
 * @param state run state of the output folder
 * @param outDir output folder
 * @param versions current tool and schema versions
 * @returns the plan for this input
 * @example await planInput(input, state, 'out', { tool: '0.1.0', schema: '1.0.0' })
 */
export async function planInput(input: IdentifiedInput, state: RunState, outDir: string, versions: PlanVersions): Promise<InputPlan> {
  const todo = { todo: true, input } as const;
  const previous = state.get(input.path);
  if (!previous || previous.tool !== versions.tool || previous.schema !== versions.schema || previous.id !== input.id || previous.file !== input.file) return todo;
  if (previous.outcome === 'failed' && (!previous.error || RETRY_CODES.has(previous.error.code))) return todo;
  if (previous.outcome === 'ok' && !(await exists(join(outDir, `${input.id}.json`)))) return todo;
  const info = await stat(input.path).catch(() => undefined);
  if (!info) return todo;
  if (info.size === previous.size && info.mtimeMs === previous.mtimeMs) return { todo: false, input, entry: previous };
  if (previous.sha256 === null || info.size !== previous.size) return todo;
  const sha256 = await hashFile(input.path).catch(() => null);
  if (sha256 !== previous.sha256) return todo;
  const entry: StateEntry = { ...previous, mtimeMs: info.mtimeMs };
  state.record(entry);
  return { todo: false, input, entry };
}

/**
 * sha256 of a file, streamed.
 * @example await hashFile('corpus/a.txt') // '9f86…'
 */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
