// --staged and --since against real temporary repositories: the staged blob is what gets
// scanned (not the working tree), suppressions are read from the staged content, and --since
// scans only the files a branch changed.
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runGit } from '../support/run-git.js';
import { runScanner } from '../support/run-scanner.js';

const leak = (name: string): string => `export const ${name} = '${generateToken()}';\n`;
const CLEAN = 'export const token = process.env.INTERCOM_ACCESS_TOKEN;\n';

let repo: TempTree;

beforeAll(() => {
  repo = createTempTree({ 'README.md': '# app\n' });
  runGit(repo.root, 'init', '-q');
  runGit(repo.root, 'add', '.');
  runGit(repo.root, 'commit', '-q', '-m', 'init');
});

afterAll(removeTempTrees);

function scanStaged(cwd = repo.root) {
  const result = runScanner(['--staged', '--format', 'json'], { cwd });
  return { ...result, report: readJsonReport(result) };
}

describe('--staged', () => {
  it('ignores a token that exists only in the working tree', () => {
    repo.write({ 'src/later.ts': CLEAN });
    runGit(repo.root, 'add', 'src/later.ts');
    repo.write({ 'src/later.ts': `// not staged yet\n${leak('later')}` });
    const { code, report, stderr } = scanStaged();
    expect(code, stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(1);
  });

  it('scans the staged content: its tokens and its own suppressions', () => {
    // Staged with a token, then cleaned in the working tree only: the commit would still leak it.
    repo.write({ 'src/staged.ts': `// v1\n\n${leak('staged')}` });
    // The suppression is staged; the working tree dropped it.
    const suppressed = leak('sample');
    repo.write({ 'src/suppressed.ts': `// intercom-auth-ignore-next-line -- revoked sample\n${suppressed}` });
    // The suppression exists only in the working tree: the staged token is reported.
    const unsuppressed = leak('fixture');
    repo.write({ 'src/unsuppressed.ts': unsuppressed });
    runGit(repo.root, 'add', 'src/staged.ts', 'src/suppressed.ts', 'src/unsuppressed.ts');
    repo.write({
      'src/staged.ts': CLEAN,
      'src/suppressed.ts': suppressed,
      'src/unsuppressed.ts': `// intercom-auth-ignore-next-line -- not staged\n${unsuppressed}`,
    });
    const { code, report, stderr } = scanStaged();
    expect(code, stderr).toBe(1);
    expect(getLocations(report.findings)).toEqual(['src/staged.ts:3:24 no-hardcoded-token', 'src/unsuppressed.ts:1:25 no-hardcoded-token']);
    expect(report.summary.suppressed).toBe(1);
  });

  it('reports staged paths relative to a subdirectory it runs in', () => {
    const { code, report } = scanStaged(repo.path('src'));
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['staged.ts', 'unsuppressed.ts']);
  });

  it('exits 2 with one clear line outside a git repository', () => {
    const outside = createTempTree({ 'a.ts': leak('a') });
    // GIT_CEILING_DIRECTORIES: git must not find a repository that happens to contain the temp folder.
    const result = runScanner(['--staged'], { cwd: outside.root, env: { GIT_CEILING_DIRECTORIES: dirname(outside.root) } });
    expect(result.code, result.stdout).toBe(2);
    expect(result.stderr).toBe(`intercom-auth-scan: ${outside.root} is not inside a git repository (--staged and --since need one)\n`);
  });
});

describe('--since', () => {
  let branch: TempTree;

  beforeAll(() => {
    branch = createTempTree({ 'src/old.ts': leak('old'), 'src/touched.ts': CLEAN });
    runGit(branch.root, 'init', '-q');
    runGit(branch.root, 'add', '.');
    runGit(branch.root, 'commit', '-q', '-m', 'main');
    runGit(branch.root, 'checkout', '-q', '-b', 'feature');
    branch.write({ 'src/new.ts': leak('added'), 'src/touched.ts': `${CLEAN}${leak('edited')}` });
    runGit(branch.root, 'add', '.');
    runGit(branch.root, 'commit', '-q', '-m', 'feature');
    // Uncommitted changes are not part of main...HEAD.
    branch.write({ 'src/uncommitted.ts': leak('wip') });
  });

  it('scans only the files changed since the revision', () => {
    const result = runScanner(['--since', 'main', '--format', 'json'], { cwd: branch.root });
    expect(result.code, result.stderr).toBe(1);
    const { findings, summary } = readJsonReport(result);
    expect(getLocations(findings)).toEqual(['src/new.ts:1:23 no-hardcoded-token', 'src/touched.ts:2:24 no-hardcoded-token']);
    expect(summary.files).toBe(2);
  });

  it('exits 2 on an unknown revision', () => {
    const result = runScanner(['--since', 'no-such-branch'], { cwd: branch.root });
    expect(result.code, result.stdout).toBe(2);
    expect(result.stderr).toMatch(/^intercom-auth-scan: Cannot compare with "no-such-branch" \(--since\)/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
