import type { Finding, MoneyUnit, PerformanceKind, PerformanceTable, Table } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';
import { checkPerformance } from './check-performance.ts';
import { findZones } from './find-zones.ts';
import { parseFunds } from './parse-funds.ts';
import { parseGoals } from './parse-goals.ts';
import { parseHeaderBlock } from './parse-header-block.ts';
import { parseIndicators } from './parse-indicators.ts';
import { parseTasks } from './parse-tasks.ts';
import { compact, toPieces } from './perf-piece.ts';
import { performanceToTable } from './performance-to-table.ts';

/** Context the assembler passes along with a performance table's lines. */
export interface PerformanceContext {
  readonly file: string;
  /** Id to give the generic table, e.g. "t12". */
  readonly tableId: string;
  /** The printed title line(s) already recognised by the assembler. */
  readonly title: string;
  readonly titleLine: SourceLine;
}

/** What a performance table yields: its generic table, its indicator tree and arithmetic findings. */
export interface PerformanceResult {
  readonly table: Table;
  readonly performance: PerformanceTable;
  readonly findings: Finding[];
}

/** A title that names a performance table (绩效自评表 / 绩效目标表 / 绩效评价表 / 绩效指标表). */
export const PERFORMANCE_TITLE = /绩效(?:自评|目标|评价|指标)(?:情况|结果)?表/;

/** Kind of performance table from its title, with the body's task list as a tie-breaker. */
export function performanceKind(title: string, hasTasks: boolean): PerformanceKind {
  const c = compact(title);
  // An indicator table (绩效指标表) lists targets without scores, like a 目标表.
  const targets = /(?:目标|指标)表/.test(c) && !/自评|评价/.test(c);
  const overall = /整体/.test(c) || (hasTasks && !/项目/.test(c));
  if (targets) return overall ? 'overall_targets' : 'project_targets';
  return overall ? 'overall_evaluation' : 'project_evaluation';
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * Lines of one performance table (绩效自评表 / 绩效目标表), from its title to
 * the line before the next table or heading → the generic table, the
 * structured indicator tree and findings on its arithmetic. Works on
 * gridded lines (tabs, PDF cells, wide space gaps) and on flowed text whose
 * cells are wrapped over several lines. Returns null if the lines hold no
 * indicator block, task list or funds block.
 */
export function parsePerformanceTable(lines: readonly SourceLine[], context: PerformanceContext): PerformanceResult | null {
  const titleAt = lines.findIndex((l) => l === context.titleLine || (l.line === context.titleLine.line && l.page === context.titleLine.page));
  const body = lines.slice(titleAt + 1).filter((l) => !/^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[）)]$/.test(compact(l.text)) && !/^(?:公开)?表\d+$/.test(compact(l.text)));
  const yearLine = lines.slice(0, Math.max(titleAt, 0) + 3).map((l) => l.text).join(' ');
  const { pieces, gridded } = toPieces(body);
  const zones = findZones(pieces);
  const slice = (range: readonly [number, number] | null) => (range ? pieces.slice(range[0], range[1]) : []);
  const headerPieces = slice(zones.header);
  const header = parseHeaderBlock(headerPieces, gridded);
  const funds = parseFunds(headerPieces, gridded, context.file);
  const kind = performanceKind(context.title, zones.tasks !== null);
  const evaluation = kind === 'project_evaluation' || kind === 'overall_evaluation';
  const tasks = zones.tasks ? parseTasks(slice(zones.tasks), gridded, context.file, evaluation) : [];
  const goals = zones.goals ? parseGoals(slice(zones.goals), gridded) : { goals: null, results: null };
  const block = zones.indicators ? parseIndicators(slice(zones.indicators), gridded, context.file) : null;
  if (!block?.indicators.length && tasks.length === 0 && funds.length === 0) return null;
  const year = YEAR.exec(context.title) ?? YEAR.exec(yearLine);
  const projectFromTitle = compact(context.title)
    .replace(/^(?:(?:预算|决算|公开)?表\d+|(?:预算|决算|公开)\d+表)[：:、.．]?/, '')
    .replace(/^(?:(?:19|20)\d{2}\s*年度?)/, '')
    .replace(PERFORMANCE_TITLE, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/(?:年度)$/, '')
    .replace(/(?:项目(?:支出)?|专项资金|整体支出|部门整体支出|单位整体支出)$/, '');
  // A list of several projects has its project per indicator, not per table.
  const listsProjects = new Set(block?.indicators.map((i) => i.project).filter((x) => x !== null)).size > 1;
  const projectKind = kind === 'project_evaluation' || kind === 'project_targets';
  const project = !projectKind
    ? (header.department ?? header.project ?? (projectFromTitle || null))
    : listsProjects
      ? null
      : (header.project ?? block?.indicators[0]?.project ?? (projectFromTitle || null));
  const prov = { file: context.file, page: context.titleLine.page, line: context.titleLine.line };
  const performance: PerformanceTable = {
    kind,
    table: context.tableId,
    title: context.title,
    year: year ? Number(year[1]) : null,
    project,
    managingUnit: header.managingUnit,
    implementingUnit: header.implementingUnit,
    funds,
    goals: goals.goals,
    results: evaluation ? goals.results : null,
    tasks,
    indicators: block?.indicators ?? [],
    totalWeight: block?.totalWeight ?? null,
    totalScore: block?.totalScore ?? null,
    grade: block?.grade ?? null,
    prov,
  };
  const text = body.map((l) => compact(l.text)).join('');
  const unit: MoneyUnit | null = /[（(]万元[）)]/.test(text) ? '万元' : /[（(]元[）)]/.test(text) ? '元' : null;
  // Form label in the title (`预算12表 …`, `表13 …`) or on a line of its own above it.
  const FORM = /^(?:(?:预算|决算|公开)?表(\d+)|(?:预算|决算|公开)(\d+)表)/;
  const formText = [compact(context.title), ...lines.slice(0, Math.max(titleAt, 0)).map((l) => compact(l.text)).filter((t) => FORM.test(t) && t.length <= 8)].find((t) => FORM.test(t));
  const form = formText ? FORM.exec(formText) : null;
  const pages = [...new Set(lines.map((l) => l.page))];
  const table = performanceToTable(performance, {
    id: context.tableId,
    title: context.title,
    formLabel: form ? form[0] : null,
    formNo: form ? (form[1] ?? form[2] ?? null) : null,
    unit,
    pages,
    totalProv: block?.totalProv ?? null,
  });
  return { table, performance, findings: checkPerformance(performance) };
}
