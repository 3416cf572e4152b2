// Every output format of the real binary on one tree holding a finding of each rule: the JSON
// fields, a schema-valid SARIF log whose regions point at the findings, GitHub annotations with
// file and line, well-formed JUnit, and --output writing the file instead of stdout.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../../src/scanner/report/index.js';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { getXmlProblems } from '../support/get-xml-problems.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';
import { getSarifErrors } from '../support/validate-sarif.js';

const token = generateToken();
const TOKEN_LINE = `export const token = '${token}';`;
let tree: TempTree;
// Reports go outside the scanned tree: a later run would otherwise scan them too.
let out: TempTree;
let report: JsonReport;

beforeAll(() => {
  tree = createTempTree({
    'src/config.ts': `// Settings\nexport const region = 'eu';\n${TOKEN_LINE}\n`,
    'src/connect.ts': [
      "const typed = prompt('Intercom access token');",
      "fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + typed } });",
      '',
    ].join('\n'),
    'src/my settings.html': '<main>\n  <label>Paste your Intercom access token</label>\n</main>\n',
    'src/bare-ignore.ts': '// intercom-auth-ignore-next-line\nexport const a = 1;\n',
  });
  out = createTempTree();
  const result = runScanner(['--format', 'json'], { cwd: tree.root });
  expect(result.code, result.stderr).toBe(1);
  report = readJsonReport(result);
});

afterAll(removeTempTrees);

const tokenColumn = TOKEN_LINE.indexOf(token) + 1;

describe('output formats', () => {
  it('json: one finding per rule with rule, path, position and hash', () => {
    expect(getLocations(report.findings)).toEqual([
      'src/bare-ignore.ts:1:4 invalid-suppression',
      `src/config.ts:3:${tokenColumn} no-hardcoded-token`,
      'src/connect.ts:1:22 no-token-solicitation',
      'src/connect.ts:2:65 no-user-supplied-token',
      expect.stringMatching(/^src\/my settings\.html:2:\d+ no-token-solicitation$/),
    ]);
    for (const finding of report.findings) {
      expect(finding).toMatchObject({ severity: 'error', message: expect.any(String), messageId: expect.any(String) });
      expect(finding.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(finding.endLine >= finding.line && finding.endColumn >= 1).toBe(true);
    }
    const hardcoded = report.findings.find((f) => f.rule === 'intercom-auth/no-hardcoded-token');
    expect(hardcoded).toMatchObject({ line: 3, column: tokenColumn, endLine: 3, endColumn: tokenColumn + token.length });
    expect(report.summary).toMatchObject({ files: 4, findings: 5, errors: 5, warnings: 0 });
  });

  it('sarif: --output writes a valid log, nothing on stdout, regions on the findings', () => {
    const result = runScanner(['--format', 'sarif', '--output', out.path('reports/scan.sarif')], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    const log = JSON.parse(out.read('reports/scan.sarif')) as Log;
    expect(getSarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results ?? [];
    const regions = results.map((r) => {
      const location = r.locations![0]!.physicalLocation!;
      return { rule: r.ruleId!, path: decodeURIComponent(location.artifactLocation!.uri!), ...location.region! };
    });
    const toKey = (f: { rule: string; path: string; line?: number; column?: number; endLine?: number; endColumn?: number }) =>
      `${f.path}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
    const sarifKeys = regions.map((r) => toKey({ ...r, line: r.startLine, column: r.startColumn })).sort();
    expect(sarifKeys).toEqual(report.findings.map(toKey).sort());
    // The region really covers the token in the file.
    const region = regions.find((r) => r.rule === 'intercom-auth/no-hardcoded-token')!;
    const line = tree.read(region.path).split('\n')[region.startLine! - 1]!;
    expect(line.slice(region.startColumn! - 1, region.endColumn! - 1) === token).toBe(true);
    // URIs are percent-encoded: `src/my settings.html` becomes `src/my%20settings.html`.
    expect(results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toContain('src/my%20settings.html');
  });

  it('github: one annotation per finding with file, line and column', () => {
    const result = runScanner(['--format', 'github'], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    const annotations = result.stdout.trimEnd().split('\n').map(readAnnotation);
    expect(annotations.every((a) => a.command === 'error')).toBe(true);
    const locations = annotations.map((a) => `${a.properties.file}:${a.properties.line}:${a.properties.col} ${a.properties.title}`);
    expect(locations).toEqual(report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.rule}`));
  });

  it('junit: well-formed XML with one failing test case per finding, written by --output', () => {
    // A relative --output is resolved against the working directory; missing folders are created.
    const result = runScanner(['--format', 'junit', '-o', relative(tree.root, out.path('ci/junit.xml'))], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    const xml = readFileSync(out.path('ci/junit.xml'), 'utf8');
    expect(getXmlProblems(xml)).toEqual([]);
    expect(xml.match(/<testcase\b/g)).toHaveLength(report.findings.length);
    expect(xml.match(/<failure\b/g)).toHaveLength(report.findings.length);
    expect(xml).toContain('classname="src/my settings.html"');
  });

  it('stylish: each file, position and rule, then the summary', () => {
    const result = runScanner([], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    for (const finding of report.findings) {
      expect(result.stdout).toContain(finding.path);
      expect(result.stdout).toMatch(new RegExp(`^\\s+${finding.line}:${finding.column}\\s+error\\s.*${finding.rule}$`, 'm'));
    }
    expect(result.stdout).toMatch(/✖ 5 findings \(5 errors, 0 warnings\)/);
    expect(result.stdout).not.toContain('\u001b[');
  });
});

/** `::error file=a,line=1,…::message` as its command and unescaped properties. */
function readAnnotation(line: string): { command: string; properties: Record<string, string> } {
  const match = /^::(\w+) ([^:]*)::/.exec(line);
  expect(match, line).not.toBeNull();
  const properties = Object.fromEntries(
    match![2]!.split(',').map((pair) => {
      const [key, value] = pair.split('=') as [string, string];
      return [key, decodeURIComponent(value)];
    }),
  );
  return { command: match![1]!, properties };
}
