/**
 * Patterns and small text helpers of the prose figure reader.
 */

// A number with its unit; the look-behind keeps "2023年" digits and the tail
// of a longer number from being read as a figure.
export const TOKEN = /(?<![\d.．])(\d[\d,]*(?:[.．]\s?\d+)?)\s*(亿元|万元|元|%|％|人次|人|辆|批次|个|台（套）|台)/g;
// Names are bounded so an unmatched sentence costs linear, not quadratic, time.
export const CHAIN = /([^，。；：:、\d（）()]{1,40}?)\s*[（(]类[）)]\s*([^，。；：:、（）()]{1,40}?)\s*[（(]款[）)]\s*([^，。；：:、（）()]{1,40}?)\s*[（(]项[）)]/;
export const LEVEL = /([^，。；：:、（）()]{1,40}?)[（(](?:类|款|项)[）)]/g;
export const ITEM_AMOUNT = /(?:预算)?支出(?:合计)?(?:为)?$|(?:预算|决算)(?:数)?(?:为)?$/;
export const LEVEL_IN_LABEL = /[（(](?:类|款|项)[）)]/;
// Words naming a narrower subject than the whole report: a generic total rule
// ("预算支出", "支出合计") must not capture "因公出国（境）费预算支出".
export const GENERIC_GUARD = /财政拨款|一般公共预算|政府性基金|国有资本|三公|费|[（(](?:类|款|项)[）)]|项目|机关运行|涉及|其中/;
export const CLASS_ONLY = /([^，。；：:、\d（）()]+?)\s*[（(]类[）)]$/;
export const CODE_IN_LABEL = /([^，。；：:、（）()]+?)\s*[（(](\d{3}(?:\d{2}){0,2})[）)]$/;
export const CHANGE = /(均|各)?(增加|减少|增长|下降|上升|降低)(?:了)?$/;
export const COMPLETION = /完成(?:年初|全年)?(?:预算)?(?:数)?的$/;
export const EXECUTION = /执行率(?:为|达)?$/;
export const SHARE = /占(?:比)?(?:为)?$/;
export const SHARE_OF = /^占(.+?)(?:的)?(?:比(?:重|例))?(?:为)?$/;
export const SCORE = /自评(?:总)?得分(?:为)?\s*(\d+(?:\.\d+)?)/g;

/**
 * Split a paragraph into sentences at 。；！？ and line breaks.
 * @example splitSentences('甲。乙；') // ['甲。', '乙；']
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！!？?\n])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Clean the words before a number: whitespace, punctuation, lead-ins (其中：) and numbering.
 * @example cleanLabel('，其中：财政拨款收入') // '财政拨款收入'
 */
export function cleanLabel(label: string): string {
  let text = label.replace(/\s+/g, '');
  // Two passes: "主要包括一、工资福利支出" carries a lead-in and a numbering.
  for (let pass = 0; pass < 2; pass += 1) {
    text = text
      .replace(/^[，,、；;：:。）)]+/, '')
      .replace(/^(?:其中|分别为|主要用于|主要包括|包括|主要是)[：:，,]?/, '')
      .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]|^[①-⑳]/, '');
  }
  return text.replace(/[，,、：:]+$/, '');
}
