// Spawns the built `intercom-auth-scan` (dist/, as npm installs it) the way a user, a hook or CI
// does. `npm test` builds first; alone, run `npx tsc -p tsconfig.build.json` before these tests.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCANNER_BIN = fileURLToPath(new URL('../../../dist/src/bin/intercom-auth-scan.js', import.meta.url));

export interface ScannerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Variables from the calling shell that would change what the scanner does: colours forced by the
// test runner, git state inherited from a hook (GIT_DIR, GIT_INDEX_FILE …), CI progress rules.
const isInherited = (name: string): boolean =>
  !name.startsWith('GIT_') && !['FORCE_COLOR', 'NO_COLOR', 'CI', 'INTERCOM_AUTH_SCAN_DEBUG'].includes(name);

function checkBuilt(): void {
  if (!existsSync(SCANNER_BIN)) throw new Error(`${SCANNER_BIN} is missing: run \`npx tsc -p tsconfig.build.json\` first`);
}

function getEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => isInherited(name)));
  return { ...inherited, NO_COLOR: '1', ...extra };
}

/** Runs the binary in `cwd` and waits for it; a missing build fails with the command that makes it. */
export function runScanner(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ScannerRun {
  checkBuilt();
  const result = spawnSync(process.execPath, [SCANNER_BIN, ...args], {
    cwd: options.cwd,
    env: getEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** runScanner without blocking: lets a test run the binary while it works in-process. */
export function runScannerAsync(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ScannerRun> {
  checkBuilt();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SCANNER_BIN, ...args],
      { cwd: options.cwd, env: getEnv(options.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        if (code === null) reject(error ?? new Error('no exit code'));
        else resolve({ code, stdout, stderr });
      },
    );
  });
}
