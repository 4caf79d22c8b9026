import type { Cell, Column, Finding, Provenance, Row } from '@budgetdoc/schema';
import type { SourceLine } from '../source-line.ts';
import { alignHeaderRows } from './align-header-rows.ts';
import { columnNumbers, isColumnNoRow } from './column-numbers.ts';
import { alignContinuedPages } from './align-continued-pages.ts';
import { centreSpanningHeaders } from './centre-spanning-headers.ts';
import { groupPositions, positionKinds, sideHeaderSpans, sideSpanOf, withoutSideRow, type GridGroup } from './grid-layout.ts';
import { headerPath } from './header-path.ts';
import { headingNumbering } from './heading-numbering.ts';
import { isBodyLike } from './is-body-like.ts';
import { joinPageWrappedCells } from './join-page-wrapped-cells.ts';
import { parseCellValue } from './parse-cell-value.ts';
import { realignRowCells } from './realign-row-cells.ts';
import { sideOf } from './side-of.ts';
import { isSubjectCode, joinCode, splitCodeName } from './subject-code.ts';

/** The grid part of a table: header, columns, rows, and what each line was. */
export interface GridTable {
  readonly headerRows: string[][];
  readonly columns: Column[];
  readonly rows: Row[];
  readonly findings: Finding[];
  /** Role per grid line, for the line trace. */
  readonly roles: Map<SourceLine, { role: 'table-header' | 'table-row'; detail: string }>;
}

const texts = (line: SourceLine): string[] => line.cells.map((c) => c.text);

/**
 * Grid lines of one table (header rows, 栏次 row, body rows; page breaks and
 * blank lines already removed) → header, columns and rows. Works on cell
 * positions only, so tab text and PDF grids share it.
 * @param lines grid lines in order
 * @param context file and table id for provenance and findings
 * @returns the parsed grid
 * @example parseGridTable(lines, { file: 'r.txt', tableId: 't01' }).rows.length
 */
