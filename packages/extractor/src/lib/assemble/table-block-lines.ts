import { type AssembleLine, filledCells, isBlankLine, lineText } from './assemble-line.ts';
import { isIndexHeader } from './empty-table-index.ts';
import { headingNumbering } from './heading-numbering.ts';
import { formLabel, isIllegibleMarker, isNoteLine, isPerformanceTitle, isTableTitle, isYearLine, issuingUnitOf, moneyUnitOf, trailingFormLabel } from './table-line-kinds.ts';

/** What a line is inside a table block. */
export type TableLineKind = 'title' | 'label' | 'unit' | 'issuer' | 'year' | 'note' | 'illegible' | 'grid' | 'subtitle' | 'blank';

/**
 * Classify a line met inside a table block (before structural checks).
 * @example tableLineKind(line) // 'unit'
 */
export function tableLineKind(line: AssembleLine): TableLineKind | null {
  if (isBlankLine(line)) return 'blank';
  const text = lineText(line);
  if (isIllegibleMarker(text)) return 'illegible';
  if (filledCells(line) <= 1 || line.split === 'none') {
    if (formLabel(text)) return 'label';
    if (isTableTitle(text)) return 'title';
  }
  const trailing = filledCells(line) <= 2 ? trailingFormLabel(text) : null;
  if (trailing && isTableTitle(trailing.title)) return 'title';
  // "部门： | 某局 | 单位：万元" states issuer and unit on one three-cell line.
  if (moneyUnitOf(text) && (filledCells(line) <= 2 || (filledCells(line) <= 3 && issuingUnitOf(text)))) return 'unit';
  if (filledCells(line) <= 2 && issuingUnitOf(text)) return 'issuer';
  if (isYearLine(text)) return 'year';
  if (isNoteLine(text) && filledCells(line) <= 1) return 'note';
  if (line.cells.length >= 2) return 'grid';
  return null;
}

/**
 * True when a table title or form label at `start` really opens a table:
 * before the next heading or prose line there is a grid line, an
 * [illegible] marker, or (for a title) a form label.
 * @param lines all lines
 * @param start index of the title / label line
 * @example opensTable(lines, 438) // true
 */
export function opensTable(lines: readonly AssembleLine[], start: number): boolean {
  // A performance title always opens its table: pdftotext prints its grid as wrapped text.
  const first = lines[start];
  if (!first) return false;
  if (isPerformanceTitle(lineText(first))) return true;
  const startKind = tableLineKind(first);
  // A title with its form label is a table even when its body is not a grid.
  let paired = false;
  for (let j = start + 1; j < Math.min(lines.length, start + 40); j++) {
    const line = lines[j];
    if (!line) break;
    const kind = tableLineKind(line);
    if (isIndexHeader(lineText(line))) return false;
    if (kind === 'grid' || kind === 'illegible') return true;
    // A second title (or label) before any grid: the first line was a cover or part title.
    if (kind === startKind) return paired;
    if (kind === 'label' || kind === 'title') {
      paired = true;
      continue;
    }
    if (kind !== null) continue;
    if (lineText(line).length <= 30 && !headingNumbering(lineText(line)) && !line.heading) continue;
    return paired;
  }
  return paired;
}

/**
 * The lines of the table block that starts at `start`: title and form label
 * (either order), unit, issuer, year lines, the grid across blank lines and
 * page breaks, and notes. Ends before a second title or label, a heading,
 * or prose. Performance tables keep prose-like lines (wrapped cell text)
 * and end only at a new table or a heading.
 * @param lines all lines
 * @param start index of the first line of the block
 * @returns index one past the block's last non-blank line
 * @example tableBlockEnd(lines, 438) // 482
 */
export function tableBlockEnd(lines: readonly AssembleLine[], start: number): number {
  const first = lines[start];
  if (!first) return start + 1;
  const firstKind = tableLineKind(first);
  let hasLabel = firstKind === 'label';
  let hasTitle = firstKind === 'title';
  const performance = isPerformanceTitle(lineText(first)) || lines.slice(start, start + 3).some((l) => isPerformanceTitle(lineText(l)));
  let gridStarted = false;
  let end = start + 1;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as AssembleLine;
    const kind = tableLineKind(line);
    if (kind === 'blank') continue;
    if (kind === 'label') {
      if (hasLabel || gridStarted) break;
      hasLabel = true;
    } else if (kind === 'title') {
      if (hasTitle || gridStarted) break;
      hasTitle = true;
    } else if (kind === 'grid' || kind === 'illegible') {
      gridStarted = true;
    } else if (kind === null) {
      const text = lineText(line);
      const numbering = headingNumbering(text);
      if (line.heading) break;
      if (numbering && (!performance || numbering.level <= 3)) break;
      if (!gridStarted && text.length <= 30) {
        end = j + 1;
        continue;
      }
      if (!performance) break;
    }
    end = j + 1;
  }
  return end;
}
