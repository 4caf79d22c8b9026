import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processFile } from '@budgetdoc/pipeline';
import type { Report } from '@budgetdoc/schema';

export interface ManifestEntry {
  readonly id: string;
  readonly file: string;
  readonly sha256: string;
  readonly format: 'txt' | 'pdf';
  readonly kind: 'budget' | 'final';
  readonly expect: 'golden' | 'load' | 'skip';
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The corpus manifest. */
export const manifest: ManifestEntry[] = JSON.parse(readFileSync(`${repoRoot}corpus/manifest.json`, 'utf8'));

const cache = new Map<string, Promise<Report>>();

/** Process a corpus file once per test worker, with provenance paths relative to the repo. */
export function corpusReport(id: string): Promise<Report> {
  const entry = manifest.find((e) => e.id === id || e.id.startsWith(`${id}_`));
  if (!entry) throw new Error(`no corpus entry ${id}`);
  let report = cache.get(entry.id);
  if (!report) {
    report = processFile(`${repoRoot}corpus/${entry.file}`, `corpus/${entry.file}`);
    cache.set(entry.id, report);
  }
  return report;
}
