// Which files a scan reads: .gitignore respected unless --no-gitignore, node_modules skipped
// unless --no-skip-dirs, --include and --exclude.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

let tree: TempTree;

beforeAll(() => {
  const leak = (): string => `export const token = '${generateToken()}';\n`;
  tree = createTempTree({
    '.gitignore': 'secrets/\n*.log\n',
    'src/app.ts': leak(),
    'src/app.test.ts': leak(),
    'secrets/local.ts': leak(),
    'debug.log': `token=${generateToken()}\n`,
    'node_modules/pkg/index.js': leak(),
    'vendor/lib.js': leak(),
    'docs/guide.md': `Use \`${generateToken()}\` nowhere.\n`,
  });
});

afterAll(removeTempTrees);

/** The paths with findings, sorted. */
function scanPaths(...args: string[]): string[] {
  const result = runScanner(['--format', 'json', ...args], { cwd: tree.root });
  expect(result.code, result.stderr).toBe(1);
  return [...new Set(readJsonReport(result).findings.map((f) => f.path))].sort();
}

describe('file selection', () => {
  it('respects .gitignore and skips node_modules by default', () => {
    expect(scanPaths()).toEqual(['docs/guide.md', 'src/app.test.ts', 'src/app.ts', 'vendor/lib.js']);
  });

  it('reports ignored files with --no-gitignore', () => {
    expect(scanPaths('--no-gitignore')).toEqual(['debug.log', 'docs/guide.md', 'secrets/local.ts', 'src/app.test.ts', 'src/app.ts', 'vendor/lib.js']);
  });

  it('enters node_modules with --no-skip-dirs', () => {
    expect(scanPaths('--no-skip-dirs')).toEqual(['docs/guide.md', 'node_modules/pkg/index.js', 'src/app.test.ts', 'src/app.ts', 'vendor/lib.js']);
  });

  it('scans only --include matches, minus --exclude matches', () => {
    expect(scanPaths('--include', 'src/**', '--include', '**/*.md', '--exclude', '**/*.test.ts')).toEqual(['docs/guide.md', 'src/app.ts']);
  });

  it('adds --exclude to the defaults', () => {
    expect(scanPaths('--exclude', 'vendor/**', '--exclude', 'docs/**')).toEqual(['src/app.test.ts', 'src/app.ts']);
  });
});
