// Inline suppressions through the binary: next-line and same-line directives in JS, YAML and HTML
// comments (CRLF too), the required reason, eslint-disable comments in scripts, and --no-inline-ignore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../../src/scanner/report/index.js';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

// Only what this file is about: copy detectors for YAML and HTML may add findings of their own.
const TOKEN_RULES = ['no-hardcoded-token', 'invalid-suppression'];
let tree: TempTree;
let report: JsonReport;

beforeAll(() => {
  tree = createTempTree({
    'src/next-line.js': `// intercom-auth-ignore-next-line -- test fixture\nexport const a = '${generateToken()}';\n`,
    'config/app.yaml': `intercom:\n  token: ${generateToken()} # intercom-auth-ignore -- revoked sample from the docs\n`,
    'public/page.html': `<head>\n<!-- intercom-auth-ignore-next-line -- sandbox workspace, revoked -->\n<meta name="intercom-token" content="${generateToken()}">\n</head>\n`,
    'src/windows.ts': `// intercom-auth-ignore-next-line no-hardcoded-token -- CRLF file\r\nexport const w = '${generateToken()}';\r\n`,
    'src/no-reason.js': `// intercom-auth-ignore-next-line\nexport const b = '${generateToken()}';\n`,
    'src/eslint-disable.js': `// eslint-disable-next-line intercom-auth/no-hardcoded-token\nexport const c = '${generateToken()}';\n`,
  });
  const result = runScanner(['--format', 'json'], { cwd: tree.root });
  expect(result.code, result.stderr).toBe(1);
  report = readJsonReport(result);
});

afterAll(removeTempTrees);

describe('inline suppressions', () => {
  it('hides directives with a reason and eslint-disable in scripts; a bare directive hides nothing and is reported', () => {
    expect(getLocations(report.findings, TOKEN_RULES)).toEqual([
      'src/no-reason.js:1:4 invalid-suppression',
      'src/no-reason.js:2:19 no-hardcoded-token',
    ]);
    expect(report.findings.find((f) => f.rule === 'intercom-auth/invalid-suppression')?.message).toMatch(/needs a reason/);
    expect(report.summary.suppressed).toBeGreaterThanOrEqual(4);
  });

  // Known gap (see the report): a finding hidden by `eslint-disable-next-line` is not counted in
  // summary.suppressed (ESLint drops it before the scanner sees it), so "0 suppressed" can show
  // while a comment hides a token.
  it('counts findings hidden by eslint-disable comments as suppressed', () => {
    expect(report.summary.suppressed).toBe(5);
  });

  it('brings every suppressed finding back with --no-inline-ignore', () => {
    const result = runScanner(['--format', 'json', '--no-inline-ignore'], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    const { findings, summary } = readJsonReport(result);
    expect(getLocations(findings, TOKEN_RULES)).toEqual([
      'config/app.yaml:2:10 no-hardcoded-token',
      'public/page.html:3:38 no-hardcoded-token',
      'src/eslint-disable.js:2:19 no-hardcoded-token',
      'src/next-line.js:2:19 no-hardcoded-token',
      'src/no-reason.js:2:19 no-hardcoded-token',
      'src/windows.ts:2:19 no-hardcoded-token',
    ]);
    expect(summary.suppressed).toBe(0);
  });

  // Known bug (see the report): the invalid-suppression message quotes the directive name
  // followed by a space ("intercom-auth-ignore-next-line needs a reason …"), so a saved report —
  // a CI artifact, a SARIF file left in the workspace — is itself read as a bare directive.
  it('does not read its own saved report as a suppression directive', () => {
    const saved = createTempTree({ 'reports/intercom-auth.json': JSON.stringify(report, null, 2) });
    const result = runScanner(['--format', 'json'], { cwd: saved.root });
    expect(getLocations(readJsonReport(result).findings)).toEqual([]);
  });
});
