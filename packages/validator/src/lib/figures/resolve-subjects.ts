import type { Report, Row, Table } from '@budgetdoc/schema';
import type { ProseFigure } from './prose-figure.ts';

// Tables whose rows the prose names, in the order a name is looked up:
// function classification first (年初预算/决算 sentences), then economic.
const FUNCTION_TABLES = ['general_budget_expenditure', 'expenditure', 'income', 'appropriation_expenditure'];
const BASIC_TABLES = ['general_budget_basic_expenditure', 'basic_expenditure_economic'];
const ECONOMIC_TABLES = ['general_budget_expenditure_economic'];

/** Where a subject named in prose was found. */
export interface SubjectMatch {
  readonly code: string;
  readonly table: Table;
  readonly row: Row;
}

const normal = (name: string) =>
  name
    .replace(/[\s（）()]/g, '')
    .replace(/^[一二三四五六七八九十]+、|^\d+[、.．]/, '')
    .replace(/[（(]?(?:类|款|项)[）)]?$/, '')
    .replace(/支出$/, '');

/**
 * Resolve the subject a prose figure names (printed name, code in brackets,
 * or a （类）（款）（项） chain) to a coded row of the report's tables. A chain
 * picks, among rows printing the 项 name, the one whose parent rows print the
 * 款 and 类 names, so repeated names (其他社会保障和就业支出 at 款 and 项 level)
 * resolve to the right code.
 * @param report report with tables
 * @param figure a prose figure about an item
 * @returns the matching row, or null
 * @example resolveSubject(report, figure)?.code // '2101101'
 */
export function resolveSubject(report: Report, figure: ProseFigure): SubjectMatch | null {
  return resolveSubjectAll(report, figure)[0] ?? null;
}

/**
 * Every coded row the subject of a prose figure may refer to, preferred first
 * (the section's own table, then the others): the same class is printed in
 * 01, 03 and 05 with different scopes (all funds or the general budget only),
 * and prose without a section context may mean any of them.
 * @example resolveSubjectAll(report, figure).map((m) => m.table.key)
 */
export function resolveSubjectAll(report: Report, figure: ProseFigure): SubjectMatch[] {
  const subject = figure.subject;
  if (!subject) return [];
  const basicContext = figure.sectionKey === 'basic_expenditure' || /基本支出|人员经费|公用经费/.test(figure.sentence);
  const economicContext = figure.sectionKey === 'general_budget_expenditure_economic' || /经济(?:科目)?分类|工资福利|商品和服务|对个人和家庭/.test(figure.sentence);
  // Basic-expenditure prose names rows of 06 / 表8; other economic prose the
  // full general budget by economic class (表6); everything else 05/03.
  const order = basicContext ? [...BASIC_TABLES, ...ECONOMIC_TABLES, ...FUNCTION_TABLES] : economicContext ? [...ECONOMIC_TABLES, ...BASIC_TABLES, ...FUNCTION_TABLES] : [...FUNCTION_TABLES, ...BASIC_TABLES, ...ECONOMIC_TABLES];
  const sectionFirst = figure.sectionKey === 'expenditure' || figure.sectionKey === 'income_expenditure_overview' ? ['expenditure', 'income_expenditure_summary'] : figure.sectionKey === 'general_budget_expenditure' ? ['general_budget_expenditure'] : [];
  const matches: SubjectMatch[] = [];
  for (const key of [...sectionFirst, ...order, ...SUMMARY_TABLES]) {
    for (const table of report.tables) {
      if (table.key !== key || table.status !== 'data') continue;
      const match = findInTable(table, subject, figure.chain ?? null);
      if (match && !matches.some((m) => m.row === match.row)) matches.push(match);
    }
  }
  return matches;
}

const SUMMARY_TABLES = ['income_expenditure_summary', 'appropriation_summary'];

function findInTable(table: Table, subject: string, chain: readonly string[] | null): SubjectMatch | null {
  // 01/04 print classes by ordinal and name only; their key is the class code.
  const codeOf = (row: Row) => row.code ?? (row.key && /^\d{3}(\d{2}){0,2}$/.test(row.key) ? row.key : null);
  const coded = table.rows.filter((row) => {
    const code = codeOf(row);
    return code !== null && /^\d{3}(\d{2}){0,2}$/.test(code) && row.side !== 'income';
  });
  if (/^\d{3}(\d{2}){0,2}$/.test(subject)) {
    const row = coded.find((r) => codeOf(r) === subject);
    return row ? { code: subject, table, row } : null;
  }
  const target = normal(subject);
  const candidates = coded.filter((row) => normal(row.name) === target);
  if (candidates.length === 0) return null;
  if (chain && chain.length === 3) {
    const named = (code: string) => coded.find((r) => codeOf(r) === code)?.name ?? '';
    const exact = candidates.find((row) => {
      const code = codeOf(row) ?? '';
      return code.length === 7 && normal(named(code.slice(0, 5))) === normal(chain[1] ?? '') && normal(named(code.slice(0, 3))) === normal(chain[0] ?? '');
    });
    if (exact) return { code: codeOf(exact) ?? '', table, row: exact };
  }
  // Without a chain, the highest level printing the name wins (a class name in
  // "社会保障和就业支出(类)" is the class, not a same-named 款).
  const best = [...candidates].sort((a, b) => (codeOf(a)?.length ?? 9) - (codeOf(b)?.length ?? 9))[0] as Row;
  return { code: codeOf(best) ?? '', table, row: best };
}
