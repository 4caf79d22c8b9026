import type { MoneyUnit, ReportMeta, Section, Table } from '@budgetdoc/schema';
import { type AssembleLine, lineText } from '../assemble/assemble-line.ts';
import { toHalfWidth } from '../assemble/parse-cell-value.ts';
import { issuingUnitOf } from '../assemble/table-line-kinds.ts';

/** Endings of Chinese organisation names (局, 中心, 委员会 …). */
const ORG_END = /(?:局|中心|院|委员会|委|办公室|办|厅|部|处|所|站|队|馆|会|校|学|园|社|室|行|司|署|台|场|团|中队|大队)$/;
/** A year with a report kind: 2023年度部门决算, 2021 年部门综合预算. */
const YEAR_KIND = /((?:19|20)\d{2})\s*年度?\s*(?:[\u4e00-\u9fa5]{0,12}?)(预算|决算)/;
/** A line that is only a fiscal year, printed under a table title: （2026年度）. */
const YEAR_LINE = /^[（(]((?:19|20)\d{2})年度?[）)]$/;

/**
 * Report metadata from the lines, sections and tables: issuing unit (编制单位 /
 * 部门名称 / 单位名称 lines, else the cover lines, else the standard sentence
 * "X决算数据反映…"), fiscal year and kind (the first "2023年度…决算"), scope
 * (the 概况 heading says 单位 or 部门, else the title), and the money unit
 * most tables use.
 * @param lines all lines
 * @param sections headings found
 * @param tables tables found
 * @param issuers issuing units named above tables, in order
 * @returns metadata with null where unknown
 * @example detectReportMeta(lines, sections, tables, ['某局']).unit // '某局'
 */
export function detectReportMeta(lines: readonly AssembleLine[], sections: readonly Section[], tables: readonly Table[], issuers: readonly string[]): ReportMeta {
  const texts = lines.map((line) => toHalfWidth(lineText(line)).trim()).filter((t) => t !== '');
  const titled = texts.slice(0, 40).map(yearKindOf).find((m) => m) ?? texts.map(yearKindOf).find((m) => m && /第.部分|^\d{4}\s*年/.test(m.input));
  const anywhere = texts.map(yearKindOf).find((m) => m);
  // Without a titled year, the "（2026年度）" lines under table titles beat a
  // year mentioned in passing inside a cell ("印制《2027年预算…》").
  const yearLine = texts.map((t) => YEAR_LINE.exec(t.replace(/\s+/g, ''))).find((m) => m);
  const yearText = titled?.[1] ?? yearLine?.[1] ?? anywhere?.[1];
  const year = yearText ? Number.parseInt(yearText, 10) : null;
  // Tables-only files still say their kind in form labels: 预算01表, 决算03表.
  const kindText = titled?.[2] ?? tables.map((t) => /^(预算|决算)/.exec(t.formLabel ?? '')?.[1]).find((k) => k) ?? anywhere?.[2];
  const kind = kindText === '预算' ? 'budget' : kindText === '决算' ? 'final' : null;
  return { unit: detectUnit(texts, issuers), year, kind, scope: detectScope(texts, sections), moneyUnit: mostCommonUnit(tables) };
}

/** A year with a kind, unless it is inside a cited title (《2027年预算编制指南》). */
function yearKindOf(text: string): RegExpExecArray | null {
  const match = YEAR_KIND.exec(text);
  return match && !/[《“"]$/.test(text.slice(0, match.index)) ? match : null;
}

function detectUnit(texts: readonly string[], issuers: readonly string[]): string | null {
  if (issuers[0]) return issuers[0];
  const named = texts.map((t) => issuingUnitOf(t)).find((u) => u !== null);
  if (named) return named;
  for (const text of texts.slice(0, 6)) {
    const compact = text.replace(/\s+/g, '');
    if (/^第.+部分|\d/.test(compact)) continue;
    if (compact.length >= 4 && compact.length <= 30 && ORG_END.test(compact)) return compact;
    const titled = /^(.{4,30}?)(?:19|20)\d{2}年度?/.exec(compact);
    if (titled?.[1] && ORG_END.test(titled[1])) return titled[1];
  }
  for (const text of texts) {
    const match = /^(?:\d+[.、]\s*)?(.{4,30}?)的?(?:决算|预算)数据反映/.exec(text.replace(/\s+/g, ''));
    if (match?.[1] && ORG_END.test(match[1])) return match[1];
  }
  return null;
}

function detectScope(texts: readonly string[], sections: readonly Section[]): ReportMeta['scope'] {
  for (const section of sections) {
    const compact = section.title.replace(/\s+/g, '');
    if (/单位概况|单位基本情况/.test(compact)) return 'unit';
    if (/部门概况|部门基本情况/.test(compact)) return 'department';
  }
  for (const text of texts.slice(0, 40)) {
    const compact = text.replace(/\s+/g, '');
    if (/单位(?:决算|预算)/.test(compact)) return 'unit';
    if (/部门(?:综合)?(?:决算|预算)/.test(compact)) return 'department';
  }
  return null;
}

function mostCommonUnit(tables: readonly Table[]): MoneyUnit | null {
  const counts = new Map<MoneyUnit, number>();
  for (const table of tables) if (table.unit) counts.set(table.unit, (counts.get(table.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
