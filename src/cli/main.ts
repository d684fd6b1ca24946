#!/usr/bin/env node
import { runCli, processIo } from './run.js';

// A reader that closes the pipe early (rasd docs | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