export function parseGridTable(printed: readonly SourceLine[], context: { file: string; tableId: string }): GridTable {
  const findings: Finding[] = [];
  const roles: GridTable['roles'] = new Map();
  const { lines, original } = alignContinuedPages(printed);
  const noRowIndex = lines.slice(0, 8).findIndex((line) => isColumnNoRow(texts(line)));
  let headerCount = noRowIndex + 1;
  if (noRowIndex < 0) {
    headerCount = lines.findIndex((line) => isBodyLike(texts(line)));
    while (headerCount > 0 && headsValueColumns(lines, headerCount)) headerCount++;
    // No body row to stop at (a table printed empty): the header is the first line and the header-word rows under it.
    if (headerCount < 0) {
      headerCount = Math.min(lines.length, 1);
      while (headerCount < lines.length && isHeaderWordRow(texts(lines[headerCount] as SourceLine), 24)) headerCount++;
    }
  }
  const headerLines = lines.slice(0, headerCount);
  // Compared by its words alone: a repeated header may space them differently (类 款 项 / 类款项), and a
  // borderless continuation page, inferring its columns from fewer rows, may split it at other positions.
  const headerKey = (line: SourceLine): string =>
    texts(line)
      .map((t) => t.replace(/\s+/g, ''))
      .filter((t) => t !== '')
      .join('\u0001');
  const headerKeys = new Set(headerLines.map(headerKey));
  headerLines.forEach((line) => roles.set(line, { role: 'table-header', detail: line === lines[noRowIndex] ? '栏次 row' : 'header row' }));
  const printedBody: SourceLine[] = [];
  const subHeaders: SourceLine[] = [];
  for (const line of lines.slice(headerCount)) {
    // A header repeated after a page break is not data.
    if (headerKeys.has(headerKey(line)) || isColumnNoRow(texts(line))) roles.set(line, { role: 'table-header', detail: 'repeated header dropped' });
    else if (isSubHeaderRow(texts(line))) {
      // Tables made of blocks (10: 政府采购 / 机关运行经费 / 国有资产) repeat a header inside the body.
      subHeaders.push(line);
      roles.set(line, { role: 'table-header', detail: 'header row inside the body' });
    } else printedBody.push(line);
  }
  const wrapped = joinPageWrappedCells(printedBody);
  const body = wrapped.lines;
  for (const [piece, into] of wrapped.joined) roles.set(piece, { role: 'table-row', detail: `continues the cell of ${into.page}:${into.line} across the page break` });
  const bodyCells = body.map(texts);
  const allHeaderLines = [...headerLines, ...subHeaders];
  const aligned = alignHeaderRows(allHeaderLines.map(texts), bodyCells.map((c) => c.length));
  aligned.shifts.forEach((shift, r) => {
    const line = allHeaderLines[r];
    if (shift > 0 && line) findings.push({ code: 'TABLE_HEADER_UNALIGNED', severity: 'info', source: 'extractor', message: `Header row printed ${shift} cell(s) right of the body columns; aligned to the body`, where: { table: context.tableId, page: line.page, line: line.line } });
  });
  const noRow = noRowIndex >= 0 ? aligned.rows[noRowIndex] : undefined;
  const printedHeader = aligned.rows.filter((_, r) => r !== noRowIndex);
  const width = Math.max(0, ...bodyCells.map((c) => c.length), ...printedHeader.map((c) => c.length));
  const kinds = positionKinds(bodyCells, printedHeader, width);
  const groups = groupPositions(kinds, printedHeader);
  const keep = (_: unknown, r: number): boolean => r !== noRowIndex;
  const header = centreSpanningHeaders(printedHeader, allHeaderLines.filter(keep), aligned.shifts.filter(keep), groups);
  // Labels of ruled merged cells, given to every row their box covers (exact, unlike carrying down).
  const rowCells = withMergedLabels(body, bodyCells, groups);
  for (const group of groups) keepNameLevelsIfAnchored(group, rowCells);
  inferIncomeExpenditureSides(groups, rowCells);
  const sideSpans = sideHeaderSpans(header, width);
  const pathHeader = withoutSideRow(header, sideSpans);
  const filled = new Set<number>();
  for (const cells of bodyCells) cells.forEach((text, p) => text.trim() !== '' && kinds[p] === 'value' && filled.add(p));
  const allValues = groups.flatMap((g) => g.values);
  const numbered = noRow ? columnNumbers(noRow, allValues, filled) : { numbers: new Map<number, string>(), redealt: false };
  if (numbered.redealt && noRowIndex >= 0) findings.push({ code: 'TABLE_HEADER_UNALIGNED', severity: 'info', source: 'extractor', message: '栏次 numbers do not sit over the value columns; assigned to the value columns in order', where: { table: context.tableId, page: lines[noRowIndex]?.page ?? 1, line: lines[noRowIndex]?.line ?? 1 } });
  const own = (p: number): boolean => header.some((row) => (row[p] ?? '').trim() !== '');
  for (const group of groups) group.values = group.values.filter((p) => filled.has(p) || numbered.numbers.has(p) || own(p));
  const columns: Column[] = [];
  const columnAt = new Map<string, number>();
  const sideLabelOf = (group: GridGroup): string | null => sideSpanOf(sideSpans, group)?.label ?? null;
  groups.forEach((group, g) => {
    const sideLabel = sideLabelOf(group);
    for (const p of [...group.values, ...group.texts]) {
      columnAt.set(`${g}:${p}`, columns.length);
      columns.push({ index: columns.length, side: group.side, key: null, header: headerPath(pathHeader, p, group, sideLabel), columnNo: numbered.numbers.get(p) ?? null });
    }
  });
  const rows: Row[][] = groups.map(() => []);
  // Outer name levels carried down to the rows of a vertically merged group label.
  const carried: string[][] = groups.map(() => []);
  const hasGroupSides = groups.some((g) => g.side !== null);
  body.forEach((line, i) => {
    const place = { table: context.tableId, page: line.page, line: line.line };
    const realigned = realignRowCells(rowCells[i] ?? [], groups, place);
    findings.push(...realigned.findings);
    let numbers = 0;
    groups.forEach((group, g) => {
      const previousCode = rows[g]?.findLast((r) => r.code !== null)?.code ?? null;
      const built = groupRow(line, realigned.cells, group, g, columns, columnAt, context.file, sideLabelOf(group), previousCode, carried[g] ?? []);
      carried[g] = built.carry;
      const row = built.row;
      if (!row) return;
      if (!hasGroupSides && row.side === null) row.side = sideOf(row.name);
      numbers += row.cells.filter((c) => c.value.kind === 'number' || c.value.kind === 'percent').length;
      rows[g]?.push(row);
    });
    roles.set(wrapped.original.get(line) ?? line, { role: 'table-row', detail: `${numbers} numeric cell(s) in ${groups.length} group(s)` });
  });
  // The trace speaks of the lines as read, not as re-placed on the first page's columns.
  for (const [placed, line] of original) {
    const role = roles.get(placed);
    roles.delete(placed);
    if (role) roles.set(line, { ...role, detail: `${role.detail} · placed on the columns of page ${lines[0]?.page ?? 1} by x position` });
  }
  return { headerRows: allHeaderLines.map(texts), columns, rows: rows.flat(), findings, roles };
}

