import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** What Markdown says about one source line. */
export interface MarkdownLineInfo {
  /** ATX/setext heading depth (1–6) when the line is a heading. */
  heading?: number;
  /** Character ranges [start, end) of the raw line that are markup (`#`, `**`, `- `), to drop. */
  readonly markup: [number, number][];
}

interface MdPoint {
  line: number;
  column: number;
}
interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  children?: MdNode[];
  position?: { start: MdPoint; end: MdPoint };
}

/**
 * Parse Markdown with unified + remark-parse and map what matters back to
 * source lines: heading depth, and the markup characters (heading marks,
 * emphasis delimiters, unordered bullet marks) to strip from the printed
 * text. Ordered-list markers are kept: in these reports `1.` is numbering.
 * @param text the whole document
 * @returns info per 1-based source line that carries any markup
 * @example markdownMarkup('## 第一部分 概况').get(1)?.heading // 2
 */
export function markdownMarkup(text: string): Map<number, MarkdownLineInfo> {
  const tree = unified().use(remarkParse).parse(text) as unknown as MdNode;
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
  const visit = (node: MdNode, parentOrdered: boolean | null | undefined): void => {
    if (node.type === 'heading' && node.position) {
      at(node.position.start.line).heading = node.depth ?? 1;
      delimit(node);
    } else if (node.type === 'strong' || node.type === 'emphasis') {
      delimit(node);
    } else if (node.type === 'listItem' && !parentOrdered && node.position) {
      const first = node.children?.[0]?.position;
      if (first && first.start.line === node.position.start.line) at(first.start.line).markup.push([node.position.start.column - 1, first.start.column - 1]);
    } else if (node.type === 'code' || node.type === 'html' || node.type === 'table') {
      return;
    }
    for (const child of node.children ?? []) visit(child, node.type === 'list' ? node.ordered : undefined);
  };
  visit(tree, undefined);
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
