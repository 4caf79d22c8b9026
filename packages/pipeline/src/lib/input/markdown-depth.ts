/**
 * Deepest container nesting of Markdown text, measured cheaply line by line:
 * block quote markers and list markers at the start of a line, plus
 * indentation steps (nested lists), and runs of opening brackets (nested
 * links/emphasis). The Markdown parser and tree walkers recurse on this
 * depth, so hostile input is caught here before it can overflow the stack.
 * Linear in the text length.
 * @param text Markdown text
 * @returns the largest nesting found
 * @example markdownDepth('> > > quote') // 3
 */
export function markdownDepth(text: string): number {
  let max = 0;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    max = Math.max(max, lineDepth(text, start, end));
    start = end + 1;
  }
  return max;
}

function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let indent = 0;
  let i = start;
  // Leading container markers: '>' quotes, '-', '*', '+' and '1.' list items, with the spaces between them.
  for (; i < end; i++) {
    const ch = text[i];
    // Only indentation before the first marker nests lists; spaces between markers are separators.
    if (ch === ' ') indent += depth === 0 ? 1 : 0;
    else if (ch === '\t') indent += depth === 0 ? 4 : 0;
    else if (ch === '>') depth++;
    else if ((ch === '-' || ch === '*' || ch === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) depth++;
    else break;
  }
  let brackets = 0;
  let maxBrackets = 0;
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '(') maxBrackets = Math.max(maxBrackets, ++brackets);
    else if ((ch === ']' || ch === ')') && brackets > 0) brackets--;
  }
  // Indentation nests only when it leads to a container marker; otherwise it is an indented code line.
  return depth + (depth > 0 ? Math.floor(indent / 2) : 0) + maxBrackets;
}
