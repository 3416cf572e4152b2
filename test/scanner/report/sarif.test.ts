import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { getRuleDocsUrl, PACKAGE_VERSION, REPOSITORY_URL } from '../../../src/package-meta.js';
import { formatSarif } from '../../../src/scanner/report/sarif.js';
import type { ScanReport } from '../../../src/scanner/types.js';
import { CONTEXT, getEmptyReport, getSampleReport, hashOf, PATHS } from './get-sample-report.js';

const schemaPath = fileURLToPath(
  new URL('../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url),
);
const ajv = new AjvDraft04.default({ strict: false, unicodeRegExp: false, allErrors: true });
// Format checks the schema names but ajv-draft-04 leaves to the user: URIs must really be URIs.
const isUri = (s: string): boolean => URL.canParse(s);
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
ajv.addFormat('uri', isUri);
ajv.addFormat('uri-reference', (s: string) => URI_REFERENCE.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function toLog(report: ScanReport, cwd: string = CONTEXT.cwd): Log {
  const text = formatSarif(report, { cwd, color: false });
  expect(text.endsWith('\n')).toBe(true);
  const log = JSON.parse(text) as Log;
  const valid = validate(log);
  expect(valid ? [] : validate.errors).toEqual([]);
  return log;
}

const RULE_IDS = [
  'intercom-auth/no-hardcoded-token',
  'intercom-auth/no-user-supplied-token',
  'intercom-auth/no-token-solicitation',
  'intercom-auth/invalid-suppression',
];

/** What GitHub code scanning checks beyond the schema. */
function expectGithubReady(log: Log): void {
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules ?? [];
  for (const rule of rules) {
    expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(rule.shortDescription?.text).toBeTruthy();
    expect(rule.fullDescription?.text).toBeTruthy();
    expect(rule.help?.text).toBeTruthy();
    expect(rule.help?.markdown).toContain(rule.helpUri);
    expect(rule.properties?.['security-severity']).toMatch(/^\d{1,2}\.\d$/);
    expect(rule.properties?.tags).toContain('security');
    expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties?.precision);
  }
  for (const result of run.results ?? []) {
    expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId);
    expect(result.partialFingerprints?.primaryLocationLineHash).toBeTruthy();
    const region = result.locations?.[0]?.physicalLocation?.region;
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) expect(region?.[key]).toBeGreaterThanOrEqual(1);
  }
}

