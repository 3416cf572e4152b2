// Configuration errors through the built binary: a broken config file (JSON syntax, unknown keys,
// wrong types, bad globs, bad rule options), a bad command-line glob or size, a broken baseline.
// Each is exactly one line on stderr naming the file (or flag), the key and what was expected,
// exit 2, nothing on stdout, no stack trace and no value echoed. (The full list of messages is
// unit-tested in test/scanner/config and test/scanner/baseline.)
import { chmodSync, mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/scanner/usage-error.js';
import { createDefaultConfig, mergeCliOptions } from '../../src/scanner/config/index.js';
import { generateToken } from '../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../scanner/support/create-temp-tree.js';
import { runScanner, type ScannerRun } from '../scanner/support/run-scanner.js';
import { getUnprivilegedUser } from './support/get-unprivileged-user.js';
import { runScannerProcess } from './support/run-scanner-process.js';

const CONFIG = 'intercom-auth.config.json';
const KEYS = '$schema, include, exclude, gitignore, skipDirectories, maxFileSize, rules, allowedTokens, inlineIgnore';

afterAll(removeTempTrees);

function expectOneLine(result: ScannerRun, message: string | RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.slice(0, -1)).not.toContain('\n');
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  if (typeof message === 'string') expect(result.stderr).toBe(`intercom-auth-scan: ${message}\n`);
  else expect(result.stderr).toMatch(message);
}

const project = (files: Record<string, string>): TempTree => createTempTree({ 'src/app.ts': 'export {};\n', ...files });
const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('config file errors', () => {
  it.each<[string, Record<string, string>, string[], string]>([
    ['malformed JSON', { [CONFIG]: '{\n  "include": ["src/**",]\n}\n' }, [], `${CONFIG}: not valid JSON at 2:24: expected a value (no trailing commas)`],
    ['an unknown key', { [CONFIG]: json({ ignore: ['dist/**'] }) }, [], `${CONFIG}: ignore: unknown key; expected one of ${KEYS}`],
    ['a wrong type', { [CONFIG]: json({ gitignore: 'yes' }) }, [], `${CONFIG}: gitignore: expected true or false`],
    ['an unbalanced "["', { [CONFIG]: json({ exclude: ['src/[ab.ts'] }) }, [], `${CONFIG}: exclude[0]: unclosed "["`],
    ['an unclosed "{"', { [CONFIG]: json({ include: ['src/**/*.{ts,js'] }) }, [], `${CONFIG}: include[0]: unclosed "{"`],
    ['a bad size', { [CONFIG]: json({ maxFileSize: 'lots' }) }, [], `${CONFIG}: maxFileSize: invalid size "lots": expected a number of bytes or a size such as "64MB", "512k" or "1.5 MiB"`],
    ['a bad rule option', { [CONFIG]: json({ rules: { 'no-user-supplied-token': ['error', { strict: 'yes' }] } }) }, [], `${CONFIG}: rules["no-user-supplied-token"][1].strict: expected true or false`],
    ['the package.json key', { 'package.json': json({ name: 'app', 'intercom-auth': { include: 'src' } }) }, [], 'package.json#intercom-auth: include: expected an array of strings'],
    ['a --config file', { 'conf/scan.json': json({ skipDirectories: ['a/b'] }) }, ['--config', 'conf/scan.json'], 'conf/scan.json: skipDirectories[0]: expected a directory name without "/" (use "exclude" for paths)'],
    ['a missing --config file', {}, ['--config', 'conf/missing.json'], 'conf/missing.json: config file not found'],
    ['a --config directory', { 'conf/.keep': '' }, ['--config', 'conf'], 'conf: is a directory, expected a config file'],
  ])('%s', (_, files, args, message) => {
    const tree = project(files);
    expectOneLine(runScanner(args, { cwd: tree.root }), message);
  });

  it('never echoes a value, even a token pasted where a fingerprint belongs', () => {
    const token = generateToken();
    const tree = project({ [CONFIG]: json({ allowedTokens: [token], rules: { [token]: 'off' } }) });
    const result = runScanner([], { cwd: tree.root });
    expectOneLine(result, `${CONFIG}: allowedTokens[0]: expected a sha256 fingerprint (64 lowercase hex characters), not the token itself`);
    expect(result.stderr).not.toContain(token.slice(0, 20));
  });

  const { user, skipReason } = getUnprivilegedUser();
  it.skipIf(skipReason !== undefined)('a config file the scanner may not read', () => {
    const tree = project({ [CONFIG]: '{}' });
    chmodSync(tree.root, 0o755);
    chmodSync(tree.path(CONFIG), 0o000);
    expectOneLine(runScannerProcess([], { cwd: tree.root, user }), `${CONFIG}: cannot read config file (EACCES)`);
  });
});

