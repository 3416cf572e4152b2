// The scanner makes no network request, runs nothing from the tree it scans and writes only where
// --output and --write-baseline say. The built binary runs under a preload that refuses and
// records every network call, child process, worker and module load from the tree
// (support/deny-side-effects.mjs), and under Node's permission model, which refuses writes
// anywhere but the paths the test allows. The tree is bait (support/write-bait-tree.ts): any of
// its code that runs leaves a marker file. Afterwards the log and the markers directory must be
// empty and the whole sandbox unchanged but for the requested outputs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempTree, removeTempTrees, type TempTree } from '../scanner/support/create-temp-tree.js';
import { readJsonReport } from '../scanner/support/read-json-report.js';
import { runGit } from '../scanner/support/run-git.js';
import { runScannerProcess, type ScannerProcessRun } from './support/run-scanner-process.js';
import { diffSnapshots, snapshotFiles } from './support/snapshot-files.js';
import { writeBaitTree } from './support/write-bait-tree.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const PRELOAD = fileURLToPath(new URL('./support/deny-side-effects.mjs', import.meta.url));

/** `--permission` (Node 22.13+, 23.5+) or `--experimental-permission` (Node 20), whichever this Node takes. */
const PERMISSION_FLAG = ['--permission', '--experimental-permission'].find(
  (flag) => spawnSync(process.execPath, [flag, '--allow-fs-read=*', '-e', '0'], { stdio: 'ignore' }).status === 0,
);

/** Whether this build has worker threads (`--jobs`). */
const HAS_JOBS = runScannerProcess(['--help'], { cwd: process.cwd() }).stdout.includes('--jobs');

interface Sandbox {
  tree: TempTree;
  /** Absolute paths. */
  root: string;
  scanned: string;
  markers: string;
  log: string;
}

function createSandbox(): Sandbox {
  const tree = createTempTree({ 'markers/.keep': '', 'side-effects.log': '' });
  writeBaitTree(tree, 'scanned', tree.path('markers'));
  return { tree, root: tree.root, scanned: tree.path('scanned'), markers: tree.path('markers'), log: tree.path('side-effects.log') };
}

/** Runs the scanner in `sandbox.scanned` under the preload and the permission model. */
function scanGuarded(sandbox: Sandbox, args: string[], options: { writable?: string[]; git?: boolean } = {}): ScannerProcessRun {
  const permission = PERMISSION_FLAG === undefined
    ? []
    : [
        PERMISSION_FLAG,
        '--allow-fs-read=*',
        // The log and the markers must stay writable: a bait that ran but could not write its
        // marker would go unnoticed.
        `--allow-fs-write=${sandbox.log}`,
        `--allow-fs-write=${sandbox.markers}`,
        ...(options.writable ?? []).map((path) => `--allow-fs-write=${path}`),
        // Workers are checked by the preload; the module hooks need one.
        '--allow-worker',
        ...(options.git ? ['--allow-child-process'] : []),
      ];
  return runScannerProcess(args, {
    cwd: sandbox.scanned,
    nodeArgs: [...permission, '--no-warnings', '--import', PRELOAD],
    env: {
      SIDE_EFFECT_LOG: sandbox.log,
      SIDE_EFFECT_TREE: sandbox.scanned,
      SIDE_EFFECT_PACKAGE: PACKAGE_ROOT,
      SIDE_EFFECT_ALLOW_GIT: options.git ? '1' : '0',
    },
  });
}

const readLog = (sandbox: Sandbox): { kind: string; detail: string }[] =>
  readFileSync(sandbox.log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { kind: string; detail: string });
/** What the preload refused: everything but git (where allowed) and the scanner's own workers. */
const readRefused = (sandbox: Sandbox): { kind: string; detail: string }[] => readLog(sandbox).filter((entry) => entry.kind !== 'git' && entry.kind !== 'own-worker');
const readMarkers = (sandbox: Sandbox): string[] => readdirSync(sandbox.markers).filter((name) => name !== '.keep');

afterAll(removeTempTrees);