describe('sarif format', () => {
  it('is valid SARIF 2.1.0 and GitHub-ready, with and without findings', () => {
    for (const report of [getSampleReport(), getEmptyReport(), { ...getEmptyReport(), notices: getSampleReport().notices }]) {
      const log = toLog(report);
      expectGithubReady(log);
      expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
      expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    }
  });

  it('uses a validator that rejects broken logs', () => {
    const log = JSON.parse(formatSarif(getSampleReport(), CONTEXT)) as Log;
    log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    log.runs[0]!.tool.driver.informationUri = 'not a uri';
    expect(validate(log)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/tool/driver/informationUri', '/runs/0/results/0/locations/0/physicalLocation/region/startLine']),
    );
  });

  it('describes every rule, always, from the plugin metadata', () => {
    const { driver } = toLog(getEmptyReport()).runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'intercom-auth-scan', informationUri: REPOSITORY_URL, semanticVersion: PACKAGE_VERSION, version: PACKAGE_VERSION });
    expect(driver.rules?.map((r) => r.id)).toEqual(RULE_IDS);
    expect(driver.rules?.map((r) => r.name)).toEqual(['NoHardcodedToken', 'NoUserSuppliedToken', 'NoTokenSolicitation', 'InvalidSuppression']);
    for (const name of Object.keys(plugin.rules) as (keyof typeof plugin.rules)[]) {
      const rule = driver.rules?.find((r) => r.id === `intercom-auth/${name}`);
      expect(rule?.shortDescription?.text).toBe(plugin.rules[name].meta.docs?.description);
      expect(rule?.fullDescription?.text).toBe(plugin.rules[name].meta.docs?.description);
      expect(rule?.helpUri).toBe(getRuleDocsUrl(name));
      expect(rule?.defaultConfiguration?.level).toBe('error');
    }
    expect(driver.rules?.[3]?.helpUri).toBe(`${REPOSITORY_URL}#inline-suppressions`);
    expect(driver.rules?.[0]?.properties).toMatchObject({ precision: 'very-high', 'security-severity': '9.0' });
  });

  it('reports results sorted, with levels, rule indexes and messages', () => {
    const results = toLog(getSampleReport()).runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['intercom-auth/no-token-solicitation', 2, 'warning'],
      ['intercom-auth/invalid-suppression', 3, 'error'],
      ['intercom-auth/no-hardcoded-token', 0, 'error'],
      ['intercom-auth/no-hardcoded-token', 0, 'error'],
      ['intercom-auth/no-user-supplied-token', 1, 'error'],
    ]);
    expect(results[0]!.message.text).toBe('Copy asks users for their Intercom access token: use Intercom OAuth instead.');
    expect(results[0]!.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 12, startColumn: 1, endLine: 13, endColumn: 4 });
  });

  it('percent-encodes each path segment under %SRCROOT%', () => {
    const results = toLog(getSampleReport()).runs[0]!.results!;
    const uriOf = (r: Result) => r.locations?.[0]?.physicalLocation?.artifactLocation;
    expect(uriOf(results[0]!)).toEqual({ uri: 'docs/my%20file%20%231%20100%25.md', uriBaseId: '%SRCROOT%' });
    expect(uriOf(results[4]!)?.uri).toBe('src/%C3%BCn%C3%AF/%E7%99%BB%E5%BD%95%20%3F.vue');
    const paths = [PATHS.spaces, PATHS.plain, PATHS.plain, PATHS.plain, PATHS.unicode];
    expect(results.map((r) => decodeURIComponent(uriOf(r)!.uri!))).toEqual(paths);
  });

  it('roots relative paths at the working directory as a file URL ending in /', () => {
    const log = toLog(getEmptyReport(), '/work/my repo#1');
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/my%20repo%231/' } });
  });

  it('numbers repeated finding hashes so GitHub keeps one alert per occurrence', () => {
    const results = toLog(getSampleReport()).runs[0]!.results!;
    const fingerprints = results.map((r) => r.partialFingerprints?.primaryLocationLineHash);
    expect(new Set(fingerprints).size).toBe(results.length);
    expect(fingerprints[2]).toBe(`${hashOf('token')}:1`);
    expect(fingerprints[3]).toBe(`${hashOf('token')}:2`);
  });

  it('reports notices as tool execution notifications', () => {
    const [invocation] = toLog(getSampleReport()).runs[0]!.invocations!;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications?.map((n) => [n.level, n.descriptor?.id])).toEqual([
      ['warning', 'binary'],
      ['error', 'unreadable'],
      ['note', 'stale-baseline'],
      ['warning', 'parse-fallback'],
    ]);
    const [binary, , stale] = invocation!.toolExecutionNotifications!;
    expect(binary!.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'assets/logo%20%232.png', uriBaseId: '%SRCROOT%' });
    expect(binary!.message.text).toBe('Skipped a binary file.');
    expect(stale!.locations).toBeUndefined();

    const warningsOnly = { ...getEmptyReport(), notices: getSampleReport().notices.filter((n) => n.level !== 'error') };
    expect(toLog(warningsOnly).runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
    expect(toLog(getEmptyReport()).runs[0]!.invocations![0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('repairs regions and paths that would make SARIF invalid', () => {
    const [finding] = getSampleReport().findings;
    const report: ScanReport = {
      ...getEmptyReport(),
      findings: [{ ...finding!, path: 'bad\ud800name/x.js', line: 0, column: 0, endLine: 0, endColumn: 0 }],
    };
    const result = toLog(report).runs[0]!.results![0]!;
    expect(result.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('bad%EF%BF%BDname/x.js');
  });
});
