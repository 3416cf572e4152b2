// The file system as it really is, end to end through the built binary: missing paths, files and
// directories the scanner may not read, symbolic links (loops, and links out of the tree to
// files holding tokens), FIFOs and devices, empty files, awkward names and very deep trees.
// Files changing during a scan: changing-files.test.ts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../scanner/support/create-temp-tree.js';
import { getLocations } from '../scanner/support/get-locations.js';
import { readJsonReport } from '../scanner/support/read-json-report.js';
import { runScanner } from '../scanner/support/run-scanner.js';
import { getUnprivilegedUser } from './support/get-unprivileged-user.js';
import { runScannerProcess } from './support/run-scanner-process.js';

const leak = (): string => `export const token = '${generateToken()}';\n`;
const hasMkfifo = spawnSync('mkfifo', ['--version'], { stdio: 'ignore' }).status === 0;
const isPosix = process.platform !== 'win32';

function scanJson(cwd: string, ...args: string[]) {
  const result = runScanner(['--format', 'json', '--no-config', ...args], { cwd });
  return { ...result, report: readJsonReport(result) };
}

const describeNotices = (notices: readonly { level: string; code: string; path?: string }[]): string[] =>
  notices.map((notice) => `${notice.level} ${notice.code} ${notice.path ?? ''}`).sort();

afterAll(removeTempTrees);

