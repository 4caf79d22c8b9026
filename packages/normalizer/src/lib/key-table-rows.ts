import type { Finding, Row, Table, TableKey } from '@budgetdoc/schema';
import { toMatchForm } from './canonicalize-text.ts';
import { checkSubjectCode, type ExpectedScheme } from './check-subject-code.ts';
import { withCodeFromName } from './with-code-from-name.ts';
import { createFuzzyMatcher } from './create-fuzzy-matcher.ts';
import { classSchemeOfSide, matchRowLabel, rowLabel } from './match-row-label.ts';
import { normalizerFinding } from './normalizer-finding.ts';

const FUNCTION_TABLES = new Set<TableKey>(['income', 'expenditure', 'general_budget_expenditure', 'basic_expenditure', 'government_fund', 'state_capital_expenditure', 'appropriation_expenditure', 'carryover_expenditure']);
const ECONOMIC_TABLES = new Set<TableKey>(['general_budget_basic_expenditure', 'general_budget_expenditure_economic', 'basic_expenditure_economic', 'operating_costs']);
// Tables whose rows are expected to carry a key (standard forms).
const KEYED_TABLES = new Set<TableKey>([...FUNCTION_TABLES, ...ECONOMIC_TABLES, 'income_expenditure_summary', 'appropriation_summary', 'appropriation_basic_expenditure', 'three_public_expenses', 'disclosure_statistics']);

/**
 * Which classification the codes of a table are expected in.
 * @param tableKey canonical table key
 * @returns 'function', 'economic' or null (no subject codes: 01/04, project lists…)
 * @example expectedSchemeOf('general_budget_basic_expenditure') // 'economic'
 */
export function expectedSchemeOf(tableKey: TableKey | null): ExpectedScheme {
  if (tableKey === null) return null;
  if (FUNCTION_TABLES.has(tableKey)) return 'function';
  if (ECONOMIC_TABLES.has(tableKey)) return 'economic';
  return null;
}

/**
 * Set `Row.key` on every row of a keyed table and check its subject codes:
 * shape, scheme, parent present, known to the catalog, printed name among the
 * names known for the code. Rows without code are keyed by
 * {@link matchRowLabel}.
 * @param table table with `key` already set
 * @returns rows with keys and the findings
 * @example keyTableRows(table).rows[0]?.key
 */
