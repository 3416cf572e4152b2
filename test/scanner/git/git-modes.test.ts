import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findGitRoot } from '../../../src/scanner/git/find-git-root.js';
import { getChangedFiles } from '../../../src/scanner/git/get-changed-files.js';
import { getStagedFiles } from '../../../src/scanner/git/get-staged-files.js';
import { UsageError } from '../../../src/scanner/usage-error.js';
import { generateToken } from '../../support/generate-token.js';

let root: string;
let outside: string;

// Identity, signing and hooks set per command so the machine's git config cannot interfere.
function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args],
    { cwd, encoding: 'utf8' },
  );
}

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'git-modes-')));
  outside = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
  git(root, 'init', '-q', '-b', 'main');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('findGitRoot', () => {
  it('finds the top level from a subdirectory', async () => {
    mkdirSync(join(root, 'a/b'), { recursive: true });
    expect(await findGitRoot(join(root, 'a/b'))).toBe(root);
  });

  it('is a one-line usage error outside a repository', async () => {
    await expect(findGitRoot(outside)).rejects.toThrow(UsageError);
    await expect(findGitRoot(outside)).rejects.toThrow(`${outside} is not inside a git repository (--staged and --since need one)`);
  });
});

describe('getStagedFiles', () => {
  it('returns the index version, not the working tree', async () => {
    const token = generateToken();
    write({ 'a.ts': `const t = "${token}";\n` });
    git(root, 'add', 'a.ts');
    write({ 'a.ts': 'const t = process.env.TOKEN;\n', 'untracked.ts': 'x' });
    const staged = await getStagedFiles(root);
    expect(staged.map((file) => [file.path, file.repoPath])).toEqual([['a.ts', 'a.ts']]);
    expect(staged[0]!.content.toString('utf8')).toBe(`const t = "${token}";\n`);
  });

  it('lists additions, modifications and renames (new name), not deletions', async () => {
    write({ 'keep.ts': 'keep', 'old name.ts': 'same content\n'.repeat(20), 'gone.ts': 'bye', 'edit.ts': 'v1' });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    renameSync(join(root, 'old name.ts'), join(root, 'new name.ts'));
    unlinkSync(join(root, 'gone.ts'));
    write({ 'edit.ts': 'v2', 'added.ts': 'new' });
    git(root, 'add', '-A');
    const staged = await getStagedFiles(root);
    expect(staged.map((file) => file.path)).toEqual(['added.ts', 'edit.ts', 'new name.ts']);
    expect(staged.map((file) => file.content.toString('utf8'))).toEqual(['new', 'v2', 'same content\n'.repeat(20)]);
  });

  it('handles spaces, unicode and newlines in paths, and binary content', async () => {
    const binary = Buffer.from([0, 1, 2, 10, 255, 10]);
    write({ 'dir with space/fïlé 名前.ts': 'u', 'line\nbreak.ts': 'n' });
    writeFileSync(join(root, 'blob.bin'), binary);
    git(root, 'add', '-A');
    const staged = await getStagedFiles(root);
    expect(staged.map((file) => file.path)).toEqual(['blob.bin', 'dir with space/fïlé 名前.ts', 'line\nbreak.ts']);
    expect(staged[0]!.content.equals(binary)).toBe(true);
    expect(staged[2]!.content.toString()).toBe('n');
  });

  it('gives paths relative to cwd and includes staged files outside it', async () => {
    write({ 'pkg/app/a.ts': 'a', 'lib/b.ts': 'b' });
    git(root, 'add', '-A');
    const staged = await getStagedFiles(join(root, 'pkg'));
    expect(staged.map((file) => [file.path, file.repoPath])).toEqual([
      ['../lib/b.ts', 'lib/b.ts'],
      ['app/a.ts', 'pkg/app/a.ts'],
    ]);
  });

  it('skips submodules and symbolic links', async () => {
    write({ 'a.ts': 'a' });
    git(root, 'add', 'a.ts');
    git(root, 'commit', '-q', '-m', 'base');
    const commit = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${commit},vendor/sub`);
    const link = git(root, 'hash-object', '-w', '--stdin').trim();
    git(root, 'update-index', '--add', '--cacheinfo', `120000,${link},link.ts`);
    write({ 'c.ts': 'c' });
    git(root, 'add', 'c.ts');
    expect((await getStagedFiles(root)).map((file) => file.path)).toEqual(['c.ts']);
  });

  it('reads the index named by GIT_INDEX_FILE, as inside a hook', async () => {
    write({ 'a.ts': 'a' });
    const index = join(root, '.git', 'other-index');
    execFileSync('git', ['add', 'a.ts'], { cwd: root, env: { ...process.env, GIT_INDEX_FILE: index } });
    expect(await getStagedFiles(root)).toEqual([]);
    const previous = process.env.GIT_INDEX_FILE;
    process.env.GIT_INDEX_FILE = index;
    try {
      expect((await getStagedFiles(root)).map((file) => file.path)).toEqual(['a.ts']);
    } finally {
      if (previous === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = previous;
    }
  });

  it('is empty when nothing is staged, and a usage error outside a repository', async () => {
    expect(await getStagedFiles(root)).toEqual([]);
    await expect(getStagedFiles(outside)).rejects.toThrow(UsageError);
  });
});

describe('getChangedFiles', () => {
  beforeEach(() => {
    write({ 'base.ts': 'base', 'shared.ts': 'v1', 'doomed.ts': 'x' });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    write({ 'feature.ts': 'f', 'shared.ts': 'v2', 'sub/deep.ts': 'd' });
    unlinkSync(join(root, 'doomed.ts'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'feature');
  });

  it('lists files changed since the merge base, not those changed on the other branch', async () => {
    git(root, 'checkout', '-q', 'main');
    write({ 'main-only.ts': 'm' });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'main moves on');
    git(root, 'checkout', '-q', 'feature');
    expect(await getChangedFiles(root, 'main')).toEqual(['feature.ts', 'shared.ts', 'sub/deep.ts']);
    expect(await getChangedFiles(join(root, 'sub'), 'main')).toEqual(['../feature.ts', '../shared.ts', 'deep.ts']);
  });

  it('leaves out files no longer in the working tree', async () => {
    unlinkSync(join(root, 'feature.ts'));
    expect(await getChangedFiles(root, 'main')).toEqual(['shared.ts', 'sub/deep.ts']);
  });

  it('turns a bad revision into a one-line usage error', async () => {
    const error = await getChangedFiles(root, 'no-such-branch').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^Cannot compare with "no-such-branch" \(--since\): .*no-such-branch/);
    expect((error as Error).message).not.toContain('\n');
    await expect(getChangedFiles(root, '--output=/tmp/x')).rejects.toThrow('Invalid revision for --since');
    await expect(getChangedFiles(outside, 'main')).rejects.toThrow(UsageError);
  });
});
