/**
 * Characters that make a command-line argument a glob rather than a path.
 */
const GLOB_CHARS = /[*?[{]/;

/**
 * Whether a path segment or pattern contains glob syntax.
 * @example isGlob('corpus/*.txt') // true
 */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Compile a glob (`*`, `**`, `?`, `[abc]`, `[!abc]`, `{a,b}`) to an anchored
 * RegExp over `/`-separated relative paths. `*` and `?` never cross `/`;
 * `**` matches any number of directories. Leading dots are not special.
 * @param pattern glob relative to the directory it is matched in
 * @returns anchored regular expression
 * @example globToRegExp('**\/*.{txt,md}').test('a/b/c.md') // true
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braceDepth = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === '*') {
      if (pattern[index + 1] === '*') {
        const slashAfter = pattern[index + 2] === '/';
        const atSegmentStart = index === 0 || pattern[index - 1] === '/';
        if (atSegmentStart && slashAfter) {
          source += '(?:.*/)?';
          index += 2;
        } else {
          source += '.*';
          index += 1;
        }
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = pattern.indexOf(']', index + 2);
      if (close === -1) source += '\\[';
      else {
        let body = pattern.slice(index + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body.replaceAll('\\', '\\\\')}]`;
        index = close;
      }
    } else if (char === '{') {
      braceDepth++;
      source += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (char === ',' && braceDepth > 0) source += '|';
    else source += char.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}
