import { type Finding, type PerformanceTable, type Report, SCHEMA_VERSION, type Section, type Table } from '@budgetdoc/schema';
import type { ExtractInput } from '../extract-input.ts';
import { detectReportMeta } from '../meta/detect-report-meta.ts';
import { parsePerformanceTable } from '../performance/parse-performance-table.ts';
import type { SourceLine } from '../source-line.ts';
import { type AssembleLine, isBlankLine, lineText } from './assemble-line.ts';
import { type AnnouncedTable, announcedTables, standardTables } from './announced-tables.ts';
import { ParagraphBuilder } from './build-paragraphs.ts';
import { buildTable } from './build-table.ts';
import { classifyHeading } from './classify-heading.ts';
import { indexEntry, isIndexHeader } from './empty-table-index.ts';
import { isTocEntry } from './heading-numbering.ts';
import type { LineTrace } from './line-trace.ts';
import { opensTable, tableBlockEnd, tableLineKind } from './table-block-lines.ts';
import { formLabel, isPerformanceTitle, isTableTitle } from './table-line-kinds.ts';

export type { LineTrace } from './line-trace.ts';

/** Identity and format facts of the input, copied into `Report.source`. */
export interface AssembleInput extends ExtractInput {
  readonly format: 'txt' | 'md' | 'pdf';
  readonly encoding: string | null;
  readonly pages: number;
  readonly pagesWithoutText: readonly number[];
}

/** Options of `assembleReport`. */
export interface AssembleOptions {
  readonly trace?: (event: LineTrace) => void;
}

/**
 * The width pdftotext wrapped prose at, when the text is hard-wrapped: the
 * most common length of long single-cell lines, if such lines dominate.
 */
