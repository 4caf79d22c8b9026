import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { type Command, UsageError } from '../command.ts';
import { writeReviewSite } from './write-review-site.ts';

const USAGE = `usage: budgetdoc review <out-folder> [options]

Writes a static HTML site to <out-folder>/review/ from the <id>.json reports
that 'budgetdoc extract' wrote there: an index with counts per report, and a
page per report with the source beside the extracted tables. Every cell links
to its source line; findings, unknown sections and unmatched rows are marked.
Opens from disk (file://), no server.

options:
      --render             render PDF pages to images (needs pdftoppm from poppler-utils)
      --quick              PDFs: rebuild text rows from the reports instead of
                           re-reading each PDF (faster on big batches)
      --source-root <dir>  folder the reports' source paths are relative to
                           (default: the current folder, then the out folder's parent)
  -q, --quiet              no progress lines
  -h, --help               this help`;

/** `budgetdoc review`: the static HTML review site of an extract output folder. */
export const reviewCommand: Command = {
  summary: 'write a static HTML review site for an extract output folder',
  usage: USAGE,
  run: async (argv) => {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { render: { type: 'boolean' }, quick: { type: 'boolean' }, 'source-root': { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, debug: { type: 'boolean' } },
    });
    const [outDir, ...extra] = positionals;
    if (outDir === undefined || extra.length > 0) throw new UsageError('give exactly one out folder');
    const result = await writeReviewSite(outDir, {
      render: values.render === true,
      quick: values.quick === true,
      ...(values['source-root'] ? { sourceRoot: values['source-root'] } : {}),
      ...(values.quiet ? {} : { log: (message: string) => process.stderr.write(`${message}\n`) }),
    });
    for (const failure of result.failures) process.stderr.write(`budgetdoc review: skipped ${failure.file}: ${failure.reason}\n`);
    process.stdout.write(`${result.reports.length} report pages in ${result.dir}\nopen ${pathToFileURL(resolve(result.dir, 'index.html')).href}\n`);
    return result.failures.length > 0 ? 1 : 0;
  },
};
