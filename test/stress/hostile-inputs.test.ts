/**
 * The hostile files of run-hostile-inputs.mjs, scaled down (2 MB single lines, 1 MB of token
 * prefixes, 200 kB of unclosed brackets and quotes, 100 000 levels of nesting in JSON, YAML,
 * JS, TS, Vue and Markdown), through the built CLI in one run: no crash, no stack trace, an exit
 * code the README names, every planted token and expected finding reported, nothing reported in
 * look-alikes, no whole token in the output, and a file over --max-file-size skipped by name.
 * No timings: the script is the benchmark; a hang here shows as the runner's timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempTree, removeTempTrees } from '../scanner/support/create-temp-tree.js';
import { runScanner, type ScannerRun } from '../scanner/support/run-scanner.js';
import { MB, generateToken, getHostileCases, type HostileCase } from './get-hostile-cases.mjs';

const SIZES = { singleLine: 2 * MB, lookAlikes: 1 * MB, unclosed: 200_000, depth: 100_000, bundle: 2 * MB, oversized: 3 * MB, maxFileSize: 2.5 * MB };
// Known bugs have their own entries in run-hostile-inputs.mjs's table (and the ReDoS suite).
const cases = getHostileCases(SIZES).filter((testCase) => testCase.knownBug === undefined);
const scanned = cases.filter((testCase) => testCase.skipped === undefined);
const skipped = cases.filter((testCase) => testCase.skipped !== undefined);
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|FATAL ERROR|Maximum call stack size exceeded|JavaScript heap out of memory/m;

interface Finding {
  rule: string;
  path: string;
}
interface Report {
  findings: Finding[];
  notices: { code: string; path?: string }[];
}

const tokens = new Map<HostileCase, string>(cases.map((testCase) => [testCase, generateToken()]));
let run: ScannerRun;
let report: Report;

function writeTree(list: readonly HostileCase[]) {
  const tree = createTempTree();
  for (const testCase of list) tree.write({ [testCase.file]: testCase.make(tokens.get(testCase)!) });
  return tree;
}

function expectNoCrash(result: ScannerRun): void {
  expect([0, 1, 2], result.stderr.slice(0, 2000)).toContain(result.code);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  for (const token of tokens.values()) expect(result.stdout.includes(token) || result.stderr.includes(token), 'a whole token in the output').toBe(false);
}

describe('hostile inputs through the CLI', () => {
  beforeAll(() => {
    const tree = writeTree(scanned);
    run = runScanner(['--format', 'json', '--no-progress', '--no-config', '.'], { cwd: tree.root });
    report = JSON.parse(run.stdout) as Report;
  }, 180_000);
  afterAll(removeTempTrees);

  it('exits 1 (findings) without a crash, a stack trace or a whole token in the output', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
  });

  it.each(scanned.map((testCase) => [`${testCase.group} ${testCase.file}: ${testCase.what}`, testCase] as const))('%s', (_, testCase) => {
    const rules = report.findings.filter((finding) => finding.path === testCase.file).map((finding) => finding.rule);
    if (testCase.planted) expect(rules).toContain('intercom-auth/no-hardcoded-token');
    if (testCase.rule !== undefined) expect(rules).toContain(`intercom-auth/${testCase.rule}`);
    if (!testCase.planted && testCase.rule === undefined) expect(rules).toEqual([]);
  });

  it.each(skipped.map((testCase) => [testCase.file, testCase] as const))('skips %s by name with the exit code the README gives', (_, testCase) => {
    const tree = writeTree([testCase]);
    const result = runScanner(['--format', 'json', '--no-progress', '--no-config', ...(testCase.args ?? []), testCase.file], { cwd: tree.root });
    expectNoCrash(result);
    expect(result.code).toBe(testCase.skipped!.exit);
    const skippedReport = JSON.parse(result.stdout) as Report;
    expect(skippedReport.notices).toContainEqual(expect.objectContaining({ code: testCase.skipped!.code, path: testCase.file }));
    expect(skippedReport.findings).toEqual([]);
  });
});
