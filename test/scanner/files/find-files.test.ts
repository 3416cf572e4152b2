import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFiles, type FindFilesOptions } from '../../../src/scanner/files/find-files.js';
import { hasMkfifo } from '../support/has-mkfifo.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'find-files-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(files: Record<string, string>, base = root): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
}

async function paths(options: Partial<FindFilesOptions> = {}): Promise<string[]> {
  return (await findFiles({ cwd: root, ...options })).files.map((file) => file.path);
}

const isRoot = process.getuid?.() === 0;

describe('arguments', () => {
  it('takes an existing path literally even when it looks like a glob', async () => {
    write({ 'src/(auth)/[id].ts': 'a', 'src/(auth)/i.ts': 'b', 'src/(auth)/d.ts': 'c' });
    const result = await findFiles({ cwd: root, patterns: ['src/(auth)/[id].ts'] });
    expect(result.files.map((file) => file.path)).toEqual(['src/(auth)/[id].ts']);
    expect(result.files[0]!.absolutePath).toBe(join(root, 'src/(auth)/[id].ts'));
    expect(result.notices).toEqual([]);
  });

  it('matches globs, dot files included, and strips a leading ./', async () => {
    write({ 'src/a.ts': '', 'src/deep/b.ts': '', 'src/c.js': '', '.config/d.ts': '', 'top.ts': '', 'README.md': '' });
    expect(await paths({ patterns: ['src/**/*.ts'] })).toEqual(['src/a.ts', 'src/deep/b.ts']);
    expect(await paths({ patterns: ['./src/*.{ts,js}'] })).toEqual(['src/a.ts', 'src/c.js']);
    expect(await paths({ patterns: ['**/*.ts'] })).toEqual(['.config/d.ts', 'src/a.ts', 'src/deep/b.ts', 'top.ts']);
    expect(await paths({ patterns: ['*.md'] })).toEqual(['README.md']);
  });

  it('warns when a glob matches nothing and fails on a missing path', async () => {
    write({ 'a.ts': '' });
    const result = await findFiles({ cwd: root, patterns: ['**/*.py', 'missing.ts', 'a.ts'] });
    expect(result.files.map((file) => file.path)).toEqual(['a.ts']);
    expect(result.notices.map((notice) => [notice.level, notice.code])).toEqual([
      ['error', 'no-match'],
      ['error', 'not-found'],
    ]);
    expect(result.notices[1]!.path).toBe('missing.ts');
  });

  it('walks directories given as arguments, absolute or relative, and paths outside cwd', async () => {
    write({ 'app/a.ts': '', 'app/sub/b.ts': '', 'other/c.ts': '' });
    const result = await findFiles({ cwd: join(root, 'app'), patterns: ['sub', join(root, 'other')] });
    expect(result.files.map((file) => file.path)).toEqual(['../other/c.ts', 'sub/b.ts']);
  });

  it('deduplicates and sorts', async () => {
    write({ 'b.ts': '', 'a.ts': '', 'c/d.ts': '' });
    const result = await findFiles({ cwd: root, patterns: ['b.ts', '.', './a.ts', 'b.ts', '*.ts', 'c'] });
    expect(result.files.map((file) => file.path)).toEqual(['a.ts', 'b.ts', 'c/d.ts']);
    expect(result.notices).toEqual([]);
  });

  it('finds names with spaces and unicode', async () => {
    write({ 'my dir/fïlé 名前.ts': '', 'émoji 🎉/x y.md': '' });
    expect(await paths()).toEqual(['my dir/fïlé 名前.ts', 'émoji 🎉/x y.md']);
    expect(await paths({ patterns: ['my dir/fïlé 名前.ts'] })).toEqual(['my dir/fïlé 名前.ts']);
  });

  it('walks a 300-level deep tree without recursion', async () => {
    const deep = Array.from({ length: 300 }, (_, index) => `d${index % 10}`).join('/');
    write({ [`${deep}/deep.ts`]: '', [`${deep}/.gitignore`]: 'ignored.ts\n', [`${deep}/ignored.ts`]: '' });
    expect(await paths()).toEqual([`${deep}/.gitignore`, `${deep}/deep.ts`]);
    expect(await paths({ patterns: [`${deep}/deep.ts`, `${deep}/ignored.ts`] })).toEqual([`${deep}/deep.ts`]);
    expect(await paths({ patterns: ['**/deep.ts'] })).toEqual([`${deep}/deep.ts`]);
  });
});

