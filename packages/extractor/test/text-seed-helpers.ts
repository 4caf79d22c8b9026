import { readdirSync, readFileSync } from 'node:fs';
import type { Cell, Report, Row, Table } from '@budgetdoc/schema';
import { decodeText, extractText } from '../src/index.ts';

const corpus = new URL('../../../corpus/', import.meta.url);
const cache = new Map<string, Report>();

/** Extract a seed report by its id prefix (e.g. "s001"), without normalizing. */
export function seed(prefix: string): Report {
  const cached = cache.get(prefix);
  if (cached) return cached;
  const name = readdirSync(corpus).find((f) => f.startsWith(prefix) && /\.(txt|md)$/.test(f));
  if (!name) throw new Error(`no seed ${prefix}`);
  const bytes = new Uint8Array(readFileSync(new URL(name, corpus)));
  const decoded = decodeText(bytes);
  const format = /^#{1,6}\s/m.test(decoded.text) ? 'md' : 'txt';
  const report = extractText({ id: name.replace(/\.\w+$/, ''), file: `corpus/${name}`, sha256: '0'.repeat(64), bytes: bytes.length, text: decoded.text, encoding: decoded.encoding, format });
  cache.set(prefix, report);
  return report;
}

/** The table with a printed form number (compared as integers), the first one if repeated. */
export function tableNo(report: Report, no: number): Table {
  const table = report.tables.find((t) => t.formNo !== null && Number.parseInt(t.formNo, 10) === no);
  if (!table) throw new Error(`no table ${no}`);
  return table;
}

/** A row by code or printed name (and side). */
export function row(table: Table, label: string, side: string | null = null): Row {
  const found = table.rows.find((r) => (r.code === label || r.name === label) && (side === null || r.side === side));
  if (!found) throw new Error(`no row ${label} in ${table.title}`);
  return found;
}

/** A cell of a row by the last element of its header path. */
export function cell(r: Row, header: string): Cell {
  const found = r.cells.find((c) => c.header[c.header.length - 1]?.replace(/\s+/g, '') === header);
  if (!found) throw new Error(`no cell ${header} in row ${r.name}`);
  return found;
}

/** The exact value of a numeric cell, or its kind otherwise. */
export function valueOf(c: Cell): string {
  return c.value.kind === 'number' || c.value.kind === 'percent' ? c.value.value : c.value.kind;
}
