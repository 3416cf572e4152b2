// Exit codes of the real binary: 0 clean, 1 findings, 2 usage, config and path errors. Errors
// meant for users are one line on stderr, never a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { runScanner, type ScannerRun } from '../support/run-scanner.js';

let clean: TempTree;
let leaky: TempTree;

beforeAll(() => {
  clean = createTempTree({ 'src/app.ts': 'export const token = process.env.INTERCOM_ACCESS_TOKEN;\n', 'README.md': '# App\n' });
  leaky = createTempTree({ 'src/app.ts': `export const token = '${generateToken()}';\n` });
});

afterAll(removeTempTrees);

/** One line on stderr starting with the program name, without a stack frame. */
function expectOneLineError(result: ScannerRun, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(/^intercom-auth-scan: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('exit codes', () => {
  it('exits 0 on a clean tree', () => {
    const result = runScanner([], { cwd: clean.root });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No findings');
  });

  it('exits 1 when there are findings', () => {
    const result = runScanner([], { cwd: leaky.root });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('intercom-auth/no-hardcoded-token');
  });

  it('exits 0 with findings under --exit-zero, still reporting them', () => {
    const result = runScanner(['--exit-zero'], { cwd: leaky.root });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('intercom-auth/no-hardcoded-token');
  });

  it.each([
    [['--bogus'], '--bogus'],
    [['--format', 'xml'], '--format'],
    [['--staged', 'src'], '--staged'],
  ])('exits 2 on the usage error %j', (args, named) => {
    const result = runScanner(args, { cwd: leaky.root });
    expectOneLineError(result, named);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on a path that does not exist, naming it', () => {
    const result = runScanner(['missing-dir'], { cwd: clean.root });
    expect(result.code, result.stdout).toBe(2);
    expect(result.stdout).toContain('missing-dir');
  });

  it('exits 2 on a config file with a syntax error, in one line naming the file', () => {
    const tree = createTempTree({ 'intercom-auth.config.json': '{ "exclude": ["dist/**"],, }\n', 'a.ts': 'export {};\n' });
    const result = runScanner([], { cwd: tree.root });
    expectOneLineError(result, 'intercom-auth.config.json');
    expect(result.stdout).toBe('');
  });

  it('exits 0 for --help and --version', () => {
    const help = runScanner(['--help'], { cwd: clean.root });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: intercom-auth-scan /);
    const version = runScanner(['--version'], { cwd: clean.root });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});
