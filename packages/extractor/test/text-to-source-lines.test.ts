import { describe, expect, it } from 'vitest';
import { textToSourceLines } from '../src/index.ts';

describe('textToSourceLines', () => {
  it('should keep empty tab cells and 1-based line numbers', () => {
    const [first, second] = textToSourceLines('项目\t\t本年支出合计\n208\t社会保障和就业支出\t10.05\t\n', 'txt');
    expect(first?.cells.map((c) => c.text)).toEqual(['项目', '', '本年支出合计']);
    expect(second?.cells.map((c) => c.text)).toEqual(['208', '社会保障和就业支出', '10.05', '']);
    expect([first?.line, second?.line, first?.split]).toEqual([1, 2, 'tab']);
  });

  it('should count form feeds as page breaks', () => {
    const lines = textToSourceLines('第一页\n\f第二页\n正文\f\n第三页', 'txt');
    expect(lines.map((l) => [l.line, l.page])).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 3],
    ]);
  });

  it('should split pdftotext lines on runs of two or more spaces only', () => {
    const [line] = textToSourceLines('合计    945. 84   160.74', 'txt');
    expect(line?.cells.map((c) => c.text)).toEqual(['合计', '945. 84', '160.74']);
    expect(line?.split).toBe('spaces');
  });

  it('should strip Markdown heading marks, emphasis and bullets via remark, keeping ordered numbering', () => {
    const lines = textToSourceLines('## **八、政府采购情况说明**\n\n- 一、部门主要职责\n\n1. 基本支出：指……\n', 'md');
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['八、政府采购情况说明']);
    expect(lines[0]?.heading).toBe(2);
    expect(lines[2]?.cells.map((c) => c.text)).toEqual(['一、部门主要职责']);
    expect(lines[4]?.cells.map((c) => c.text)).toEqual(['1. 基本支出：指……']);
    expect(lines[0]?.text).toBe('## **八、政府采购情况说明**');
  });
});
