import type { PerformanceUnit } from '@budgetdoc/schema';
import { compact, flowTokens, type PerfPiece } from './perf-piece.ts';

/** Header fields of a performance table (project, units). */
export interface HeaderFields {
  readonly project: string | null;
  readonly department: string | null;
  readonly managingUnit: PerformanceUnit | null;
  readonly implementingUnit: PerformanceUnit | null;
}

type Field = 'project' | 'department' | 'managing' | 'implementing' | 'stop';

/** Template labels of the header block; a token starting with one opens that field. */
const KEYS: readonly (readonly [RegExp, Field])[] = [
  [/^(?:专项)?[（(]?项目[）)]?名称[:：]?/, 'project'],
  [/^部门[（(]?单位[）)]?名称[:：]?|^(?:部门|单位)名称[:：]?/, 'department'],
  [/^主管部门(?:及代码)?[:：]?/, 'managing'],
  [/^(?:项目)?(?:实施单位|预算单位|执行单位)(?:及代码)?[:：]?/, 'implementing'],
  [/^(?:项目资金|资金金额|资金情况|年度资金|预算资金|总体资金|整体绩效目标|年度总体目标|总体目标|年度目标|预期目标)/, 'stop'],
];

interface Token {
  readonly text: string;
  readonly line: number;
}

/** `160-高平市医疗保障局` or `[292] 国家信访局` → code and name; plain names have no code. */
export function parseUnit(printed: string): PerformanceUnit {
  const text = printed.trim();
  const match = /^(\d{2,})\s*[-－—–_]\s*(.+)$/.exec(text) ?? /^[[［【(（]\s*(\d{2,})\s*[\]］】)）]\s*(.+)$/.exec(text);
  return match ? { name: (match[2] ?? '').trim(), code: match[1] ?? null, printed: text } : { name: text, code: null, printed: text };
}

/**
 * Read the labelled fields of the header block: each label's value is the
 * text after it up to the next label, joined across wrapped lines.
 */
export function parseHeaderBlock(pieces: readonly PerfPiece[], gridded: boolean): HeaderFields {
  const tokens: Token[] = [];
  for (const piece of pieces) {
    const cells = gridded ? piece.cells : flowTokens(piece.line.text);
    for (const cell of cells) if (cell.trim() !== '') tokens.push({ text: cell.trim(), line: piece.line.line });
  }
  const values = new Map<Field, string>();
  let field: Field | null = null;
  let value = '';
  let lastLine = -1;
  const close = (): void => {
    if (field && field !== 'stop' && value.trim() !== '' && !values.has(field)) values.set(field, value.trim());
  };
  for (const token of tokens) {
    const c = compact(token.text);
    const key = KEYS.find(([pattern]) => pattern.test(c));
    if (key) {
      close();
      field = key[1];
      const rest = token.text.replace(/\s+/g, '').replace(key[0], '');
      value = field === 'stop' ? '' : rest;
      lastLine = token.line;
      if (field === 'stop') break;
      continue;
    }
    // Ruled grids keep a value on its label's row; only flowed text wraps it.
    if (field && gridded && token.line !== lastLine) {
      close();
      field = null;
    }
    if (field) {
      // Same line: another cell (or a word) of the value; next line: a wrap.
      value = value === '' ? token.text : token.line === lastLine && !gridded ? `${value} ${token.text}` : `${value}${token.text}`;
      lastLine = token.line;
    }
  }
  close();
  const unit = (f: Field): PerformanceUnit | null => {
    const v = values.get(f);
    return v ? parseUnit(v) : null;
  };
  return {
    project: values.get('project') ?? null,
    department: values.get('department') ?? null,
    managingUnit: unit('managing'),
    implementingUnit: unit('implementing'),
  };
}