function detectWrapWidth(lines: readonly AssembleLine[]): number | null {
  const lengths = lines.filter((l) => l.cells.length === 1).map((l) => lineText(l).length).filter((n) => n >= 12);
  if (lengths.length < 20) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [width, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  // Unwrapped text has no dominant length.
  return count >= lengths.length * 0.08 && width < 60 ? width : null;
}

/**
 * True when a table block repeats the previous table's form label, or
 * its exact title, or marks itself 续 (continued): one table across pages.
 * Performance tables are never merged (several share one form label).
 */
function isContinuation(previous: Table, block: readonly AssembleLine[]): boolean {
  if (isPerformanceTitle(previous.title) || block.some((l) => isPerformanceTitle(lineText(l)))) return false;
  const label = block.map((l) => formLabel(lineText(l))).find((x) => x !== null) ?? null;
  const title = block.map((l) => lineText(l)).find((t) => isTableTitle(t)) ?? null;
  if (label) return previous.formLabel === label.label && (title === null || compactTitle(title) === compactTitle(previous.title) || /续/.test(title));
  return title !== null && (compactTitle(title) === compactTitle(previous.title) || /[（(]?续[）)]?$/.test(title.trim()));
}

const compactTitle = (title: string): string => title.replace(/\s+|[（(]\s*续\s*[）)]|续表?$/g, '');

/** Inside a 目录: short lines that are not sentences, or a title with its page number. */
function isTocModeEntry(line: AssembleLine, entryText: string): boolean {
  const text = lineText(line);
  if (formLabel(text) || /[。：:，,；]$|，/.test(text)) return false;
  const filled = line.cells.filter((c) => c.text !== '');
  const paged = filled.length === 2 && /^\d{1,4}$/.test(filled[1]?.text ?? '');
  return (tableLineKind(line) !== 'grid' || paged) && (entryText.length <= 40 || isTocEntry(text));
}

function nextNonBlank(lines: readonly AssembleLine[], from: number): number | null {
  for (let j = from; j < lines.length && j < from + 4; j++) if (!isBlankLine(lines[j] as AssembleLine)) return j;
  return null;
}

/** Table-of-contents entry text without bullets, dot leaders and page number. */
function tocText(text: string): string {
  return text
    .replace(/^[-•·*]\s+/, '')
    .replace(/(?:\.{2,}|…+|·{2,}|-{3,})?\s*\d{0,4}\s*$/, (m) => (/\.|…|·|-/.test(m) || /\s\d+$/.test(m) ? '' : m))
    .replace(/\s+/g, '');
}

/**
 * Lines of any input format → Report with sections, paragraphs, tables
 * (every printed or announced table exactly once; keys left null for the
 * normalizer), performance tables, metadata and extractor findings.
 * Format-agnostic: relies on cells and optional hints, never on tabs.
 * @param lines source lines in reading order
 * @param input identity and format facts of the input
 * @param options `trace` receives one event per line with the role decided
 * @returns the report
 * @example assembleReport(textToSourceLines(text, 'txt'), input).tables.length
 */
export function assembleReport(lines: readonly SourceLine[], input: AssembleInput, options: AssembleOptions = {}): Report {
  const all = lines as readonly AssembleLine[];
  const file = input.file;
  const emit = (line: SourceLine, role: LineTrace['role'], detail?: string, owner?: string): void => {
    const event: LineTrace = { page: line.page, line: line.line, role, ...(owner ? { owner } : {}), ...(detail ? { detail } : {}) };
    options.trace?.(event);
  };
  const sections: Section[] = [];
  const tables: Table[] = [];
  const performance: PerformanceTable[] = [];
  const findings: Finding[] = [];
  const announced: AnnouncedTable[] = [];
  const issuers: string[] = [];
  const tableSetHeadings: AssembleLine[] = [];
  const paragraphs = new ParagraphBuilder(file);
  const printed: { table: Table; block: readonly AssembleLine[]; findings: Finding[]; end: number }[] = [];
  let counter = 0;
  const nextId = (): string => `t${String(++counter).padStart(2, '0')}`;
  let tocMode = false;
  const tocSeen = new Set<string>();
  const wrapWidth = detectWrapWidth(all);
  const currentSection = (): number | null => (sections.length > 0 ? sections.length - 1 : null);

  for (let i = 0; i < all.length; ) {
    const line = all[i] as AssembleLine;
    const text = lineText(line);
    if (isBlankLine(line)) {
      emit(line, i > 0 && all[i - 1]?.page !== line.page ? 'page-break' : 'blank');
      i++;
      continue;
    }
    if (isIndexHeader(text)) {
      paragraphs.close();
      tocMode = false;
      emit(line, 'toc', 'index of tables header');
      let j = i + 1;
      for (; j < all.length; j++) {
        const next = all[j] as AssembleLine;
        if (isBlankLine(next)) {
          emit(next, 'blank');
          continue;
        }
        const entry = indexEntry(next);
        if (!entry) break;
        announced.push({ ...entry, via: 'index' });
        emit(next, 'toc', `index entry ${entry.label?.label ?? ''} ${entry.empty === true ? '空表' : ''}`.trim());
      }
      i = j;
      continue;
    }
    const compact = text.replace(/\s+/g, '');
    if (compact === '目录') {
      paragraphs.close();
      tocMode = true;
      emit(line, 'toc', '目录 heading');
      i++;
      continue;
    }
    const entryText = tocText(text) || compact;
    if (tocMode && tocSeen.has(entryText)) tocMode = false;
    if ((tocMode && isTocModeEntry(line, entryText)) || isTocEntry(text)) {
      tocSeen.add(entryText);
      const announcedTitle = entryText.replace(/^[一二三四五六七八九十]+、|^\d{1,2}[.、]/, '');
      if (isTableTitle(announcedTitle)) announced.push({ label: null, title: announcedTitle, empty: null, reason: null, line, via: 'toc' });
      emit(line, 'toc', tocMode ? 'inside 目录' : 'dot leaders / page number');
      i++;
      continue;
    }
    tocMode = false;
    const kind = tableLineKind(line);
    if ((kind === 'label' || kind === 'title') && opensTable(all, i)) {
      paragraphs.close();
      const end = tableBlockEnd(all, i);
      handleTable(all.slice(i, end));
      i = end;
      continue;
    }
    let heading = classifyHeading(line);
    let headingEnd = i + 1;
    if (heading && wrapWidth !== null && text.length >= wrapWidth - 1) {
      // A numbered line at full wrap width continues on the next line: a short
      // tail completes the heading, a long one means the line starts a paragraph.
      const next = nextNonBlank(all, i + 1);
      const tail = next === null ? null : all[next];
      const tailText = tail ? lineText(tail) : '';
      const tailIsProse = tail !== undefined && tail !== null && tableLineKind(tail) === null && classifyHeading(tail) === null;
      if (tailIsProse && next !== null && tailText.length < wrapWidth * 0.6 && !/[。；;]$/.test(tailText)) {
        heading = { ...heading, title: heading.title + tailText, reason: `${heading.reason}, wrapped onto line ${tail?.line}` };
        headingEnd = next + 1;
      } else if (tailIsProse) heading = null;
    }
    if (heading) {
      paragraphs.close();
      sections.push({ title: heading.title, numbering: heading.numbering, level: heading.level, key: null, prov: { file, page: line.page, line: line.line } });
      if (/(?:决算|预算)(?:公开)?表$|公开报表$|报表$/.test(heading.title.replace(/\s+/g, ''))) tableSetHeadings.push(line);
      emit(line, 'heading', heading.reason, `s${sections.length - 1}`);
      for (let k = i + 1; k < headingEnd; k++) {
        const rest = all[k] as AssembleLine;
        emit(rest, isBlankLine(rest) ? 'blank' : 'heading', isBlankLine(rest) ? undefined : 'heading continued', `s${sections.length - 1}`);
      }
      i = headingEnd;
      continue;
    }
    paragraphs.add(line, currentSection());
    emit(line, 'prose', undefined, currentSection() === null ? undefined : `s${currentSection()}`);
    i++;
  }
  paragraphs.close();

  function handleTable(block: readonly AssembleLine[]): void {
    const previous = printed[printed.length - 1];
    const continued = previous && previous.end === tables.length && isContinuation(previous.table, block);
    const id = continued ? previous.table.id : nextId();
    const lines = continued ? [...previous.block, ...block] : block;
    const built = buildTable(lines, { file, tableId: id });
    if (built.issuer) issuers.push(built.issuer);
    const titleLine = block.find((l) => isPerformanceTitle(lineText(l)));
    let table = built.table;
    let perf: { table: Table; performance: PerformanceTable; findings: Finding[] } | null = null;
    if (titleLine) {
      try {
        perf = parsePerformanceTable(block, { file, tableId: id, title: lineText(titleLine), titleLine });
      } catch (error) {
        findings.push({ code: 'PERFORMANCE_PARSE_FAILED', severity: 'warning', source: 'extractor', message: `performance table parser failed: ${(error as Error).message}`, where: { table: id, page: titleLine.page, line: titleLine.line } });
      }
    }
    if (perf) {
      table = perf.table;
      performance.push(perf.performance);
    }
    const entry = { table, block: lines, findings: perf ? perf.findings : built.findings, end: 0 };
    if (continued) {
      // A title or form label repeated after a page break continues the table.
      tables[tables.length - 1] = table;
      printed[printed.length - 1] = entry;
    } else {
      tables.push(table);
      printed.push(entry);
    }
    entry.end = tables.length;
    for (const l of block) {
      const role = built.roles.get(l);
      const detail = continued && role?.role === 'table-title' ? `${role.detail ?? ''}; continues ${id}` : role?.detail;
      if (perf && role?.role !== 'blank') emit(l, 'performance', role?.detail ?? 'performance table line', id);
      else emit(l, role?.role ?? 'ignored', detail, id);
    }
  }

  for (const entry of printed) findings.push(...entry.findings);
  const meta = detectReportMeta(all, sections, tables, issuers);
  const printedStandard = tables.some((t) => !isPerformanceTitle(t.title));
  const heading = tableSetHeadings[0];
  if (announced.length === 0 && !printedStandard && heading) {
    const kind = /预算/.test(lineText(heading)) ? 'budget' : /决算/.test(lineText(heading)) ? 'final' : meta.kind;
    if (kind) announced.push(...standardTables(kind, heading));
  }
  const extra = announcedTables(tables, announced, nextId, file);
  findings.push(...extra.findings);
  tables.push(...extra.tables);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    source: { file, sha256: input.sha256, format: input.format, encoding: input.encoding, pages: input.pages, pagesWithoutText: [...input.pagesWithoutText], bytes: input.bytes },
    meta,
    sections,
    paragraphs: paragraphs.paragraphs,
    tables,
    performance,
    figures: [],
    findings,
  };
}