describe('ignore files', () => {
  it('applies nested .gitignore files with negation and directory-only patterns', async () => {
    write({
      '.gitignore': '*.log\n!keep.log\nbuild/\n',
      'a.log': '',
      'keep.log': '',
      'build/out.js': '',
      'other/build': 'a file named build, not a directory',
      'sub/.gitignore': '!debug.log\nsecret.txt\n',
      'sub/debug.log': '',
      'sub/trace.log': '',
      'sub/secret.txt': '',
      'sub/plain.txt': '',
      'secret.txt': 'only ignored below sub/',
    });
    expect(await paths()).toEqual(['.gitignore', 'keep.log', 'other/build', 'secret.txt', 'sub/.gitignore', 'sub/debug.log', 'sub/plain.txt']);
  });

  it('lets a deeper .gitignore re-include a directory a shallower one excludes', async () => {
    write({ '.gitignore': 'dist/\n', 'dist/x.js': '', 'a/.gitignore': '!dist/\n', 'a/dist/y.js': '' });
    expect(await paths()).toEqual(['.gitignore', 'a/.gitignore', 'a/dist/y.js']);
    expect(await paths({ patterns: ['a/dist/y.js', 'dist/x.js'] })).toEqual(['a/dist/y.js']);
  });

  it('can be turned off', async () => {
    write({ '.gitignore': '*.log\n', 'a.log': '', 'b.ts': '' });
    expect(await paths({ gitignore: false })).toEqual(['.gitignore', 'a.log', 'b.ts']);
  });

  it('honours .intercom-auth-ignore, even with gitignore off', async () => {
    write({ '.intercom-auth-ignore': 'fixtures/\n*.snap\n!keep.snap\n', 'fixtures/a.ts': '', 'x.snap': '', 'keep.snap': '', 'b.ts': '' });
    const expected = ['.intercom-auth-ignore', 'b.ts', 'keep.snap'];
    expect(await paths()).toEqual(expected);
    expect(await paths({ gitignore: false })).toEqual(expected);
    const explicit = await findFiles({ cwd: root, patterns: ['fixtures/a.ts'], gitignore: false });
    expect(explicit.files).toEqual([]);
    expect(explicit.notices.map((notice) => notice.code)).toEqual(['ignored']);
  });

  it('gives an explicitly named ignored file or directory a notice instead of skipping it silently', async () => {
    write({ '.gitignore': '*.log\nbuild/\n', 'a.log': '', 'build/x.ts': '', 'b.ts': '' });
    const result = await findFiles({ cwd: root, patterns: ['a.log', 'build/x.ts', 'build', 'b.ts'] });
    expect(result.files.map((file) => file.path)).toEqual(['b.ts']);
    expect(result.notices.map((notice) => [notice.level, notice.code, notice.path])).toEqual([
      ['info', 'ignored', 'a.log'],
      ['info', 'ignored', 'build/x.ts'],
      ['info', 'ignored', 'build'],
    ]);
  });

  it('uses the repository: parent .gitignore files above cwd and .git/info/exclude', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    write({
      '.git/info/exclude': '*.local\n',
      '.gitignore': '*.secret\n',
      'pkg/.gitignore': 'gen/\n',
      'pkg/app/a.ts': '',
      'pkg/app/b.secret': '',
      'pkg/app/c.local': '',
      'pkg/app/gen/d.ts': '',
      'pkg/app/nested/.gitignore': '!*.local\n',
      'pkg/app/nested/e.local': '',
    });
    const cwd = join(root, 'pkg/app');
    expect((await findFiles({ cwd })).files.map((file) => file.path)).toEqual(['a.ts', 'nested/.gitignore', 'nested/e.local']);
    const explicit = await findFiles({ cwd, patterns: ['b.secret', 'gen/d.ts', 'c.local', 'nested/e.local'] });
    expect(explicit.files.map((file) => file.path)).toEqual(['nested/e.local']);
    expect(explicit.notices.map((notice) => notice.path)).toEqual(['b.secret', 'gen/d.ts', 'c.local']);
    expect((await findFiles({ cwd, gitignore: false })).files).toHaveLength(6);
  });
});

