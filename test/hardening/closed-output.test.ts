// A reader that goes away: `intercom-auth-scan | head -1`, or a hook runner that stops reading.
// The scan's result still decides the exit code, and stderr gets no stack trace.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { generateToken } from '../support/generate-token.js';
import { createTempTree, removeTempTrees } from '../scanner/support/create-temp-tree.js';
import { SCANNER_BIN } from '../scanner/support/run-scanner.js';

afterAll(removeTempTrees);

describe('a closed stdout', () => {
  // The report written to a pipe whose reader had gone raised an unhandled EPIPE: a stack trace
  // and exit 1 whatever the scan found. Fixed in the bin: EPIPE on stdout is ignored.
  it('exits with the scan\'s code and no stack trace when the reader has gone', async () => {
    const tree = createTempTree({ 'clean.ts': 'export {};\n' });
    const child = spawn(process.execPath, [SCANNER_BIN, '--format', 'json', '--no-config'], { cwd: tree.root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(code).toBe(0);
  });

  it('exits 1 for findings with stdout closed when the report goes to --output', async () => {
    const tree = createTempTree({ 'leak.ts': `export const token = '${generateToken()}';\n` });
    const child = spawn(process.execPath, [SCANNER_BIN, '--format', 'json', '--no-config', '--output', 'report.json'], { cwd: tree.root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
  });
});
