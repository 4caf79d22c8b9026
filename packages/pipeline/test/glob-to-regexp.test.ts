import { describe, expect, test } from 'vitest';
import { globToRegExp } from '../src/lib/batch/glob-to-regexp.ts';

describe('globToRegExp', () => {
  test('should keep * and ? inside one path segment', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('d/a.txt')).toBe(false);
    expect(globToRegExp('a?.md').test('ab.md')).toBe(true);
  });

  test('should let ** cross any number of directories', () => {
    const re = globToRegExp('**/*.pdf');
    expect(['x.pdf', 'a/x.pdf', 'a/b/c/x.pdf'].map((path) => re.test(path))).toEqual([true, true, true]);
    expect(re.test('a/x.txt')).toBe(false);
  });

  test('should support braces, classes and escape regex characters', () => {
    expect(globToRegExp('r.{txt,md}').test('r.md')).toBe(true);
    expect(globToRegExp('r.{txt,md}').test('rxmd')).toBe(false);
    expect(globToRegExp('[ab]1.txt').test('b1.txt')).toBe(true);
    expect(globToRegExp('[!ab]1.txt').test('b1.txt')).toBe(false);
    expect(globToRegExp('预算(1)+.txt').test('预算(1)+.txt')).toBe(true);
  });
});
