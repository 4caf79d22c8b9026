import { parseArgs } from 'node:util';
import { type Command, UsageError } from '../command.ts';
import { findTables } from './find-table.ts';
import { renderInspection } from './render-inspection.ts';
import { terminalStyle } from './terminal-style.ts';
import { traceReport } from './trace-report.ts';

const USAGE = `usage: budgetdoc inspect <file> [options]

Shows how one report was read: every line (PDF: text row) with page:line,
the role the extractor gave it (heading, toc, prose, table title/meta/header/
row/note, page break, blank, ignored, performance) and why, the keys the
normalizer chose (∅ = unknown section / unmatched row) and findings; for each
table its header rows as printed and the columns: side, 栏次, header path → key.

options:
  -t, --table <id|key|form no>  one table: its lines, columns and rows (t06, income, 01, 公开01表)
  -p, --page <n>                one page
  -l, --lines <a-b>             only lines a to b (text: file lines; PDF: rows of each page)
      --width <n>               columns of source text per line (default 70)
      --color / --no-color      force colour on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help                    this help`;

/** `budgetdoc inspect`: the annotated terminal view of one report. */
export const inspectCommand: Command = {
  summary: 'show how one report was read, line by line (roles, reasons, keys)',
  usage: USAGE,
  run: async (argv) => {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        table: { type: 'string', short: 't' },
        page: { type: 'string', short: 'p' },
        lines: { type: 'string', short: 'l' },
        width: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
      },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one input file');
    const page = values.page === undefined ? undefined : positiveInt(values.page, '--page');
    const lines = values.lines === undefined ? undefined : lineRange(values.lines);
    const textWidth = values.width === undefined ? 70 : positiveInt(values.width, '--width');
    const color = values['no-color'] ? false : values.color ? true : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const traced = await traceReport(file);
    let table;
    if (values.table !== undefined) {
      const matches = findTables(traced.report, values.table);
      if (matches.length === 0) {
        const known = traced.report.tables.map((t) => `${t.id} ${t.formNo ?? '-'} ${t.key ?? '∅'}`).join('\n  ');
        throw new UsageError(`no table '${values.table}' in ${file}; tables (id form key):\n  ${known}`);
      }
      // Note: a repeated key or form number picks the first table; the others are listed.
      table = matches[0];
      if (matches.length > 1) process.stderr.write(`budgetdoc inspect: '${values.table}' matches ${matches.map((t) => t.id).join(', ')}; showing ${table?.id}\n`);
    }
    const view = renderInspection(traced, terminalStyle(color), { ...(table ? { table } : {}), ...(page === undefined ? {} : { page }), ...(lines ? { lines } : {}), textWidth });
    process.stdout.write(`${view.join('\n')}\n`);
    return 0;
  },
};

function lineRange(text: string): [number, number] {
  const match = /^(\d+)(?:[-:](\d+))?$/.exec(text.trim());
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (!match || from < 1 || to < from) throw new UsageError('--lines must look like 120-180 (or a single line)');
  return [from, to];
}

function positiveInt(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name} must be a positive integer`);
  return value;
}