export function keyTableRows(table: Table): { rows: Row[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const tableKey = table.key;
  const expected = expectedSchemeOf(tableKey);
  const codesBySide = new Map<string, Set<string>>();
  for (const printed of table.rows) {
    const row = withCodeFromName(printed);
    if (row.code) codesBySide.set(row.side ?? '', (codesBySide.get(row.side ?? '') ?? new Set()).add(row.code));
  }
  const unitCoded = codesAreUnitCodes(table);
  let group = '';
  const balances = new Map<string, string>();
  const rows = table.rows.map((printed): Row => {
    const row = withCodeFromName(printed);
    const where = { table: table.id, tableKey: tableKey ?? undefined, side: row.side ?? undefined, row: row.code ?? row.name, page: row.prov.page, line: row.prov.line };
    // Unit rows of a unit-listed table: the (汇总) row is the table total, the others `unit:<code>`.
    if (row.code && unitCoded) return { ...printed, key: /[（(]汇总[）)]/.test(row.name) ? 'total' : `unit:${row.code}` };
    if (row.code && (expected !== null || /^\d{3}(\d{2}){0,2}$/.test(row.code))) {
      const check = checkSubjectCode(row.code, expected);
      for (const problem of check.problems) findings.push(normalizerFinding(problem.code, problem.severity, problem.message, where, { actual: row.code }));
      const siblings = codesBySide.get(row.side ?? '') ?? new Set<string>();
      if (check.parent && [...siblings].some((code) => code.length === check.parent?.length) && !siblings.has(check.parent)) {
        findings.push(normalizerFinding('CODE_PARENT_MISSING', 'info', `parent ${check.parent} of ${row.code} is not printed in this table`, where, { expected: check.parent, actual: row.code }));
      }
      // Outside coded tables the label beside a code is a project or unit, not the subject name.
      if (check.known && expected !== null) findings.push(...checkName(row, check.known.names, where));
      return { ...printed, key: row.code };
    }
    // 09 printed as one wide row per side: the row is the side.
    if (tableKey === 'three_public_expenses' && rowLabel(row.name).length === 0 && (row.side === 'budget' || row.side === 'final')) return { ...printed, key: row.side };
    const match = matchRowLabel(tableKey !== null && KEYED_TABLES.has(tableKey) ? keyedLevel(row.name) : row.name, tableKey, classSchemeOfSide(tableKey, row.side), group);
    if (match.opensGroup) group = match.opensGroup;
    const balanceKey = balanceComponent(balances, row.side ?? '', match.key);
    if (balanceKey) return { ...printed, key: balanceKey };
    if (match.via === 'fuzzy') findings.push(normalizerFinding('NAME_FUZZY_MATCH', 'info', `row "${row.name}" read as class ${match.key} ${match.entry?.names[0] ?? ''}`, where, { score: match.score, evidence: { printed: row.name, matched: match.entry?.names[0], code: match.key } }));
    if (match.key === null && tableKey !== null && KEYED_TABLES.has(tableKey) && match.label.length > 0) {
      findings.push(normalizerFinding('NAME_UNMATCHED', 'info', `row "${row.name}" matches no row key or class name`, where, { evidence: { printed: row.name, label: match.label } }));
    }
    return { ...printed, key: match.key ?? row.key };
  });
  return { rows, findings };
}

const GENERIC_TOTALS = new Set(['合计', '小计', '合计数']);

/**
 * The level of a name path (一般公共预算资金/公共财政拨款资金, printed over two
 * label columns) that names the row: the item, or the group when the item is
 * only its 小计 / 合计.
 * @param name printed row name, levels joined with `/`
 * @returns the level to key the row by
 * @example keyedLevel('其他资金/小计') // '其他资金'
 */
export function keyedLevel(name: string): string {
  const levels = name.split('/').filter((level) => level !== '');
  while (levels.length > 1 && GENERIC_TOTALS.has(rowLabel(levels[levels.length - 1] ?? ''))) levels.pop();
  return levels[levels.length - 1] ?? name;
}

const BALANCES = new Set(['opening_balance', 'closing_balance']);
const FUND_ITEMS = new Set(['general_budget', 'government_fund', 'state_capital', 'appropriation', 'other_funds']);
const GROUP_ENDS = new Set(['income_total', 'expenditure_total', 'grand_total', 'total']);

/**
 * 01/04 list the funds of a balance under it (年初财政拨款结转和结余 → 一般公共预算
 * 财政拨款 …): those rows are `opening_balance.general_budget`, not a second
 * `general_budget`. Tracks the open balance per side.
 */
function balanceComponent(balances: Map<string, string>, side: string, key: string | null): string | null {
  if (key === null) return null;
  if (BALANCES.has(key)) balances.set(side, key);
  else if (GROUP_ENDS.has(key)) balances.delete(side);
  const open = balances.get(side);
  return open && FUND_ITEMS.has(key) ? `${open}.${key}` : null;
}

/**
 * Budget tables listed by unit (收入总表 / 专项业务经费支出表 with 单位编码) print
 * unit codes, which look like subject codes (509, 234001) but are not.
 */
function codesAreUnitCodes(table: Table): boolean {
  if (table.key === 'special_project_expenditure') return true;
  const labels = table.headerRows.flat().map(toMatchForm);
  return labels.some((label) => /^(?:预算)?单位(?:编码|代码)$/.test(label)) && !labels.some((label) => /科目(?:编码|代码)$/.test(label));
}

/** CODE_NAME_MISMATCH when the printed name is none of the names known for the code. */
function checkName(row: Row, names: readonly string[], where: Parameters<typeof normalizerFinding>[3]): Finding[] {
  const label = rowLabel(row.name);
  if (label.length === 0 || names.some((name) => toMatchForm(name) === label)) return [];
  const best = createFuzzyMatcher(names.map((name) => ({ text: toMatchForm(name), value: name })), { threshold: 0.6, minSimilarity: 0 })(label);
  return [normalizerFinding('CODE_NAME_MISMATCH', 'info', `code ${row.code} printed as "${row.name}", known as "${names.join('" / "')}"`, where, { score: best?.score ?? 0, expected: names[0] ?? '', actual: row.name, evidence: { knownNames: names, closest: best?.value ?? null } })];
}
