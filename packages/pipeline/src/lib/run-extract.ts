import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CELLS_HEADER, TABLES_HEADER, cellRecords, tableRecords } from './flatten.ts';
import { csvLine } from './csv.ts';
import { processFile, reportId } from './process-file.ts';

export interface ExtractOptions {
  readonly out: string;
}

async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const entry of (await readdir(input, { recursive: true, withFileTypes: true })).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
        if (entry.isFile() && /\.(txt|md|pdf)$/i.test(entry.name)) files.push(join(entry.parentPath, entry.name));
      }
    } else files.push(input);
  }
  return files;
}

/**
 * Minimal sequential extract (replaced by the batch runner of issue 6).
 * @example await runExtract(['corpus'], { out: 'out' })
 */
export async function runExtract(inputs: readonly string[], options: ExtractOptions): Promise<{ ok: number; failed: number }> {
  await mkdir(options.out, { recursive: true });
  const cells = [csvLine(CELLS_HEADER)];
  const tables = [csvLine(TABLES_HEADER)];
  let ok = 0;
  let failed = 0;
  for (const file of await listInputs(inputs)) {
    try {
      const report = await processFile(file);
      await writeFile(join(options.out, `${reportId(file)}.json`), `${JSON.stringify(report, null, 2)}\n`);
      for (const r of cellRecords(report)) cells.push(csvLine(CELLS_HEADER.map((h) => r[h])));
      for (const r of tableRecords(report)) tables.push(csvLine(TABLES_HEADER.map((h) => r[h])));
      ok++;
    } catch (error) {
      failed++;
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
    }
  }
  await writeFile(join(options.out, 'cells.csv'), `${cells.join('\n')}\n`);
  await writeFile(join(options.out, 'tables.csv'), `${tables.join('\n')}\n`);
  return { ok, failed };
}
