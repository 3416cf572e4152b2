// Paths as hooks pass them: an existing file is taken literally even when its name is full of
// glob syntax (Next.js and SvelteKit routes), a real glob still works, and a missing literal
// path is a clear error (exit 2), never a silent miss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

let tree: TempTree;

beforeAll(() => {
  tree = createTempTree({
    'src/(auth)/[id].ts': `export const token = '${generateToken()}';\n`,
    'src/(auth)/page.ts': `export const other = '${generateToken()}';\n`,
    'src/lib/client.ts': `export const client = '${generateToken()}';\n`,
    'src/lib/readme.txt': `token ${generateToken()}\n`,
  });
});

afterAll(removeTempTrees);

const scanJson = (...args: string[]) => {
  const result = runScanner(['--format', 'json', ...args], { cwd: tree.root });
  return { ...result, report: readJsonReport(result) };
};

describe('path arguments', () => {
  it('takes an existing path with glob characters literally', () => {
    const { code, report, stderr } = scanJson('src/(auth)/[id].ts');
    expect(code, stderr).toBe(1);
    expect(getLocations(report.findings)).toEqual(['src/(auth)/[id].ts:1:23 no-hardcoded-token']);
    expect(report.summary.files).toBe(1);
  });

  it('expands a glob argument', () => {
    const { code, report, stderr } = scanJson('src/**/*.ts');
    expect(code, stderr).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['src/(auth)/[id].ts', 'src/(auth)/page.ts', 'src/lib/client.ts']);
  });

  it('exits 2 on a missing literal path, naming it in the report', () => {
    const { code, report, stderr } = scanJson('src/lib/missing.ts');
    expect(code, stderr).toBe(2);
    expect(report.notices).toEqual([{ level: 'error', code: 'not-found', path: 'src/lib/missing.ts', message: 'No such file or directory: src/lib/missing.ts' }]);
  });

  it('also reports a missing literal path when it is given next to files with findings (exit 1 wins)', () => {
    const { code, report } = scanJson('src/lib/client.ts', 'src/lib/missing.ts');
    expect(code).toBe(1);
    expect(report.notices.map((n) => `${n.level} ${n.code} ${n.path}`)).toEqual(['error not-found src/lib/missing.ts']);
  });

  // Open question (see the report): a missing path with glob syntax cannot be told from a glob, and
  // a glob that matches nothing is only a warning (exit 0). ESLint exits 2 on an unmatched pattern;
  // a renamed route file in a CI script would pass silently here.
  it('exits 2 on a missing path with glob characters', () => {
    const { code, report } = scanJson('src/(auth)/[slug].ts');
    expect(report.notices.map((n) => n.code)).toEqual(['no-match']);
    expect(code).toBe(2);
  });
});
