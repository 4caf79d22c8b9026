import type { Cell, Finding, Row, Table } from '@budgetdoc/schema';
import { escapeHtml } from './escape-html.ts';
import { cellFindings, rowFindings, tableLevelFindings } from './match-findings.ts';
import { sourceAnchor } from './source-anchor.ts';

/**
 * One extracted table as HTML: a heading with id, form, title, key, status
 * and a link to the title line; the column decisions (side, 栏次, printed
 * header path → key) as header rows; one body row per extracted row with its
 * code, name (→ key, unmatched marked) and cells. Every cell links to the
 * source line it was read from and carries a tooltip with key, header,
 * value and provenance; cells and rows with findings are highlighted.
 * @param table the table
 * @param format source format (picks the anchor scheme)
 * @param findings findings whose `where.table` is this table
 * @returns an HTML fragment
 * @example renderTableHtml(report.tables[0], 'txt', [])
 */
export function renderTableHtml(table: Table, format: string, findings: readonly Finding[]): string {
  const anchor = sourceAnchor(format, table.prov);
  const title = `${table.formLabel ?? ''} ${table.title}`.trim();
  const key = table.key === null ? '<span class="unknown">unknown table</span>' : `<code>${escapeHtml(table.key)}</code>`;
  const parts = [
    `<section class="table" id="${escapeHtml(table.id)}">`,
    `<h3><a href="#${anchor}" title="printed at page ${table.prov.page}, line ${table.prov.line}">${escapeHtml(table.id)} ${escapeHtml(title)}</a></h3>`,
    `<div class="meta">${key} · <span class="badge ${table.status}">${table.status}</span>${table.statusReason ? ` ${escapeHtml(table.statusReason)}` : ''} · unit ${escapeHtml(table.unit ?? '-')} · pages ${escapeHtml(table.pages.join(', ') || '-')} · ${table.rows.length} rows</div>`,
  ];
  const own = tableLevelFindings(findings);
  if (own.length > 0) parts.push(`<ul class="findings">${own.map((f) => `<li class="${f.severity}">${escapeHtml(`${f.code}: ${f.message}`)}</li>`).join('')}</ul>`);
  if (table.rows.length > 0 || table.columns.length > 0) parts.push(renderGrid(table, format, findings));
  for (const note of table.notes) parts.push(`<p class="meta">${escapeHtml(note)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function renderGrid(table: Table, format: string, findings: readonly Finding[]): string {
  const columns = table.columns;
  const head = [
    `<tr><th rowspan="2">code</th><th rowspan="2">name → key</th>${columns.map((c) => `<th title="${escapeHtml(`column ${c.index}${c.side ? `, side ${c.side}` : ''}`)}">${escapeHtml(c.header.join(' › ') || `#${c.index}`)}${c.columnNo ? ` <span class="key">[${escapeHtml(c.columnNo)}]</span>` : ''}</th>`).join('')}</tr>`,
    `<tr>${columns.map((c) => `<th class="key">${c.side ? `${escapeHtml(c.side)}: ` : ''}${c.key === null ? '<span class="unknown">no key</span>' : escapeHtml(c.key)}</th>`).join('')}</tr>`,
  ];
  const body = table.rows.map((row, r) => renderRow(table, row, r, format, findings));
  return `<table class="grid"><thead>${head.join('')}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

function renderRow(table: Table, row: Row, r: number, format: string, findings: readonly Finding[]): string {
  const own = rowFindings(findings, row);
  const rowId = `${table.id}-r${r}`;
  const name = row.key === null ? `<span class="unmatched" title="row name matches no key">${escapeHtml(row.name)}</span>` : `${escapeHtml(row.name)} <span class="key">→ ${escapeHtml(row.key)}</span>`;
  const nameTitle = own.length > 0 ? ` title="${escapeHtml(own.map((f) => `${f.code}: ${f.message}`).join('\n'))}"` : '';
  const cells = table.columns.map((column) => {
    const cell = row.cells.find((c) => c.column === column.index);
    return cell ? renderCell(table, row, cell, `${rowId}-c${column.index}`, format, cellFindings(findings, row, cell)) : '<td></td>';
  });
  return `<tr id="${escapeHtml(rowId)}"${own.length > 0 ? ' class="finding"' : ''}><td>${escapeHtml(row.code ?? '')}</td><td class="name"${nameTitle}><a href="#${sourceAnchor(format, row.prov)}">${name}</a>${row.side ? ` <span class="key">${escapeHtml(row.side)}</span>` : ''}</td>${cells.join('')}</tr>`;
}

function renderCell(table: Table, row: Row, cell: Cell, id: string, format: string, findings: readonly Finding[]): string {
  const { value, prov } = cell;
  // Blank cells carry provenance too, but a link with no text cannot be clicked.
  if (value.kind === 'blank' && findings.length === 0) return `<td id="${escapeHtml(id)}" class="blank"></td>`;
  const tip = [
    `${table.id} ${table.key ?? '∅'} / ${row.key ?? `∅ ${row.name}`} / ${cell.key ?? '∅'}`,
    `header: ${cell.header.join(' › ') || '-'}`,
    `value: ${value.kind === 'number' || value.kind === 'percent' ? value.value : value.kind} (printed "${value.printed}")`,
    `source: ${prov.file} page ${prov.page} line ${prov.line}${prov.box ? ` box ${prov.box.map((n) => n.toFixed(1)).join(',')}` : ''}`,
    ...findings.map((f) => `${f.severity} ${f.code}: ${f.message}`),
  ].join('\n');
  const classes = [value.kind === 'number' || value.kind === 'percent' ? 'num' : value.kind, findings.length > 0 ? 'finding' : ''].filter(Boolean).join(' ');
  return `<td id="${escapeHtml(id)}" class="${classes}"><a href="#${sourceAnchor(format, prov)}" title="${escapeHtml(tip)}">${escapeHtml(value.printed)}</a></td>`;
}
