// Spawns the built scanner with extra Node flags (a preload, the permission model) and process
// options (another user, a timeout), which test/scanner/support/run-scanner.ts does not offer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SCANNER_BIN, type ScannerRun } from '../../scanner/support/run-scanner.js';

export interface ScannerProcessOptions {
  cwd: string;
  /** Node flags placed before the script (`--import`, `--permission`, …). */
  nodeArgs?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Run as this user (the tests run as root in CI, where permissions are not enforced). */
  user?: { uid: number; gid: number };
  /** Milliseconds before the run is killed and the test fails (a scan that blocks). */
  timeout?: number;
}

export interface ScannerProcessRun extends ScannerRun {
  /** Set when the run was killed (timeout). */
  signal: NodeJS.Signals | null;
}

// Variables that would change what the scanner does: colours, git state inherited from a hook.
const isInherited = (name: string): boolean =>
  !name.startsWith('GIT_') && !['FORCE_COLOR', 'NO_COLOR', 'CI', 'INTERCOM_AUTH_SCAN_DEBUG', 'NODE_OPTIONS'].includes(name);

export function runScannerProcess(args: readonly string[], options: ScannerProcessOptions): ScannerProcessRun {
  if (!existsSync(SCANNER_BIN)) throw new Error(`${SCANNER_BIN} is missing: run \`npx tsc -p tsconfig.build.json\` first`);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => isInherited(name)));
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), SCANNER_BIN, ...args], {
    cwd: options.cwd,
    env: { ...inherited, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 120_000,
    killSignal: 'SIGKILL',
    ...(options.user ?? {}),
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
