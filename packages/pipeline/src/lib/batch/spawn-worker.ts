import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Options of {@link spawnWorker}. */
export interface SpawnWorkerOptions {
  /** Heap limits of the worker (a worker over them dies with ERR_WORKER_OUT_OF_MEMORY, the batch goes on). */
  readonly resourceLimits?: ResourceLimits;
}

/**
 * Start a worker thread on a module, TypeScript included: a `.ts` script is
 * loaded through tsx's ESM API registered inside the worker, because on
 * Node 20 a worker does not apply the `--import tsx` hooks of its parent to
 * its own entry point. Worker stdout/stderr are captured (see `stderr`) so
 * stray library output cannot garble the progress bar.
 * @param script module URL
 * @param options resource limits
 * @returns the worker
 * @example const worker = spawnWorker(new URL('./extract-worker.ts', import.meta.url))
 */
export function spawnWorker(script: URL, options: SpawnWorkerOptions = {}): Worker {
  const common = { stdout: true, stderr: true, ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}) };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, common);
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  // Note: execArgv [] so the worker does not try the parent's `--import tsx` on an eval'd entry.
  return new Worker(bootstrap, { ...common, eval: true, execArgv: [] });
}

let cachedTsxApi: string | undefined;

/** URL of `tsx/esm/api`, resolved from this package (pnpm: found in the workspace root). */
function tsxApiUrl(): string {
  if (cachedTsxApi) return cachedTsxApi;
  try {
    cachedTsxApi = import.meta.resolve('tsx/esm/api');
  } catch {
    cachedTsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
  return cachedTsxApi;
}
