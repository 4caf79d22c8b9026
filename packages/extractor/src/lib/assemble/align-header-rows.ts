import { isColumnNoLabel } from './table-line-kinds.ts';

const LABEL_WORD = /^(?:项目|科目代码|科目名称|科目编码|功能科目编码|功能科目名称|行次|栏次|档次|栏号|类|款|项|科目|名称|代码|编码)$/;

/** True for a header cell that labels the row-label block rather than a value column. */
export function isLabelWord(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return LABEL_WORD.test(compact) || isColumnNoLabel(compact);
}

/**
 * Align header rows to body positions. Exports often print a header row one
 * cell wider than the body, with its value labels shifted right (a merged
 * label block counted twice). When every body row has the same width (a
 * padded export, so the width is trustworthy) and a header row has printed
 * cells beyond the last body position, its value part is moved left by the
 * overflow; the row-label words before it absorb the shift.
 * @param header header rows as cell texts
 * @param bodyWidths cell count of each body row
 * @returns aligned rows and, per row, the shift applied (0 = none)
 * @example alignHeaderRows([['科目代码', '科目名称', '栏次', '1', '2']], [4, 4]).rows[0] // ['科目代码', '科目名称', '1', '2']
 */
export function alignHeaderRows(header: readonly (readonly string[])[], bodyWidths: readonly number[]): { rows: string[][]; shifts: number[] } {
  const uniform = bodyWidths.length > 0 && bodyWidths.every((w) => w === bodyWidths[0]);
  const lastBody = (bodyWidths[0] ?? 0) - 1;
  const shifts: number[] = [];
  const rows = header.map((row) => {
    const lastFilled = row.reduce((last, text, p) => (text.trim() !== '' ? p : last), -1);
    const overflow = lastFilled - lastBody;
    if (!uniform || overflow <= 0) {
      shifts.push(0);
      return [...row];
    }
    // The value part starts after the last row-label word.
    let valueStart = 0;
    row.forEach((text, p) => {
      if (isLabelWord(text)) valueStart = p + 1;
    });
    const head = row.slice(0, valueStart);
    const removable = head.length - head.filter((t) => t.trim() !== '' && !isColumnNoLabel(t)).length;
    if (removable < overflow) {
      shifts.push(0);
      return [...row];
    }
    shifts.push(overflow);
    // Drop blank or 栏次 cells from the label block so the value part moves left.
    const kept: string[] = [];
    let toDrop = overflow;
    for (let p = head.length - 1; p >= 0; p--) {
      const text = head[p] ?? '';
      if (toDrop > 0 && (text.trim() === '' || isColumnNoLabel(text))) {
        toDrop--;
        continue;
      }
      kept.unshift(text);
    }
    return [...kept, ...row.slice(valueStart)];
  });
  return { rows, shifts };
}
