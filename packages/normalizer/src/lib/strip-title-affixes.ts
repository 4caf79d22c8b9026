const YEAR = '(?:\\d{4}|[〇零一二三四五六七八九]{4})';
const YEAR_PREFIX = new RegExp(`^.{0,40}?${YEAR}\\s*年(?:度)?\\s*`);
const BARE_YEAR_PREFIX = /^\d{4}(?=[\u4e00-\u9fff])/;
const TOC_TAIL = /(?:\s*[.．…·。_\-]{3,}\s*\d*|\t+\s*\d{1,4}|\s+\d{1,4})\s*$/;
// A page number after one space, right after a CJK word or closing bracket.
const PAGE_AFTER_WORD = /(?<=[\u4e00-\u9fff）)])\s\d{1,3}$/;
const FORM_LABEL_HEAD = /^(?:附表|公开|预算|决算)?\s*(?:表\s*[0-9一二三四五六七八九十]+|[0-9]{1,2}\s*表)\s*[：:.\s、]*/;
const TRAILING_QUALIFIER = /[（(]([^（）()]*)[）)]\s*$/;

/**
 * Remove dot leaders and a trailing page number (a table-of-contents entry).
 * @param title printed title
 * @returns the title and whether it looked like a TOC entry
 * @example stripTocTail('一、本部门（单位）职责.....\t1') // { text: '一、本部门（单位）职责', isToc: true }
 */
export function stripTocTail(title: string): { text: string; isToc: boolean } {
  const dotted = /[.．…·。_]{3,}/.test(title);
  const match = TOC_TAIL.exec(title);
  if (!match || match.index === 0) return { text: title, isToc: false };
  // A bare trailing number without leaders counts only after a tab or wide gap.
  const gap = dotted || /\t|\s{2,}/.test(match[0]) || PAGE_AFTER_WORD.test(title.trimEnd());
  return gap ? { text: title.slice(0, match.index).trim(), isToc: true } : { text: title, isToc: false };
}

/**
 * Remove everything up to and including a year prefix ("上海市普陀区财政局2024年度",
 * "2021 年", "二〇二一年") and a bare leading year ("2022部门…").
 * @param title canonical title
 * @returns title without the prefix; unchanged if nothing would remain
 * @example stripYearPrefix('西安市某局2023年度部门决算表') // '部门决算表'
 */
export function stripYearPrefix(title: string): string {
  const rest = title.replace(YEAR_PREFIX, '').replace(BARE_YEAR_PREFIX, '');
  return rest.length > 0 ? rest : title;
}

/**
 * Remove a leading form label (表1, 表一, 公开01表, 预算05表, 附表2) from a title.
 * @param title canonical title
 * @returns title without the form label
 * @example stripFormLabel('预算05表 一般公共预算支出表') // '一般公共预算支出表'
 */
export function stripFormLabel(title: string): string {
  const rest = title.replace(FORM_LABEL_HEAD, '');
  return rest.length > 0 ? rest : title;
}

/**
 * Split trailing bracketed qualifiers off a title:
 * "一般公共预算支出明细表（按支出功能分类科目-不含上年结转）" → base + ["按支出功能分类科目-不含上年结转"].
 * @param title canonical title
 * @returns base title and qualifiers, outermost last
 * @example splitQualifiers('支出表（不含上年结转）') // { base: '支出表', qualifiers: ['不含上年结转'] }
 */
export function splitQualifiers(title: string): { base: string; qualifiers: string[] } {
  const qualifiers: string[] = [];
  let base = title.trim();
  for (let match = TRAILING_QUALIFIER.exec(base); match && match.index > 0; match = TRAILING_QUALIFIER.exec(base)) {
    qualifiers.unshift(match[1] ?? '');
    base = base.slice(0, match.index).trim();
  }
  return { base, qualifiers };
}