describe('selection', () => {
  it('skips .git and node_modules at any depth, but scans a file named inside them', async () => {
    write({ '.git/config': '', 'node_modules/x/i.js': '', 'pkg/node_modules/y.js': '', 'vendor/z.js': '', 'a.js': '' });
    expect(await paths()).toEqual(['a.js', 'vendor/z.js']);
    expect(await paths({ skipDirectories: ['vendor'] })).toEqual(['.git/config', 'a.js', 'node_modules/x/i.js', 'pkg/node_modules/y.js']);
    expect(await paths({ patterns: ['node_modules/x/i.js', '**/*.js'] })).toEqual(['a.js', 'node_modules/x/i.js', 'vendor/z.js']);
  });

  it('applies include and exclude globs, relative to cwd', async () => {
    write({ 'src/a.ts': '', 'src/a.test.ts': '', 'src/b.js': '', 'docs/c.md': '', '.hidden/d.ts': '' });
    expect(await paths({ include: ['./src/**', '**/*.md'] })).toEqual(['docs/c.md', 'src/a.test.ts', 'src/a.ts', 'src/b.js']);
    expect(await paths({ exclude: ['**/*.test.ts', './docs/**'] })).toEqual(['.hidden/d.ts', 'src/a.ts', 'src/b.js']);
    expect(await paths({ include: ['**/*.ts'], exclude: ['src/**'] })).toEqual(['.hidden/d.ts']);
    const explicit = await findFiles({ cwd: root, patterns: ['src/a.test.ts'], exclude: ['**/*.test.ts'] });
    expect(explicit.files).toEqual([]);
    expect(explicit.notices.map((notice) => [notice.code, notice.path])).toEqual([['ignored', 'src/a.test.ts']]);
  });
});

describe('special entries', () => {
  it('never follows symbolic links, loops included', async () => {
    write({ 'real/a.ts': '', 'b.ts': '' });
    symlinkSync(join(root, 'b.ts'), join(root, 'link.ts'));
    symlinkSync(root, join(root, 'real/loop'));
    symlinkSync('../real', join(root, 'real/up'));
    expect(await paths()).toEqual(['b.ts', 'real/a.ts']);
    expect(await paths({ patterns: ['**/*.ts'] })).toEqual(['b.ts', 'real/a.ts']);
    const explicit = await findFiles({ cwd: root, patterns: ['link.ts', 'real/loop'] });
    expect(explicit.files).toEqual([]);
    expect(explicit.notices.map((notice) => [notice.level, notice.code, notice.path])).toEqual([
      ['info', 'symlink', 'link.ts'],
      ['info', 'symlink', 'real/loop'],
    ]);
  });

  it.skipIf(!hasMkfifo)('never returns a FIFO, and warns when one is named', async () => {
    write({ 'a.ts': '' });
    mkdirSync(join(root, 'dir'));
    execFileSync('mkfifo', [join(root, 'dir/pipe.ts')]);
    expect(await paths()).toEqual(['a.ts']);
    expect(await paths({ patterns: ['**/*.ts'] })).toEqual(['a.ts']);
    const explicit = await findFiles({ cwd: root, patterns: ['dir/pipe.ts'] });
    expect(explicit.files).toEqual([]);
    expect(explicit.notices.map((notice) => [notice.level, notice.code])).toEqual([['warning', 'not-a-file']]);
  });

  it.skipIf(isRoot)('reports an unreadable directory and keeps going', async () => {
    write({ 'locked/a.ts': '', 'open/b.ts': '' });
    chmodSync(join(root, 'locked'), 0o000);
    try {
      const result = await findFiles({ cwd: root });
      expect(result.files.map((file) => file.path)).toEqual(['open/b.ts']);
      expect(result.notices.map((notice) => [notice.level, notice.code, notice.path])).toEqual([['error', 'unreadable', 'locked']]);
      expect(result.notices[0]!.message).toContain('permission denied');
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });
});
