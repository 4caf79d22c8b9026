import type { Finding, Table } from '@budgetdoc/schema';
import type { AssembleLine } from './assemble-line.ts';
import type { FormLabel } from './table-line-kinds.ts';

/** A table the report announces (index of tables, table of contents, or the standard set). */
export interface AnnouncedTable {
  readonly label: FormLabel | null;
  readonly title: string;
  readonly empty: boolean | null;
  readonly reason: string | null;
  readonly line: AssembleLine;
  readonly via: 'index' | 'toc' | 'standard';
}

/** Title reduced for matching: no whitespace, year, numbering, qualifiers or quotes. */
export function titleCore(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+[、.．]|^\d+[、.．]/, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/[（(][^（）()]*[）)]/g, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/^.*?(部门综合预算|部门|单位)(?=.{4,}表$)/, '')
    .replace(/收入支出/g, '收支');
}

const numberOf = (label: FormLabel | null): number | null => (label ? Number.parseInt(label.no, 10) : null);

function sameTable(table: Table, announced: AnnouncedTable): boolean {
  const a = numberOf(announced.label);
  const t = table.formNo ? Number.parseInt(table.formNo, 10) : null;
  if (a !== null && t !== null && !Number.isNaN(a) && !Number.isNaN(t)) return a === t;
  const x = titleCore(table.title);
  const y = titleCore(announced.title);
  return x !== '' && y !== '' && (x === y || x.endsWith(y) || y.endsWith(x));
}

/**
 * Tables announced but not printed → tables with status absent (or empty,
 * when the index lists them as 空表), with no cells. Printed tables the index
 * lists as 空表 but which carry amounts get a finding.
 * @param printed tables found in the text, in order
 * @param announced announcements, in order, possibly repeating a table
 * @param nextId id generator
 * @param file provenance file
 * @returns the tables to append and findings
 * @example announcedTables(tables, entries, () => 't20', 'r.txt').tables[0]?.status // 'absent'
 */
export function announcedTables(printed: readonly Table[], announced: readonly AnnouncedTable[], nextId: () => string, file: string): { tables: Table[]; findings: Finding[] } {
  const tables: Table[] = [];
  const findings: Finding[] = [];
  const seen: AnnouncedTable[] = [];
  for (const entry of announced) {
    if (seen.some((s) => (numberOf(s.label) !== null && numberOf(s.label) === numberOf(entry.label)) || titleCore(s.title) === titleCore(entry.title))) continue;
    seen.push(entry);
    const match = printed.find((table) => sameTable(table, entry));
    if (match) {
      if (entry.empty === true && match.status === 'data') findings.push({ code: 'TABLE_LISTED_EMPTY_HAS_DATA', severity: 'warning', source: 'extractor', message: `Table ${match.formLabel ?? match.title} is listed as 空表 in the index but prints amounts`, where: { table: match.id, page: entry.line.page, line: entry.line.line } });
      continue;
    }
    const empty = entry.empty === true;
    const reason = empty ? `listed as 空表 in the index${entry.reason ? ` (${entry.reason})` : ''}; not printed in the text` : entry.via === 'standard' ? 'standard table of the report set; not present in the text' : `announced in the ${entry.via === 'index' ? 'index of tables' : 'table of contents'}; not present in the text`;
    tables.push({
      id: nextId(),
      key: null,
      formNo: entry.label?.no ?? null,
      formLabel: entry.label?.label ?? null,
      title: entry.title,
      unit: null,
      status: empty ? 'empty' : 'absent',
      statusReason: reason,
      headerRows: [],
      columns: [],
      rows: [],
      notes: [],
      pages: [entry.line.page],
      prov: { file, page: entry.line.page, line: entry.line.line },
    });
  }
  return { tables, findings };
}

const FINAL_SET = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '财政拨款“三公”经费支出决算表'];
const BUDGET_SET = ['部门收支总表', '部门收入总表', '部门支出总表', '财政拨款收支总表', '一般公共预算支出表', '一般公共预算基本支出表', '一般公共预算“三公”经费支出表', '政府性基金预算支出表'];

/**
 * The national standard set of tables for a report kind (final accounts:
 * 公开01表–公开09表; budgets: 表1–表8), announced by a heading such as
 * "第三部分 2023年度单位决算表" when the report prints no table and no index.
 * @param kind report kind
 * @param line the announcing heading
 * @example standardTables('final', line).length // 9
 */
export function standardTables(kind: 'budget' | 'final', line: AssembleLine): AnnouncedTable[] {
  const titles = kind === 'final' ? FINAL_SET : BUDGET_SET;
  return titles.map((title, i) => {
    const no = kind === 'final' ? String(i + 1).padStart(2, '0') : String(i + 1);
    return { label: { label: kind === 'final' ? `公开${no}表` : `表${no}`, no, rest: '' }, title, empty: null, reason: null, line, via: 'standard' as const };
  });
}
