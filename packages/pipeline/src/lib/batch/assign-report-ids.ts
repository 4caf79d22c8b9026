import { createHash } from 'node:crypto';
import { reportId } from '../report-id.ts';
import type { InputFile } from './expand-inputs.ts';

/** An input with the id its report is written under (`out/<id>.json`). */
export interface IdentifiedInput extends InputFile {
  readonly id: string;
}

/**
 * Give every input a report id. The id is the file name without extension;
 * when two inputs of the batch share that name (same file name in two
 * folders), each of them gets `<name>__<8 hex digits of sha256(display path)>`
 * instead, so neither overwrites the other and the id stays stable from run
 * to run as long as the path is given the same way.
 * @param files inputs of the batch
 * @returns the inputs with ids, in the same order
 * @example assignReportIds([{ path: '/a/x.txt', file: 'a/x.txt' }])[0].id // 'x'
 */
export function assignReportIds(files: readonly InputFile[]): IdentifiedInput[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    const id = reportId(file.file);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return files.map((file) => {
    const id = reportId(file.file);
    if ((counts.get(id) ?? 0) < 2) return { ...file, id };
    return { ...file, id: `${id}__${createHash('sha256').update(file.file).digest('hex').slice(0, 8)}` };
  });
}
