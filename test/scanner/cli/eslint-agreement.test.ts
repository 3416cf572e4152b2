// The scanner and ESLint agree: on every JS/TS file of the evaluation corpora (fixtures/eval*),
// the binary's findings equal those of ESLint's own `ESLint` class running the plugin's
// recommended config, position for position. One scanner spawn and one ESLint run per corpus,
// side by side. Differences are printed as locations only (messages are masked anyway).
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../../src/scanner/types.js';
import { getEvalLintConfig, SCRIPT_EXTENSIONS } from '../../support/get-eval-lint-config.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScannerAsync } from '../support/run-scanner.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));
const CORPORA = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('eval') && existsSync(join(FIXTURES, entry.name, 'expected.json')))
  .map((entry) => entry.name)
  .sort();
const RULE_IDS = new Set(RULE_NAMES.map((name) => `intercom-auth/${name}`));

const isScript = (path: string): boolean => SCRIPT_EXTENSIONS.includes(extname(path));

/** `path:line:column-endLine:endColumn rule`: what must agree. */
const toKey = (path: string, rule: string, line: number, column: number, endLine?: number, endColumn?: number): string =>
  `${path}:${line}:${column}-${endLine}:${endColumn} ${rule}`;

async function lintCorpus(root: string): Promise<{ keys: string[]; files: number; fatal: string[] }> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: getEvalLintConfig() });
  const results = await eslint.lintFiles(['.']);
  const keys: string[] = [];
  const fatal: string[] = [];
  for (const result of results) {
    const path = relative(root, result.filePath).split(sep).join('/');
    for (const m of result.messages) {
      if (m.fatal) fatal.push(`${path}:${m.line}`);
      if (m.ruleId !== null && RULE_IDS.has(m.ruleId)) keys.push(toKey(path, m.ruleId, m.line, m.column, m.endLine, m.endColumn));
    }
  }
  return { keys: keys.sort(), files: results.length, fatal };
}

it('finds the evaluation corpora', () => {
  expect(CORPORA.length).toBeGreaterThan(0);
});

describe.each(CORPORA)('agreement with ESLint on fixtures/%s', (corpus) => {
  it('reports the same findings at the same positions', { timeout: 600_000 }, async () => {
    const root = join(FIXTURES, corpus);
    const [scanned, linted] = await Promise.all([
      runScannerAsync(['--format', 'json', '--no-config', '--no-gitignore', '--no-progress'], { cwd: root }),
      lintCorpus(root),
    ]);
    expect([0, 1], scanned.stderr).toContain(scanned.code);
    const report = readJsonReport(scanned);
    const scannerKeys = report.findings
      .filter((f) => isScript(f.path) && RULE_IDS.has(f.rule))
      .map((f) => toKey(f.path, f.rule, f.line, f.column, f.endLine, f.endColumn))
      .sort();
    const eslintOnly = linted.keys.filter((key) => !scannerKeys.includes(key));
    const scannerOnly = scannerKeys.filter((key) => !linted.keys.includes(key));
    expect({ eslintOnly, scannerOnly }, `${linted.files} files linted; ESLint parse errors: ${linted.fatal.join(', ') || 'none'}`).toEqual({
      eslintOnly: [],
      scannerOnly: [],
    });
    expect(scannerKeys).toEqual(linted.keys); // same multiplicity too
    expect(linted.keys.length, 'the corpus has findings to compare').toBeGreaterThan(0);
  });
});
