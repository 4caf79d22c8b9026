import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { htmlTableRows, type MarkdownRow, pipeTableRows } from './markdown-tables.ts';
import type { MdNode } from './md-node.ts';

export type { MarkdownRow } from './markdown-tables.ts';

/** What Markdown says about one source line. */
export interface MarkdownLineInfo {
  /** ATX/setext heading depth (1–6) when the line is a heading. */
  heading?: number;
  /** Character ranges [start, end) of the raw line that are markup (`#`, `**`, `- `), to drop. */
  readonly markup: [number, number][];
  /**
   * Table rows read on this line (GFM pipe table or HTML `<table>`). An
   * empty list marks table markup that carries no row (the `| --- |`
   * delimiter row, a `<table>` tag line): the line reads as blank.
   */
  rows?: MarkdownRow[];
}

/** HTML blocks worth reading as tables. A block cut by a blank line may start at a `<tr>`. */
const HTML_TABLE = /<(?:table|tr)[\s>]/i;

/**
 * Parse Markdown with unified + remark-parse + remark-gfm and map what
 * matters back to source lines: heading depth, the markup characters
 * (heading marks, emphasis delimiters, unordered bullet marks) to strip from
 * the printed text, and the rows of pipe tables and HTML tables.
 * Ordered-list markers are kept: in these reports `1.` is numbering.
 * @param text the whole document
 * @returns info per 1-based source line that carries any markup
 * @example markdownMarkup('## 第一部分 概况').get(1)?.heading // 2
 */
export function markdownMarkup(text: string): Map<number, MarkdownLineInfo> {
  // GFM for its tables; its other syntax (strikethrough, autolinks, footnotes) strips nothing, since only the nodes below are delimited.
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as unknown as MdNode;
  // The raw lines, split as the parser counts them, for cell text sliced by position.
  const lines = text.split(/\r\n|\r|\n/);
  const info = new Map<number, MarkdownLineInfo>();
  const at = (line: number): MarkdownLineInfo => {
    let entry = info.get(line);
    if (!entry) {
      entry = { markup: [] };
      info.set(line, entry);
    }
    return entry;
  };
  // Markup is everything between a node's start and its first child's start
  // (and between its last child's end and its own end) on the same line.
  const delimit = (node: MdNode): void => {
    const first = node.children?.[0]?.position;
    const last = node.children?.[node.children.length - 1]?.position;
    const own = node.position;
    if (!own || !first || !last) return;
    if (own.start.line === first.start.line) at(own.start.line).markup.push([own.start.column - 1, first.start.column - 1]);
    if (own.end.line === last.end.line && last.end.column < own.end.column) at(own.end.line).markup.push([last.end.column - 1, own.end.column - 1]);
  };
  const tables: MdNode[] = [];
  const visit = (node: MdNode, parentOrdered: boolean | null | undefined, inCell: boolean): void => {
    if (node.type === 'heading' && node.position) {
      at(node.position.start.line).heading = node.depth ?? 1;
      delimit(node);
    } else if (node.type === 'strong' || node.type === 'emphasis') {
      delimit(node);
    } else if (node.type === 'listItem' && !parentOrdered && node.position) {
      const first = node.children?.[0]?.position;
      if (first && first.start.line === node.position.start.line) at(first.start.line).markup.push([node.position.start.column - 1, first.start.column - 1]);
    } else if (node.type === 'table') {
      // Its rows are read after the walk, once the markup inside its cells is known.
      tables.push(node);
    } else if (node.type === 'html' && inCell) {
      // An inline tag in a pipe cell (`科目<br>代码`) is layout, not text.
      if (node.position && node.position.start.line === node.position.end.line) at(node.position.start.line).markup.push([node.position.start.column - 1, node.position.end.column - 1]);
      return;
    } else if (node.type === 'html' && HTML_TABLE.test(node.value ?? '')) {
      for (const [line, rows] of htmlTableRows(node, lines)) (at(line).rows ??= []).push(...rows);
      return;
    } else if (node.type === 'code' || node.type === 'html') {
      return;
    }
    for (const child of node.children ?? []) visit(child, node.type === 'list' ? node.ordered : undefined, inCell || node.type === 'tableCell');
  };
  visit(tree, undefined, false);
  for (const table of tables) {
    for (const [line, rows] of pipeTableRows(table, lines, (n) => info.get(n)?.markup ?? [])) (at(line).rows ??= []).push(...rows);
  }
  return info;
}

/**
 * Remove markup ranges from a raw line.
 * @example stripMarkup('## 目录', [[0, 3]]) // '目录'
 */
export function stripMarkup(line: string, markup: readonly [number, number][]): string {
  if (markup.length === 0) return line;
  const drop = new Array<boolean>(line.length).fill(false);
  for (const [start, end] of markup) for (let i = Math.max(0, start); i < Math.min(end, line.length); i++) drop[i] = true;
  let out = '';
  for (let i = 0; i < line.length; i++) if (!drop[i]) out += line[i];
  return out.replace(/\s+#+\s*$/, '').trim();
}
