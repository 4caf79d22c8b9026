import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceLine } from '../src/lib/source-line.ts';
import { PERFORMANCE_TITLE } from '../src/lib/performance/parse-performance-table.ts';

/** Corpus text → SourceLines: tabs split into cells keeping empties; otherwise runs of 2+ spaces. */
export function textToLines(text: string): SourceLine[] {
  let page = 1;
  return text.split(/\r?\n/).map((raw, index) => {
    if (raw.includes('\f')) page += raw.split('\f').length - 1;
    const lineText = raw.replace(/\f/g, '');
    const tab = lineText.includes('\t');
    const parts = tab ? lineText.split('\t') : lineText.trim() === '' ? [] : lineText.trim().split(/ {2,}/);
    let pos = 0;
    const cells = parts.map((part) => {
      const start = lineText.indexOf(part, pos);
      pos = start + part.length;
      return { text: part.trim(), start, end: start + part.length };
    });
    return { page, line: index + 1, text: lineText, cells, split: tab ? 'tab' : parts.length > 1 ? 'spaces' : 'none' } as SourceLine;
  });
}

export function corpusLines(name: string): SourceLine[] {
  const dir = fileURLToPath(new URL('../../../corpus/', import.meta.url));
  return textToLines(readFileSync(`${dir}${name}`, 'utf8'));
}

const HEADING = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|#)/;

/** Performance-table slices of a corpus file: title line to the next title or heading. */
export function performanceSlices(lines: readonly SourceLine[]): { title: SourceLine; lines: SourceLine[] }[] {
  const out: { title: SourceLine; lines: SourceLine[] }[] = [];
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (!PERFORMANCE_TITLE.test(t) || t.length > 60 || line.cells.length > 3 || /：|。/.test(t)) return;
    let end = i + 1;
    while (end < lines.length) {
      const next = (lines[end]?.text ?? '').trim();
      if ((PERFORMANCE_TITLE.test(next) && next.length <= 60 && !/。/.test(next)) || HEADING.test(next) || /^表\d+$/.test(next)) break;
      end++;
    }
    out.push({ title: line, lines: lines.slice(i, end) });
  });
  return out;
}