describe('paths that do not exist', () => {
  it('are one line each in the report, exit 2, and nothing on stderr', () => {
    const tree = createTempTree({ 'src/a.ts': 'export {};\n' });
    const result = runScanner(['--no-config', 'src/gone.ts', 'no-such-dir/'], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n').filter((line) => line.includes('gone.ts') || line.includes('no-such-dir'));
    expect(lines).toEqual([expect.stringMatching(/^ {2}src\/gone\.ts +No such file or directory: src\/gone\.ts +not-found$/), expect.stringMatching(/^ {2}no-such-dir +No such file or directory: no-such-dir\/ +not-found$/)]);
  });
});

describe('permission denied', () => {
  const { user, skipReason } = getUnprivilegedUser();
  let tree: TempTree;

  beforeAll(() => {
    if (skipReason) return;
    tree = createTempTree({
      'open/clean.ts': 'export {};\n',
      'locked-file.ts': leak(),
      'locked-dir/inside.ts': leak(),
      'unsearchable-dir/inside.ts': leak(),
    });
    chmodSync(tree.root, 0o755);
    chmodSync(tree.path('locked-file.ts'), 0o000);
    chmodSync(tree.path('locked-dir'), 0o000);
    // Listable but not enterable: the walk sees the name, the read is refused.
    chmodSync(tree.path('unsearchable-dir'), 0o644);
  });

  const scanAs = (...args: string[]) => {
    const result = runScannerProcess(['--format', 'json', '--no-config', ...args], { cwd: tree.root, user });
    return { ...result, report: readJsonReport(result) };
  };
  const EXPECTED_NOTICES = ['error unreadable locked-dir', 'error unreadable locked-file.ts', 'error unreadable unsearchable-dir/inside.ts'];

  // Under root the scanner runs as nobody; skipped only where nobody cannot read the checkout.
  it.skipIf(skipReason !== undefined)('reports each unreadable file and directory, scans the rest, and exits 2', () => {
    const { code, report, stderr } = scanAs();
    expect(code, stderr).toBe(2);
    expect(describeNotices(report.notices)).toEqual(EXPECTED_NOTICES);
    for (const notice of report.notices) expect(notice.message).toMatch(/: permission denied \(EACCES\)$/);
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(1);
  });

  it.skipIf(skipReason !== undefined)('exits 1 when the readable files have findings, still reporting what it could not read', () => {
    tree.write({ 'open/leaky.ts': leak() });
    chmodSync(tree.path('open/leaky.ts'), 0o644);
    try {
      const { code, report, stderr } = scanAs();
      expect(code, stderr).toBe(1);
      expect(getLocations(report.findings)).toEqual(['open/leaky.ts:1:23 no-hardcoded-token']);
      expect(describeNotices(report.notices)).toEqual(EXPECTED_NOTICES);
    } finally {
      tree.remove('open/leaky.ts');
    }
  });

  it.skipIf(skipReason !== undefined)('reports an unreadable file or directory named on the command line', () => {
    const { code, report } = scanAs('locked-file.ts', 'locked-dir', 'open');
    expect(code).toBe(2);
    expect(describeNotices(report.notices)).toEqual(['error unreadable locked-dir', 'error unreadable locked-file.ts']);
  });

  afterAll(() => {
    if (skipReason) return;
    chmodSync(tree.path('locked-dir'), 0o755);
    chmodSync(tree.path('unsearchable-dir'), 0o755);
  });
});

describe.skipIf(!isPosix)('symbolic links', () => {
  let tree: TempTree;
  let outside: TempTree;

  beforeAll(() => {
    outside = createTempTree({ 'secret.env': `INTERCOM_TOKEN=${generateToken()}\n`, 'dir/leak.ts': leak() });
    tree = createTempTree({ 'src/app.ts': 'export {};\n', 'src/nested/b.ts': 'export {};\n' });
    symlinkSync(outside.path('secret.env'), tree.path('src/secret.env'));
    symlinkSync(outside.path('dir'), tree.path('src/outside-dir'));
    symlinkSync('.', tree.path('src/self'));
    symlinkSync('..', tree.path('src/nested/up'));
    symlinkSync('loop-b', tree.path('loop-a'));
    symlinkSync('loop-a', tree.path('loop-b'));
    symlinkSync('missing-target', tree.path('dangling.ts'));
  });

  it('never follows them out of the tree or around a loop, whether walked, globbed or named', () => {
    for (const args of [[], ['**/*'], ['src/**/*.{ts,env}']]) {
      const { code, report, stderr } = scanJson(tree.root, ...args);
      expect(code, `${args.join(' ')}: ${stderr}`).toBe(0);
      expect(report.findings).toEqual([]);
      expect(report.summary.files).toBe(2);
    }
    const named = scanJson(tree.root, 'src/secret.env', 'src/outside-dir', 'src/self', 'loop-a', 'dangling.ts');
    expect(named.code, named.stderr).toBe(0);
    expect(named.report.findings).toEqual([]);
    expect(describeNotices(named.report.notices)).toEqual(['info symlink dangling.ts', 'info symlink loop-a', 'info symlink src/outside-dir', 'info symlink src/secret.env', 'info symlink src/self']);
  });

  it('scans what a link points to when the target itself is named', () => {
    const { code, report } = scanJson(tree.root, outside.path('secret.env'));
    expect(code).toBe(1);
    expect(report.findings.map((finding) => finding.rule)).toEqual(['intercom-auth/no-hardcoded-token']);
  });
});

describe.skipIf(!isPosix)('FIFOs and devices', () => {
  it.skipIf(!hasMkfifo)('never opens a FIFO: walked, globbed or named, the scan finishes and a blocked writer stays blocked', async () => {
    const tree = createTempTree({ 'src/app.ts': 'export {};\n' });
    execFileSync('mkfifo', [tree.path('src/pipe.ts')]);
    execFileSync('mkfifo', [tree.path('pipe.env')]);
    const marker = `${tree.root}-writer-ran`;
    // Opening a FIFO for writing blocks until someone opens it for reading: if the scanner opened
    // it, even without reading, this writer would get through and leave the marker.
    const writer = spawn(process.execPath, ['-e', `const fs = require('node:fs'); fs.openSync(${JSON.stringify(tree.path('src/pipe.ts'))}, 'w'); fs.writeFileSync(${JSON.stringify(marker)}, '');`], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const args of [[], ['**/*.ts'], ['src/pipe.ts', 'pipe.env', 'src']]) {
        const result = runScannerProcess(['--format', 'json', '--no-config', ...args], { cwd: tree.root, timeout: 60_000 });
        expect(result.signal, `${args.join(' ')} blocked`).toBeNull();
        expect(result.code, result.stderr).toBe(0);
        const report = readJsonReport(result);
        expect(report.summary.files).toBe(1);
        if (args.length === 3) {
          expect(describeNotices(report.notices)).toEqual(['warning not-a-file pipe.env', 'warning not-a-file src/pipe.ts']);
          expect(report.notices.find((notice) => notice.path === 'pipe.env')!.message).toBe('Skipped pipe.env: not a regular file (a named pipe)');
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(existsSync(marker), 'the scanner opened the FIFO').toBe(false);
      // The check itself works: opening the FIFO for reading lets the writer through.
      closeSync(openSync(tree.path('src/pipe.ts'), constants.O_RDONLY | constants.O_NONBLOCK));
      await new Promise<void>((resolve) => writer.once('exit', () => resolve()));
      expect(existsSync(marker)).toBe(true);
    } finally {
      if (writer.exitCode === null) writer.kill('SIGKILL');
      rmSync(marker, { force: true });
    }
  });

  it('never opens a device, named or linked to', () => {
    const tree = createTempTree({ 'a.ts': 'export {};\n' });
    symlinkSync('/dev/zero', tree.path('zero.ts'));
    symlinkSync('/dev/urandom', tree.path('random.txt'));
    const walked = runScannerProcess(['--format', 'json', '--no-config'], { cwd: tree.root, timeout: 60_000 });
    expect(walked.signal).toBeNull();
    expect(readJsonReport(walked).summary).toMatchObject({ files: 1 });
    const named = runScannerProcess(['--format', 'json', '--no-config', '--max-file-size', '1TB', '/dev/zero', '/dev/urandom', 'zero.ts'], { cwd: tree.root, timeout: 60_000 });
    expect(named.signal).toBeNull();
    const report = readJsonReport(named);
    expect(report.summary.files).toBe(0);
    expect(report.notices.map((notice) => `${notice.level} ${notice.code} ${notice.message.replace(/\S*\/dev\//g, '/dev/')}`).sort()).toEqual([
      'info symlink Skipped zero.ts: symbolic links are not followed',
      'warning not-a-file Skipped /dev/urandom: not a regular file (a device)',
      'warning not-a-file Skipped /dev/zero: not a regular file (a device)',
    ]);
  });
});

describe('empty files', () => {
  it('scans an empty file of every kind, and BOM-only files, without findings or notices', () => {
    const names = ['a.js', 'a.cjs', 'a.ts', 'a.tsx', 'a.vue', 'a.svelte', 'a.html', 'a.erb', 'a.json', 'a.yaml', 'a.po', 'a.md', 'a.mdx', 'a.py', 'a.rb', 'a.php', 'a.go', 'a.java', 'a.cs', 'a.env', 'Makefile', 'a.properties', 'a.resx'];
    const files: Record<string, string | Uint8Array> = Object.fromEntries(names.map((name) => [name, '']));
    files['bom.ts'] = Uint8Array.from([0xef, 0xbb, 0xbf]);
    files['bom-utf16.json'] = Uint8Array.from([0xff, 0xfe]);
    const tree = createTempTree(files);
    const { code, report, stderr } = scanJson(tree.root);
    expect(code, stderr).toBe(0);
    expect(report.notices).toEqual([]);
    expect(report.summary.files).toBe(names.length + 2);
  });
});

describe('names', () => {
  // NFC and NFD spellings of "é" are different names to Linux (both can exist side by side);
  // macOS file systems may fold them, so the pair is only created where both survive.
  const nfc = 'caf\u00e9.ts';
  const nfd = 'cafe\u0301.ts';
  const NAMES = [
    'with space.ts',
    'src/(group)/[id]/page.ts',
    'src/[...slug].ts',
    'star*.ts',
    'question?.ts',
    '{a,b}.ts',
    '!bang.ts',
    '#hash.ts',
    '-leading-dash.ts',
    '+(ext|glob).ts',
    'new\nline.ts',
    'tab\there.ts',
    '名前/テスト.ts',
    'emoji 🎉.ts',
    nfc,
    nfd,
  ];
  let tree: TempTree;
  /** The files as the system lists them (a file system that folds NFC and NFD keeps one). */
  let onDisk: string[];

  beforeAll(() => {
    tree = createTempTree(Object.fromEntries(NAMES.map((name) => [name, leak()])));
    onDisk = (readdirSync(tree.root, { recursive: true }) as string[]).filter((path) => lstatSync(tree.path(path)).isFile());
    expect(onDisk.length).toBeGreaterThanOrEqual(NAMES.length - 1);
  });

  it('finds every file by walking, reporting each path exactly as it is on disk', () => {
    const { code, report } = scanJson(tree.root);
    expect(code).toBe(1);
    expect(new Set(report.findings.map((finding) => finding.path))).toEqual(new Set(onDisk));
    expect(report.findings).toHaveLength(onDisk.length);
  });

  it('takes each name as a literal path on the command line, even where a glob would match other files', () => {
    // Clean decoys that each name would match if it were read as a glob.
    tree.write({ 'starX.ts': '', 'questionX.ts': '', 'a.ts': '', 'b.ts': '', 'src/(group)/i/page.ts': '', 'src/s.ts': '', 'ext.ts': '' });
    const { code, report, stderr } = scanJson(tree.root, '--', ...onDisk);
    expect(code, stderr).toBe(1);
    expect(report.notices).toEqual([]);
    expect(report.summary.files).toBe(onDisk.length);
    expect(new Set(report.findings.map((finding) => finding.path))).toEqual(new Set(onDisk));
  });
});

describe.skipIf(!isPosix)('very deep trees', () => {
  let root: string;

  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'intercom-auth-deep-')));
    // Built with relative mkdir/cd steps: the deepest paths are longer than the system allows in
    // one absolute path.
    const script = (name: string, levels: number) =>
      `mkdir ${name} && cd -P ${name} && i=0; while [ $i -lt ${levels} ]; do mkdir d && cd -P d || exit 1; i=$((i+1)); done; printf '%s' "$CONTENT" > leak.ts`;
    execFileSync('sh', ['-c', script('thousand', 1000)], { cwd: root, env: { ...process.env, CONTENT: leak() } });
    // 500 levels of "directory/": 5,000 characters, over Linux's 4,096 and macOS's 1,024.
    execFileSync('sh', ['-c', script('too-long', 500).replace(/\bd\b/g, 'directory')], { cwd: root, env: { ...process.env, CONTENT: leak() } });
  });

  afterAll(() => {
    // rm handles any depth; Node's recursive rm works with whole paths and stops at the limit.
    if (root) execFileSync('rm', ['-rf', root]);
  });

  it('walks 1000 levels down and finds the token at the bottom', () => {
    const { code, report, stderr } = scanJson(root, 'thousand');
    expect(code, stderr).toBe(1);
    expect(report.findings.map((finding) => finding.path)).toEqual([`thousand/${'d/'.repeat(1000)}leak.ts`]);
  });

  it('reports a directory whose path is too long for the system instead of crashing, and scans the rest', () => {
    const only = scanJson(root, 'too-long');
    expect(only.code, only.stderr).toBe(2);
    expect(only.report.notices).toHaveLength(1);
    expect(only.report.notices[0]).toMatchObject({ level: 'error', code: 'unreadable' });
    expect(only.report.notices[0]!.message).toMatch(/: name too long \(ENAMETOOLONG\)$/);
    const both = scanJson(root);
    expect(both.code, both.stderr).toBe(1);
    expect(both.report.findings).toHaveLength(1);
    expect(both.report.notices.map((notice) => notice.code)).toEqual(['unreadable']);
  });
});