describe('command-line errors', () => {
  it.each<[string, string[], string]>([
    // A glob typo used to scan nothing and exit 0: "No findings · 0 files".
    ['--include with an unbalanced "["', ['--include', 'src/[ab'], '--include "src/[ab": unclosed "["'],
    ['--exclude with an unclosed "{"', ['--exclude', '{dist,build'], '--exclude "{dist,build": unclosed "{"'],
    ['--include with an absolute path', ['--include', '/etc/**'], '--include "/etc/**": expected a glob relative to the working directory, not an absolute path'],
    ['--skip-dir with a path', ['--skip-dir', 'vendor/cache'], '--skip-dir "vendor/cache": expected a directory name without "/" (use --exclude for paths)'],
    ['--max-file-size that is not a size', ['--max-file-size', 'lots'], 'invalid size "lots": expected a number of bytes or a size such as "64MB", "512k" or "1.5 MiB"'],
  ])('%s', (_, args, message) => {
    const tree = project({});
    expectOneLine(runScanner(args, { cwd: tree.root }), message);
  });

  it('keeps a glob with a newline on one line, and masks a token in it', () => {
    const token = generateToken();
    expect(() => mergeCliOptions(createDefaultConfig(), { include: [`src/[\n${token}`] })).toThrow(UsageError);
    try {
      mergeCliOptions(createDefaultConfig(), { include: [`src/[\n${token}`] });
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).not.toContain(token);
      expect((error as Error).message).toMatch(/^--include "src\/\[\\n.*": unclosed "\["$/);
    }
  });
});

describe('baseline errors', () => {
  const entry = { rule: 'intercom-auth/no-hardcoded-token', path: 'src/app.ts', hash: 'a'.repeat(64) };
  it.each<[string, string | undefined, string]>([
    ['malformed JSON', '{ "version": 1, "tool": "intercom-auth-scan", "findings": [ { "rule": ', 'not valid JSON at 1:71: unexpected end of input'],
    ['another version', json({ version: 2, tool: 'intercom-auth-scan', findings: [] }), 'version: expected 1, found 2 (written by another version of intercom-auth-scan?)'],
    ['the wrong shape', json({ version: 1, tool: 'intercom-auth-scan', findings: { 'src/app.ts': 1 } }), 'findings: expected an array'],
    ['a bad entry', json({ version: 1, tool: 'intercom-auth-scan', findings: [entry, { ...entry, hash: 'abc' }] }), 'findings[1].hash: expected a 64-character hex string'],
    ['a missing file', undefined, 'baseline file not found'],
  ])('%s', (_, content, message) => {
    const tree = project(content === undefined ? {} : { 'baseline.json': content });
    expectOneLine(runScanner(['--baseline', 'baseline.json'], { cwd: tree.root }), `${tree.path('baseline.json')}: ${message}`);
  });

  it('a directory given as the baseline', () => {
    const tree = project({});
    mkdirSync(tree.path('baseline.json'));
    expectOneLine(runScanner(['--baseline', 'baseline.json'], { cwd: tree.root }), `${tree.path('baseline.json')}: is a directory, expected a baseline file`);
  });
});