/**
 * A ruled table prints a label merged over several rows (a group label
 * centred beside its items: 一般公共预算资金 beside 小计 | 公共财政拨款资金 |
 * 专项收入, 货物 beside its items) once; the rules say exactly which rows the
 * merged cell covers, and each covered row gets the label at that label
 * position. Only label positions are filled (never values, codes or text
 * columns), only from ruling evidence (`mergedText`), and only when the
 * merged cell itself was printed on an earlier body row at that position (a
 * header cell such as 单位名称 merged down into a row is not a label).
 * @param body body lines
 * @param cells their cell texts
 * @param groups the table's groups
 * @returns the cell texts with merged labels filled in
 */
function withMergedLabels(body: readonly SourceLine[], cells: readonly (readonly string[])[], groups: readonly GridGroup[]): string[][] {
  const labels = groups.flatMap((g) => g.labels);
  const last = new Map<number, string>();
  return body.map((line, i) => {
    const out = [...(cells[i] ?? [])];
    for (const p of labels) {
      const text = (out[p] ?? '').trim();
      const merged = line.cells[p]?.mergedText?.trim();
      if (text === '' && merged && last.get(p) === merged) out[p] = merged;
      else if (text !== '') last.set(p, text);
      else last.delete(p);
    }
    return out;
  });
}

/**
 * Two side-by-side groups printed without a 收入 | 支出 header row: when the
 * row labels of one group mostly end in 收入 and the other's in 支出 (…支出,
 * 支出合计), they are the income and expenditure sides.
 */
function inferIncomeExpenditureSides(groups: GridGroup[], body: readonly (readonly string[])[]): void {
  if (groups.length !== 2 || groups.some((g) => g.side !== null)) return;
  const share = (group: GridGroup, word: RegExp): number => {
    const labels = body.map((cells) => (group.labels[0] === undefined ? '' : (cells[group.labels[0]] ?? '').replace(/\s+/g, ''))).filter((t) => t !== '');
    return labels.length === 0 ? 0 : labels.filter((t) => word.test(t)).length / labels.length;
  };
  const [left, right] = groups as [GridGroup, GridGroup];
  if (share(left, /收入$|收入合计$|收入总计$/) >= 0.5 && share(right, /支出$|支出合计$|支出总计$/) >= 0.5) {
    left.side = 'income';
    right.side = 'expenditure';
  }
}

/**
 * Name levels are carried down only when each group label is printed on the
 * first row of its group (ruled grids anchor a merged cell's text there). An
 * item row with no group label above it at all (the label printed lower,
 * vertically centred, as text converters leave it) means the rows cannot be
 * attributed to their groups: the item columns stay text columns.
 */
function keepNameLevelsIfAnchored(group: GridGroup, body: readonly (readonly string[])[]): void {
  if (group.labels.length < 2) return;
  let carried: string[] = [];
  for (const cells of body) {
    const levels = group.labels.map((p) => (cells[p] ?? '').replace(/\s+/g, ''));
    const first = levels.findIndex((t) => t !== '');
    if (first > 0 && carried.length < first) {
      group.texts.unshift(...group.labels.slice(1));
      group.labels = group.labels.slice(0, 1);
      return;
    }
    carried = namePath(levels, carried).carry;
  }
}

/** A row of header words only (项目 / 行次 / 统计数) met inside the body. */
function isSubHeaderRow(cells: readonly string[]): boolean {
  return isHeaderWordRow(cells, 12);
}

/** Short text cells only, one of them a column-header word (项目, 行次, 科目名称…). */
function isHeaderWordRow(cells: readonly string[], maxLength: number): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  return filled.length >= 2 && filled.some((c) => /^(?:项目|行次|栏次|科目代码|科目名称|科目编码)$/.test(c)) && filled.every((c) => c.length <= maxLength && parseCellValue(c).kind === 'text' && headingNumbering(c) === null);
}

/**
 * The code of a row whose 类 / 款 / 项 parts sit in separate columns. Such
 * tables print a part once for the rows below it (merged cells), so a blank
 * leading part is carried down from the previous row's code.
 */
function splitCode(group: GridGroup, at: (p: number | null) => string, previous: string | null): string {
  const parts = [group.code, ...group.codeParts].map((p) => at(p).replace(/\s+/g, ''));
  if (!parts.every((part) => /^\d*$/.test(part))) return parts.join('');
  const firstFilled = parts.findIndex((part) => part !== '');
  if (firstFilled <= 0 || previous === null) return parts.join('');
  const widths = [3, 2, 2];
  const inherited = previous.slice(0, widths.slice(0, firstFilled).reduce((a, b) => a + b, 0));
  return inherited + parts.slice(firstFilled).join('');
}

/**
 * The name of a row whose label is printed over several columns (group label,
 * then item), as a path joined with `/`. A merged group label is printed once,
 * on the first row of its group, and carried down to the rows that leave its
 * column blank; a row that prints only outer levels (收入总计 across both
 * columns) closes the deeper groups.
 * @param levels label texts per level, outermost first
 * @param carried outer levels carried from the rows above
 * @returns the path and what to carry to the next row
 * @example namePath(['', '公共财政拨款资金'], ['一般公共预算资金']).path // ['一般公共预算资金', '公共财政拨款资金']
 */