describe('the interceptor itself', () => {
  // Without this, an empty log could mean a broken preload rather than a clean scanner.
  it('catches and records each kind of side effect, and the permission model refuses writes', () => {
    const sandbox = createSandbox();
    const script = `
      const attempts = [
        () => fetch('http://127.0.0.1:9/'),
        () => require('node:net').connect(9, '127.0.0.1'),
        () => require('node:dns').lookup('example.com', () => {}),
        () => require('node:https').get('https://127.0.0.1:9/'),
        () => require('node:child_process').spawn('sh', ['-c', 'true']),
        () => require('node:child_process').execSync('true'),
        () => new (require('node:worker_threads').Worker)(${JSON.stringify(`${sandbox.scanned}/src/side-effect.js`)}),
        () => require(${JSON.stringify(`${sandbox.scanned}/src/side-effect.cjs`)}),
        () => import(${JSON.stringify(`${sandbox.scanned}/src/side-effect.js`)}),
        () => require('node:fs').writeFileSync(${JSON.stringify(`${sandbox.scanned}/written.txt`)}, 'x'),
      ];
      (async () => {
        const outcomes = [];
        for (const attempt of attempts) {
          try { await attempt(); outcomes.push('allowed'); } catch (error) { outcomes.push(error.code ?? 'refused'); }
        }
        console.log(JSON.stringify(outcomes));
      })();`;
    const permission = PERMISSION_FLAG === undefined ? [] : [PERMISSION_FLAG, '--allow-fs-read=*', `--allow-fs-write=${sandbox.log}`, '--allow-worker'];
    const result = spawnSync(process.execPath, [...permission, '--no-warnings', '--import', PRELOAD, '-e', script], {
      cwd: sandbox.scanned,
      env: { ...process.env, SIDE_EFFECT_LOG: sandbox.log, SIDE_EFFECT_TREE: sandbox.scanned, SIDE_EFFECT_PACKAGE: PACKAGE_ROOT },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const outcomes = JSON.parse(result.stdout) as string[];
    expect(outcomes.slice(0, 9)).toEqual(Array(9).fill('refused'));
    if (PERMISSION_FLAG !== undefined) expect(outcomes[9]).toBe('ERR_ACCESS_DENIED');
    expect(readLog(sandbox).map((entry) => entry.kind)).toEqual(['network', 'network', 'network', 'network', 'process', 'process', 'worker', 'require', 'import']);
    expect(readMarkers(sandbox)).toEqual([]);
  });
});

describe('a scan of a hostile tree', () => {
  let sandbox: Sandbox;
  let before: Map<string, string>;

  beforeAll(() => {
    sandbox = createSandbox();
    before = snapshotFiles(sandbox.root);
  });

  const expectNoSideEffects = (result: ScannerProcessRun, allowedChanges: string[] = []): void => {
    expect(readRefused(sandbox), result.stderr).toEqual([]);
    expect(readLog(sandbox).filter((entry) => entry.kind === 'git')).toEqual([]);
    expect(readMarkers(sandbox)).toEqual([]);
    expect(diffSnapshots(before, snapshotFiles(sandbox.root))).toEqual(allowedChanges);
  };

  it('reads its JSON config, scans every file (node_modules included), and runs, loads and writes nothing', () => {
    const result = scanGuarded(sandbox, ['--no-skip-dirs', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const report = readJsonReport(result);
    // The scripts were linted (the token in the bait module is found) without being run; the
    // JSON config's exclude applied.
    expect(report.findings.map((finding) => finding.path)).toEqual(['src/app.js']);
    expect(report.summary.files).toBeGreaterThan(40);
    expectNoSideEffects(result);
  });

  // The scanner's worker threads (--jobs) load only its own modules and behave the same.
  it.skipIf(!HAS_JOBS)('holds in worker threads too', () => {
    const result = scanGuarded(sandbox, ['--no-skip-dirs', '--format', 'json', '--jobs', '2']);
    expect(result.code, result.stderr).toBe(1);
    expect(readJsonReport(result).findings.map((finding) => finding.path)).toEqual(['src/app.js']);
    expect(readLog(sandbox).filter((entry) => entry.kind === 'own-worker').length, 'no worker was started').toBeGreaterThan(0);
    expectNoSideEffects(result, ['~ side-effects.log']);
    writeFileSync(sandbox.log, '');
    before = snapshotFiles(sandbox.root);
  });

  it('writes exactly the --output and --write-baseline files, nothing else', () => {
    // Node 20's permission model grants a directory only if it exists when the process starts.
    sandbox.tree.write({ 'scanned/reports/.keep': '' });
    before = snapshotFiles(sandbox.root);
    const result = scanGuarded(sandbox, ['--format', 'sarif', '--output', 'reports/scan.sarif', '--write-baseline', 'reports/baseline.json'], {
      writable: [`${sandbox.scanned}/reports`],
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expectNoSideEffects(result, ['+ scanned/reports/baseline.json', '+ scanned/reports/scan.sarif']);
    sandbox.tree.remove('scanned/reports');
  });
});

describe('--staged and --since in a hostile repository', () => {
  let sandbox: Sandbox;

  beforeAll(() => {
    sandbox = createSandbox();
    const git = (...args: string[]) => runGit(sandbox.scanned, ...args);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'bait');
    sandbox.tree.write({ 'scanned/src/new.js': "export const later = 'not a token';\n" });
    git('add', 'src/new.js');
    // Written after staging, as a hostile checkout would carry them: every git setting that runs a
    // command, pointed at the bait scripts.
    const tools = `${sandbox.scanned}/tools`;
    for (const [key, value] of [
      ['core.fsmonitor', `${tools}/fsmonitor.sh`],
      ['core.hooksPath', `${sandbox.scanned}/githooks`],
      ['core.pager', `${tools}/pager.sh`],
      ['pager.diff', `${tools}/pager.sh`],
      ['diff.external', `${tools}/external-diff.sh`],
      ['diff.bait.textconv', `${tools}/textconv.sh`],
      ['diff.bait.command', `${tools}/external-diff.sh`],
      ['filter.bait.clean', `${tools}/filter.sh`],
      ['filter.bait.smudge', `${tools}/filter.sh`],
      ['filter.bait.process', `${tools}/filter.sh`],
    ]) {
      git('config', key!, value!);
    }
  });

  it.each([
    ['--staged', ['--staged']],
    ['--since', ['--since', 'HEAD']],
  ])('%s starts only git, without running the repository\'s hooks, fsmonitor, pager, diff or filter commands', (_, flags) => {
    writeFileSync(sandbox.log, '');
    for (const marker of readMarkers(sandbox)) rmSync(`${sandbox.markers}/${marker}`);
    const before = snapshotFiles(sandbox.root);
    const result = scanGuarded(sandbox, [...flags, '--format', 'json'], { git: true });
    expect(result.code, result.stderr).toBe(0);
    // git did run, so the interceptor saw the scanner's child processes; nothing else ran.
    expect(readLog(sandbox).filter((entry) => entry.kind === 'git').length).toBeGreaterThan(0);
    expect(readRefused(sandbox), result.stderr).toEqual([]);
    expect(readMarkers(sandbox)).toEqual([]);
    // Not even the index is rewritten.
    expect(diffSnapshots(before, snapshotFiles(sandbox.root))).toEqual(['~ side-effects.log']);
  });
});
