import { describe, expect, it } from 'vitest';
import { decodeEntities, HTML_TABLE_LIMITS, readHtmlTable } from '../src/lib/text/html-table.ts';

const rows = (html: string) => readHtmlTable(html).map((item) => (item.kind === 'row' ? item.cells.map((c) => c.text) : item.text));

describe('readHtmlTable', () => {
  it('should expand colspan into empty following cells and hold rowspan columns open below', () => {
    const html = '<table><tr><td rowspan="3">项目</td><td colspan="2">本年支出</td><td rowspan=2>备注</td></tr><tr><td>基本</td><td>项目</td></tr><tr><td>1</td><td>2</td><td>x</td></tr></table>';
    expect(rows(html)).toEqual([
      ['项目', '本年支出', '', '备注'],
      ['', '基本', '项目', ''],
      ['', '1', '2', 'x'],
    ]);
  });

  it('should decode entities, collapse whitespace, read <br> as a space and skip inline tags', () => {
    expect(rows('<table><tr><th> 社会保障&amp;就业 </th><td>&nbsp;</td><td>&lt;1&gt;</td><td>科目<br/>代码</td><td><b>10.05</b></td><td>&#20803;&#x5143;</td></tr></table>')).toEqual([['社会保障&就业', '', '<1>', '科目 代码', '10.05', '元元']]);
    expect(decodeEntities('&bogus; &#xD800; &amp')).toBe('&bogus; &#xD800; &amp');
  });

  it('should close unclosed cells and rows, keep captions and text around the table, skip comments', () => {
    expect(rows('<p>公开05表</p><table><caption>支出决算表</caption><!-- <tr><td>no</td></tr> --><tr><td>a<td>b<tr><td>c</table><p>注：单位万元</p>')).toEqual(['公开05表', '支出决算表', ['a', 'b'], ['c'], '注：单位万元']);
  });

  it('should read a nested table as text of its outer cell', () => {
    expect(rows('<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>2</td></tr></table>')).toEqual([['外内', '2']]);
  });

  it('should give each row the offset of its <tr>', () => {
    const html = '<table>\n<tr><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>';
    expect(readHtmlTable(html).map((item) => item.offset)).toEqual([html.indexOf('<tr>'), html.lastIndexOf('<tr>')]);
  });

  it('should clamp spans and stay linear on hostile input', () => {
    const wide = rows(`<table><tr><td colspan="999999">x</td><td rowspan="999999">y</td></tr><tr><td>z</td></tr></table>`);
    expect(wide[0]).toHaveLength(HTML_TABLE_LIMITS.maxColspan + 1);
    const started = performance.now();
    const junk = [`<td colspan=${' '.repeat(200_000)}`, '<'.repeat(200_000), `<td a="${'x'.repeat(200_000)}`, '<tr><td>1'.repeat(20_000), '<table>'.repeat(50_000)];
    for (const html of junk) readHtmlTable(html);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
