#!/usr/bin/env node
import { main } from './lib/main.ts';

// Note: a closed pipe (`budgetdoc extract … | head`) must not crash a batch; output is dropped instead.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
