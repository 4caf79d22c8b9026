import { SCHEMA_VERSION, type Report, type Table } from '@budgetdoc/schema';
import { describe, expect, test } from 'vitest';
import { markImageTablesAbsent } from '../src/lib/pdf/mark-image-tables-absent.ts';

function table(id: string, page: number, withRows: boolean): Table {
  const prov = { file: 'a.pdf', page, line: 1 };
  return {
    id, key: null, formNo: null, formLabel: null, title: `表${id}`, unit: null, status: withRows ? 'data' : 'empty', statusReason: null,
    headerRows: withRows ? [['项目', '金额']] : [], columns: [], notes: [], pages: [page], prov,
    rows: withRows ? [{ side: null, code: null, name: '合计', key: null, lineNo: null, cells: [], prov }] : [],
  };
}

function report(tables: Table[]): Report {
  return {
    schemaVersion: SCHEMA_VERSION, id: 'a',
    source: { file: 'a.pdf', sha256: '0'.repeat(64), format: 'pdf', encoding: null, pages: 5, pagesWithoutText: [3], bytes: 1 },
    meta: { unit: null, year: null, kind: null, scope: null, moneyUnit: null },
    sections: [], paragraphs: [], tables, performance: [], figures: [], findings: [],
  };
}

describe('markImageTablesAbsent', () => {
  test('should mark a table whose body is on an image page absent, and leave printed tables alone', () => {
    // t1: title at the foot of page 2, body printed as an image on page 3; t2: a real table on page 4; t3: an empty table on page 5.
    const result = markImageTablesAbsent(report([table('t1', 2, false), table('t2', 4, true), table('t3', 5, false)]), [3]);
    expect(result.tables.map((t) => t.status)).toEqual(['absent', 'data', 'empty']);
    expect(result.tables[0]?.statusReason).toContain('page 3');
    expect(result.findings.map((f) => `${f.code}@${f.where.page}`)).toEqual(['PDF_TABLE_IN_IMAGE@3']);
  });
});
