// Note: a second entry point for the batch runner alone. The CLI's main thread
// only schedules work and aggregates; importing it from here keeps the
// extractor (pdf.js) and normalizer out of the main thread, which matters for
// a re-run that skips everything. Workers load the full pipeline.
export { runBatch } from './lib/batch/run-batch.ts';
export type { BatchEvent, BatchOptions, BatchSummary } from './lib/batch/batch-types.ts';
