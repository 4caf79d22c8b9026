import type { Worker } from 'node:worker_threads';
import { spawnWorker, type SpawnWorkerOptions } from './spawn-worker.ts';

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions<J, R> extends SpawnWorkerOptions {
  /** Worker module: posts `{type:'ready'}`, answers `{jobId, job}` with `{type:'done', jobId, outcome}`. */
  readonly script: URL;
  /** Most workers alive at once. */
  readonly size: number;
  /** Time one job may take; then its worker is terminated and replaced. */
  readonly timeoutMs: number;
  /** Outcome recorded for a job that timed out. */
  readonly onTimeout: (job: J) => R;
  /** Outcome recorded for a job whose worker died (uncaught error, out of memory). */
  readonly onCrash: (job: J, error: Error) => R;
  /** Output the workers wrote to stdout/stderr (dropped when absent). */
  readonly onOutput?: (chunk: string) => void;
}

interface Task<J, R> {
  readonly job: J;
  readonly resolve: (outcome: R) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<J, R> {
  readonly worker: Worker;
  ready: boolean;
  gone: boolean;
  task?: Task<J, R> & { readonly jobId: number; readonly timer: NodeJS.Timeout };
}

/** Consecutive workers dying before they are ready: then the pool gives up (the pipeline cannot load). */
const MAX_START_FAILURES = 3;

/**
 * A fixed-size pool of worker threads running one job each, with a per-job
 * time limit: a job over it gets `onTimeout`, its worker is terminated and a
 * fresh one started. Workers start lazily, so a run with nothing to do
 * starts none.
 * @example const pool = new WorkerPool({ script, size: 2, timeoutMs: 120_000, onTimeout, onCrash }); await pool.run(job); await pool.close();
 */
export class WorkerPool<J, R> {
  readonly #options: WorkerPoolOptions<J, R>;
  readonly #slots = new Set<Slot<J, R>>();
  readonly #queue: Task<J, R>[] = [];
  #nextJobId = 0;
  #startFailures = 0;
  #closed = false;

  constructor(options: WorkerPoolOptions<J, R>) {
    this.#options = options;
  }

  /**
   * Run a job on the next free worker.
   * @param job structured-cloneable job
   * @returns the worker's outcome (or the timeout / crash outcome)
   */
  run(job: J): Promise<R> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  /** Terminate every worker; jobs still queued or running are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const closing = new Error('worker pool closed');
    for (const task of this.#queue.splice(0)) task.reject(closing);
    const slots = [...this.#slots];
    this.#slots.clear();
    await Promise.all(
      slots.map((slot) => {
        slot.gone = true;
        if (slot.task) {
          clearTimeout(slot.task.timer);
          slot.task.reject(closing);
        }
        return slot.worker.terminate();
      }),
    );
  }

  #pump(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      const task = slot.ready && !slot.task ? this.#queue.shift() : undefined;
      if (slot.ready && !slot.task && task) this.#dispatch(slot, task);
    }
    let starting = [...this.#slots].filter((slot) => !slot.ready).length;
    while (this.#queue.length > starting && this.#slots.size < this.#options.size) {
      this.#spawn();
      starting++;
    }
  }

  #dispatch(slot: Slot<J, R>, task: Task<J, R>): void {
    const jobId = this.#nextJobId++;
    const timer = setTimeout(() => this.#timeout(slot), this.#options.timeoutMs);
    slot.task = { ...task, jobId, timer };
    slot.worker.postMessage({ jobId, job: task.job });
  }

  #spawn(): void {
    const worker = spawnWorker(this.#options.script, this.#options.resourceLimits ? { resourceLimits: this.#options.resourceLimits } : {});
    const slot: Slot<J, R> = { worker, ready: false, gone: false };
    this.#slots.add(slot);
    const forward = (chunk: Buffer) => this.#options.onOutput?.(chunk.toString('utf8'));
    worker.stdout.on('data', forward);
    worker.stderr.on('data', forward);
    worker.on('message', (message: { type: string; jobId?: number; outcome?: R }) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.#startFailures = 0;
        this.#pump();
      } else if (message.type === 'done' && slot.task && message.jobId === slot.task.jobId) {
        const task = slot.task;
        clearTimeout(task.timer);
        slot.task = undefined;
        task.resolve(message.outcome as R);
        this.#pump();
      }
    });
    worker.on('error', (error) => this.#died(slot, error));
    worker.on('exit', (code) => this.#died(slot, new Error(`worker exited with code ${code}`)));
  }

  #timeout(slot: Slot<J, R>): void {
    const task = slot.task;
    if (!task || slot.gone) return;
    this.#retire(slot);
    task.resolve(this.#options.onTimeout(task.job));
    this.#pump();
  }

  #died(slot: Slot<J, R>, error: Error): void {
    if (slot.gone) return;
    const task = slot.task;
    const wasReady = slot.ready;
    this.#retire(slot);
    if (task) task.resolve(this.#options.onCrash(task.job, error));
    if (!wasReady && ++this.#startFailures >= MAX_START_FAILURES) {
      const fatal = new Error(`cannot start a worker: ${error.message}`, { cause: error });
      for (const queued of this.#queue.splice(0)) queued.reject(fatal);
      return;
    }
    this.#pump();
  }

  /** Take a slot out of the pool and stop its worker. */
  #retire(slot: Slot<J, R>): void {
    slot.gone = true;
    if (slot.task) clearTimeout(slot.task.timer);
    slot.task = undefined;
    this.#slots.delete(slot);
    void slot.worker.terminate();
  }
}
