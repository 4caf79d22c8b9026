/** One OCR or typing slip that was corrected, kept as evidence. */
export interface OcrSlip {
  readonly printed: string;
  readonly read: string;
}

// Note: only slips seen in real reports belong here, each a whole word whose
// correction cannot change the meaning of any other word.
const SLIPS: readonly (readonly [string, string])[] = [
  ['档次', '栏次'],
  ['拦次', '栏次'],
  ['兰次', '栏次'],
  ['科目编号', '科目编码'],
  ['决箅', '决算'],
  ['预箅', '预算'],
  ['合汁', '合计'],
];

/**
 * Replace known OCR slips (档次 for 栏次, 决箅 for 决算) and report each one.
 * @param text canonical text
 * @returns corrected text and the slips found
 * @example fixOcrSlips('档次') // { text: '栏次', slips: [{ printed: '档次', read: '栏次' }] }
 */
export function fixOcrSlips(text: string): { text: string; slips: OcrSlip[] } {
  const slips: OcrSlip[] = [];
  let out = text;
  for (const [printed, read] of SLIPS) {
    if (out.includes(printed)) {
      slips.push({ printed, read });
      out = out.split(printed).join(read);
    }
  }
  return { text: out, slips };
}
