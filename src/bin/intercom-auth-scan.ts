#!/usr/bin/env node
// The `intercom-auth-scan` command: everything lives in run(), so tests can call it directly.
import { run } from '../scanner/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
