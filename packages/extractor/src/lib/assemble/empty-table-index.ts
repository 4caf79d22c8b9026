import type { AssembleLine } from './assemble-line.ts';
import { lineText } from './assemble-line.ts';
import { formLabel, type FormLabel } from './table-line-kinds.ts';

/** One entry of the index of tables (目录: 序号 / 内容 / 是否空表 / 理由). */
export interface IndexEntry {
  readonly label: FormLabel | null;
  readonly title: string;
  /** true = listed as 空表 (是), false = 否, null = not stated. */
  readonly empty: boolean | null;
  readonly reason: string | null;
  readonly line: AssembleLine;
}

/**
 * True for the header line of an index of tables: it names the 是否空表 column.
 * @example isIndexHeader('序号\t内容\t是否空表\t表格为空的理由') // true
 */
export function isIndexHeader(text: string): boolean {
  return /是否(?:为)?空表/.test(text.replace(/\s+/g, ''));
}

/**
 * Read an index entry from a line: cells (label, title, 是/否, reason) in
 * grid layouts, or one run of text (`表 1 收入支出决算总表 否`) in pdftotext.
 * @param line the line
 * @returns the entry or null when the line is not one
 * @example indexEntry(line)?.empty
 */
export function indexEntry(line: AssembleLine): IndexEntry | null {
  const cells = line.cells.map((c) => c.text);
  const filled = cells.filter((c) => c !== '');
  if (line.split === 'tab' || line.split === 'pdf' || line.split === 'pipe') {
    if (filled.length < 2) return null;
    const label = formLabel(cells[0] ?? '');
    const title = cells[1] ?? '';
    if (!label && !/^\d{1,2}$/.test(cells[0] ?? '')) return null;
    const flag = (cells[2] ?? '').trim();
    return { label, title, empty: flag === '是' ? true : flag === '否' ? false : null, reason: (cells[3] ?? '').trim() || null, line };
  }
  const text = lineText(line);
  const label = formLabel(text.split(/\s+(?=[^\d\s])/)[0] ?? '');
  const match = /^(?:(?:公开|预算|决算)?\s*表\s*\S{1,3}|\d{1,2})\s+(.+?)(?:\s+(是|否)(?:\s+(.*))?)?$/.exec(text.trim());
  if (!match?.[1] || !/表/.test(match[1])) return null;
  return { label, title: match[1], empty: match[2] === '是' ? true : match[2] === '否' ? false : null, reason: match[3]?.trim() || null, line };
}
