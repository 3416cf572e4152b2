#!/usr/bin/env node
// The `intercom-auth-scan` command: everything lives in run(), so tests can call it directly.
import { run } from '../scanner/cli/run.js';

// A reader that has gone (`| head`, a closed pipe) does not change what the scan found: its exit
// code stands, with no stack trace. Any other write failure is an error of the run.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`intercom-auth-scan: cannot write the report (${error.code ?? error.message})\n`);
  process.exitCode = 2;
});

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