export function namePath(levels: readonly string[], carried: readonly string[]): { path: string[]; carry: string[] } {
  const first = levels.findIndex((t) => t !== '');
  if (first < 0) return { path: [], carry: [...carried] };
  const printed = levels.slice(first).filter((t) => t !== '');
  const path = [...carried.slice(0, first), ...printed];
  const innermost = levels[levels.length - 1] !== '';
  return { path, carry: innermost ? path.slice(0, -1) : carried.slice(0, first) };
}

function groupRow(line: SourceLine, cells: readonly string[], group: GridGroup, g: number, columns: readonly Column[], columnAt: ReadonlyMap<string, number>, file: string, sideLabel: string | null, previousCode: string | null, carried: readonly string[]): { row: Row | null; carry: string[] } {
  const at = (p: number | null): string => (p === null ? '' : (cells[p] ?? '').trim());
  const codeText = group.codeParts.length > 0 ? splitCode(group, at, previousCode) : at(group.code);
  // In a code column any digit string is the row's code (unit codes such as 509001 too).
  let code = codeText !== '' && (isSubjectCode(codeText) || /^\d[\d\s]{2,15}$/.test(codeText)) ? joinCode(codeText) : null;
  const levels = group.labels.map((p) => at(p).replace(/\s+/g, ''));
  const { path, carry } = levels.length > 1 ? namePath(levels, carried) : { path: levels.filter((t) => t !== ''), carry: [] };
  const labelTexts = [...group.labels.map(at), code === null ? codeText : ''].filter((t) => t !== '');
  // A group without label columns (one wide 09 row) is named by its printed side label (预算数 / 决算数).
  const unlabelled = group.labels.length === 0 && group.code === null && group.lineNo === null;
  let name = path.length > 0 ? path.join('/') : (labelTexts[0] ?? (unlabelled ? (sideLabel ?? '') : '')).replace(/\s+/g, '');
  // Converters often print code and name in one cell ("2101101 行政单位医疗", "2010601-行政运行").
  const joined = code === null && path.length <= 1 ? splitCodeName(labelTexts[0] ?? '') : null;
  if (joined) {
    code = joined.code;
    name = joined.name.replace(/\s+/g, '');
  }
  const prov = (p: number | null): Provenance => {
    const box = p === null ? line.box : (line.cells[p]?.box ?? line.box);
    return box ? { file, page: line.page, line: line.line, box } : { file, page: line.page, line: line.line };
  };
  const rowCells: Cell[] = [];
  for (const p of group.values) {
    const index = columnAt.get(`${g}:${p}`);
    const column = index === undefined ? undefined : columns[index];
    if (!column) continue;
    rowCells.push({ column: column.index, key: null, header: column.header, value: parseCellValue(at(p)), prov: prov(p) });
  }
  for (const p of group.texts) {
    const index = columnAt.get(`${g}:${p}`);
    const column = index === undefined ? undefined : columns[index];
    if (!column) continue;
    const text = at(p);
    rowCells.push({ column: column.index, key: null, header: column.header, value: text === '' ? { kind: 'blank', printed: '' } : { kind: 'text', printed: text }, prov: prov(p) });
  }
  const anyValue = rowCells.some((c) => c.value.kind !== 'blank');
  if (name === '' && code === null && !anyValue) return { row: null, carry };
  const lineNo = at(group.lineNo);
  return { row: { side: group.side, code, name, key: null, lineNo: lineNo === '' ? null : lineNo, cells: rowCells, prov: prov(null) }, carry };
}

/**
 * An amount-less line that prints words only over columns that hold amounts
 * in the lines after it (一般公共预算拨款 › 小计 | 其中：专项资金…, a third
 * header row whose first word happens to be 小计) is a header row, not a
 * body row of totals.
 */
function headsValueColumns(lines: readonly SourceLine[], at: number): boolean {
  const cells = texts(lines[at] as SourceLine);
  const filled = cells.map((c, p) => (c.trim() === '' ? -1 : p)).filter((p) => p >= 0);
  if (filled.length === 0 || cells.some((c) => /\d/.test(c))) return false;
  const later = lines.slice(at + 1, at + 12).map(texts);
  const amountAt = (p: number): number => later.filter((row) => /^[-−]?[\d,]+(?:\.\d+)?$/.test((row[p] ?? '').trim())).length;
  const labelAt = (p: number): number => later.filter((row) => /[\u4e00-\u9fff]/.test(row[p] ?? '')).length;
  return later.length >= 2 && filled.every((p) => amountAt(p) >= Math.max(2, later.length / 2) && labelAt(p) === 0);
}
