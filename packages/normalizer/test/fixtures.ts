import type { Cell, Column, Report, Row, SideKey, Table } from '@budgetdoc/schema';

const prov = (line: number) => ({ file: 'fixture.txt', page: 1, line });

/** A column as the extractor emits it: printed header path, key null. */
export function column(index: number, header: string[], side: SideKey | null = null): Column {
  return { index, side, key: null, header, columnNo: String(index + 1) };
}

/** A body row with numeric cells, keys null. */
export function row(line: number, code: string | null, name: string, values: (string | null)[], columns: Column[], side: SideKey | null = null): Row {
  const cells: Cell[] = [];
  values.forEach((value, at) => {
    const target = columns.filter((entry) => entry.side === side)[at] ?? columns[at];
    if (!target || value === null) return;
    cells.push({ column: target.index, key: null, header: target.header, value: { kind: 'number', value, printed: value }, prov: prov(line) });
  });
  return { side, code, name, key: null, lineNo: null, cells, prov: prov(line) };
}

/** A table as the extractor emits it. */
export function table(id: string, title: string, formLabel: string | null, columns: Column[], rows: Row[], line = 1): Table {
  return { id, key: null, formNo: formLabel?.replace(/\D/g, '') || null, formLabel, title, unit: '万元', status: 'data', statusReason: null, headerRows: [columns.map((entry) => entry.header.join('/'))], columns, rows, notes: [], pages: [1], prov: prov(line) };
}

/** A report shell around sections and tables. */
export function report(kind: 'budget' | 'final', sections: string[], tables: Table[]): Report {
  return {
    schemaVersion: '1.0.0',
    id: 'fixture',
    source: { file: 'fixture.txt', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', pages: 1, pagesWithoutText: [], bytes: 1 },
    meta: { unit: '某某医疗保险经办中心', year: 2023, kind, scope: 'unit', moneyUnit: '万元' },
    sections: sections.map((title, at) => ({ title, numbering: null, level: 1, key: null, prov: prov(at + 1) })),
    paragraphs: [],
    tables,
    performance: [],
    figures: [],
    findings: [],
  };
}
