// The scanner CLI as users run it, over the same tree (or the sampled files), with nothing
// skipped or trusted: it must end with 0 or 1, never 2, and report no notice it does not document.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTICE_CODES } from '../../dist/src/scanner/types.js';
import { redactTokens } from '../../dist/src/tokens/index.js';

const BIN = fileURLToPath(new URL('../../dist/src/bin/intercom-auth-scan.js', import.meta.url));

// Every notice code the scanner documents, but its own failures: an `internal-error` (a detector
// that threw) is a crash of the scanner.
export const KNOWN_NOTICE_CODES = new Set(NOTICE_CODES.filter((code) => code !== 'internal-error'));

/** `paths` relative to `root`, or undefined for the whole tree. */
export function runScanner(root, paths) {
  const directory = mkdtempSync(join(tmpdir(), 'intercom-auth-smoke-'));
  const output = join(directory, 'report.json');
  const args = [BIN, '--no-skip-dirs', '--no-gitignore', '--no-config', '--no-inline-ignore', '--no-progress'];
  args.push('--format', 'json', '-o', output, ...(paths ?? ['.']));
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  try {
    const report = child.status === 0 || child.status === 1 ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
    const problems = [];
    if (child.error) problems.push(`could not run: ${child.error.message}`);
    if (child.status !== 0 && child.status !== 1) problems.push(`exit code ${child.status ?? child.signal}`);
    const stderr = redactTokens(child.stderr ?? '').trim();
    if (stderr !== '') problems.push(`stderr: ${stderr.split('\n')[0]}`);
    for (const notice of report?.notices ?? []) {
      if (!KNOWN_NOTICE_CODES.has(notice.code) || notice.level === 'error') {
        problems.push(`notice ${notice.level} ${notice.code}: ${notice.path ?? ''} ${notice.message}`);
      }
    }
    return { exitCode: child.status, ms, problems, report };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
