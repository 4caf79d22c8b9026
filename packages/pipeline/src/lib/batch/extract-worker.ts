/**
 * Worker-thread entry of the batch runner: loads the pipeline once, then
 * processes one job at a time ({@link processJob}) and posts the outcome.
 * Protocol: worker → `{ type: 'ready' }` once loaded; main → `{ jobId, job }`;
 * worker → `{ type: 'done', jobId, outcome }`.
 */
import { parentPort } from 'node:worker_threads';
import { type Job, processJob } from './process-job.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts must run in a worker thread');

port.on('message', async (message: { jobId: number; job: Job }) => {
  const outcome = await processJob(message.job);
  port.postMessage({ type: 'done', jobId: message.jobId, outcome });
});
port.postMessage({ type: 'ready' });
