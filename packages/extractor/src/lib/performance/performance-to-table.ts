import type { Cell, CellValue, Column, PerformanceTable, Provenance, Row, Table } from '@budgetdoc/schema';
import { tableKeyOf } from './check-performance.ts';

interface ColumnSpec {
  readonly id: string;
  readonly header: readonly string[];
}

const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { id: 'target', header: ['年度指标值'] },
  { id: 'targetAdjusted', header: ['调整后指标值'] },
  { id: 'actual', header: ['实际完成值'] },
  { id: 'weight', header: ['分值'] },
  { id: 'score', header: ['得分'] },
];

// Task rows carry column ids, not their printed header; these are the
// template's (评价表) header paths for those ids.
const TASK_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'budget.total': ['全年预算数', '总额'],
  'budget.appropriation': ['全年预算数', '财政拨款'],
  'budget.other': ['全年预算数', '其他资金'],
  'executed.total': ['全年执行数', '总额'],
  'executed.appropriation': ['全年执行数', '财政拨款'],
  'executed.other': ['全年执行数', '其他资金'],
  weight: ['分值'],
  execution_rate: ['执行率'],
  score: ['得分'],
};

function textValue(printed: string | null | undefined): CellValue {
  return printed ? { kind: 'text', printed } : { kind: 'blank', printed: '' };
}

/**
 * The generic Table view of a performance table, so tables.csv and cells.csv
 * list it: funds rows, task rows, one row per indicator leaf (targets and
 * actuals as text, 分值/得分 as numbers) and the 总分 row.
 */
export function performanceToTable(perf: PerformanceTable, options: { id: string; title: string; formLabel: string | null; formNo: string | null; unit: Table['unit']; pages: readonly number[]; totalProv: Provenance | null }): Table {
  const specs: ColumnSpec[] = [...INDICATOR_COLUMNS];
  const columnIndex = (id: string, header: readonly string[]): number => {
    let at = specs.findIndex((s) => s.id === id);
    if (at < 0) {
      specs.push({ id, header });
      at = specs.length - 1;
    }
    return at;
  };
  const rows: Row[] = [];
  const cell = (id: string, header: readonly string[], value: CellValue, prov: Provenance): Cell => {
    const index = columnIndex(id, header);
    return { column: index, key: null, header: [...(specs[index]?.header ?? header)], value, prov };
  };
  for (const funds of perf.funds) {
    rows.push({ side: null, code: null, name: funds.label, key: `funds.${funds.key}`, lineNo: null, cells: funds.values.map((v) => cell(`funds.${v.column}`, [v.header], v.value, funds.prov)), prov: funds.prov });
  }
  for (const task of perf.tasks) {
    rows.push({ side: null, code: null, name: task.name, key: task.isTotal ? 'tasks.total' : 'task', lineNo: null, cells: task.values.map((v) => cell(`task.${v.column}`, TASK_HEADERS[v.column] ?? [v.column], v.value, task.prov)), prov: task.prov });
  }
  for (const leaf of perf.indicators) {
    const cells: Cell[] = [
      cell('target', ['年度指标值'], textValue(leaf.target?.printed), leaf.prov),
      cell('targetAdjusted', ['调整后指标值'], textValue(leaf.targetAdjusted?.printed), leaf.prov),
      cell('actual', ['实际完成值'], textValue(leaf.actual?.printed), leaf.prov),
      cell('weight', ['分值'], leaf.weight ?? { kind: 'blank', printed: '' }, leaf.prov),
      cell('score', ['得分'], leaf.score ?? { kind: 'blank', printed: '' }, leaf.prov),
    ].filter((c) => c.value.kind !== 'blank');
    const name = [leaf.level1, leaf.level2, leaf.level3].filter((x): x is string => x !== null).join('/');
    rows.push({ side: null, code: null, name: name.replace(/\s+/g, ''), key: null, lineNo: null, cells, prov: leaf.prov });
  }
  if (perf.totalScore || perf.totalWeight) {
    const prov = options.totalProv ?? perf.prov;
    const cells = [perf.totalWeight ? cell('weight', ['分值'], perf.totalWeight, prov) : null, perf.totalScore ? cell('score', ['得分'], perf.totalScore, prov) : null].filter((c): c is Cell => c !== null);
    rows.push({ side: null, code: null, name: '总分', key: 'total', lineNo: null, cells, prov });
  }
  const columns: Column[] = specs.map((s, index) => ({ index, side: null, key: null, header: [...s.header], columnNo: null }));
  return {
    id: options.id,
    key: tableKeyOf(perf),
    formNo: options.formNo,
    formLabel: options.formLabel,
    title: options.title,
    unit: options.unit,
    // A template printed without any value is a table published empty.
    status: rows.some((r) => r.cells.some((c) => c.value.kind !== 'blank')) || perf.indicators.some((i) => i.target || i.actual) ? 'data' : 'empty',
    statusReason: null,
    headerRows: [],
    columns,
    rows,
    notes: [],
    pages: [...options.pages],
    prov: perf.prov,
  };
}
