// The baseline round trip through the binary: write it, hide what it records even after lines
// move, report only new findings, report stale entries, refuse a malformed file. The steps run
// in order on one tree, each building on the last, as a project lives with its baseline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { getSecretForms } from '../support/get-secret-forms.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

const BASELINE = '.intercom-auth-baseline.json';
const oldToken = generateToken();
const newToken = generateToken();
const OLD_LINE = `export const legacy = '${oldToken}';`;
let tree: TempTree;

beforeAll(() => {
  tree = createTempTree({
    'src/client.ts': `import { api } from './api';\n\n${OLD_LINE}\n`,
    'public/settings.html': '<label>Paste your Intercom access token</label>\n',
  });
});

afterAll(removeTempTrees);

const scanWithBaseline = (baseline = BASELINE) => {
  const result = runScanner(['--format', 'json', '--baseline', baseline], { cwd: tree.root });
  return { ...result, report: readJsonReport(result) };
};

describe('baseline round trip', () => {
  it('writes the baseline and exits 0; the file holds neither tokens nor line numbers', () => {
    const result = runScanner(['--write-baseline', BASELINE], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`wrote 2 finding(s) to ${BASELINE}`);
    const text = tree.read(BASELINE);
    for (const secret of getSecretForms(oldToken)) expect(text.includes(secret)).toBe(false);
    expect(text).not.toMatch(/"(line|column|endLine|endColumn|message)"/);
    const baseline = JSON.parse(text) as { version: number; findings: { rule: string; path: string; hash: string }[] };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => `${f.path} ${f.rule}`).sort()).toEqual([
      'public/settings.html intercom-auth/no-token-solicitation',
      'src/client.ts intercom-auth/no-hardcoded-token',
    ]);
  });

  it('hides every recorded finding', () => {
    const { code, report, stderr } = scanWithBaseline();
    expect(code, stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(2);
  });

  it('still hides a finding after lines were inserted above it', () => {
    tree.write({ 'src/client.ts': `import { api } from './api';\n${'// moved down\n'.repeat(5)}\n${OLD_LINE}\n` });
    const { code, report, stderr } = scanWithBaseline();
    expect(code, stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(2);
  });

  it('reports only a new token', () => {
    tree.write({ 'src/client.ts': `${tree.read('src/client.ts')}export const fresh = '${newToken}';\n` });
    const { code, report, stderr } = scanWithBaseline();
    expect(code, stderr).toBe(1);
    expect(getLocations(report.findings)).toEqual(['src/client.ts:9:23 no-hardcoded-token']);
    expect(report.summary.baselined).toBe(2);
  });

  it('reports the entry of a removed token as stale', () => {
    tree.write({ 'src/client.ts': tree.read('src/client.ts').replace(`${OLD_LINE}\n`, '') });
    const { code, report, stderr } = scanWithBaseline();
    expect(code, stderr).toBe(1);
    expect(getLocations(report.findings)).toEqual(['src/client.ts:8:23 no-hardcoded-token']);
    expect(report.notices).toEqual([expect.objectContaining({ level: 'info', code: 'stale-baseline', path: 'src/client.ts' })]);
    expect(report.summary.baselined).toBe(1);
  });

  it('exits 2 on a malformed baseline, in one line naming the file', () => {
    tree.write({ 'broken-baseline.json': '{ "version": 1, "tool": "intercom-auth-scan", "findings": [ { "rule": ' });
    const result = runScanner(['--baseline', 'broken-baseline.json'], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^intercom-auth-scan: .*broken-baseline\.json/);
  });
});
