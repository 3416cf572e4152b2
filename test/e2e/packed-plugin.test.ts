// Packs the package as npm would publish it, installs it with ESLint into a fresh project and runs
// the real ESLint CLI there: the zero-config `--plugin` line and a flat config.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../support/generate-token.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const project = mkdtempSync(join(tmpdir(), 'intercom-auth-e2e-'));
const token = generateToken();

function run(command: string, args: string[], cwd = project) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function eslint(...args: string[]) {
  return run(process.execPath, [join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'), ...args]);
}

beforeAll(() => {
  const packed = run('npm', ['pack', '--silent', '--pack-destination', project], root);
  expect(packed.status, packed.output).toBe(0);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'e2e', private: true, type: 'module' }));
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, 'eslint@^10']);
  expect(installed.status, installed.output).toBe(0);

  cpSync(join(root, 'fixtures', 'demo'), join(project, 'demo'), { recursive: true });
  writeFileSync(join(project, 'leak.js'), `export const client = { token: '${token}' };\n`);
  writeFileSync(join(project, 'clean.js'), 'export const client = { token: process.env.INTERCOM_ACCESS_TOKEN };\n');
  writeFileSync(
    join(project, 'eslint.config.js'),
    [
      "import intercomAuth from 'eslint-plugin-intercom-auth';",
      'export default [',
      "  { files: ['**/*.{js,jsx}'] },",
      '  intercomAuth.configs.recommended,',
      "  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },",
      '];',
      '',
    ].join('\n'),
  );
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed plugin under the real ESLint CLI', () => {
  it('loads with --plugin and no config file, reports a token masked and exits 1', () => {
    const { status, output } = eslint(
      '--no-config-lookup',
      '--plugin',
      'intercom-auth',
      '--rule',
      'intercom-auth/no-hardcoded-token: error',
      'leak.js',
    );
    expect(status, output).toBe(1);
    expect(output).toContain('intercom-auth/no-hardcoded-token');
    expect(output).toContain(`${token.slice(0, 8)}…`);
    expect(output).not.toContain(token.slice(0, 16));
  });

  it('exits 0 on a clean file with --plugin', () => {
    const { status, output } = eslint('--no-config-lookup', '--plugin', 'intercom-auth', '--rule', 'intercom-auth/no-hardcoded-token: error', 'clean.js');
    expect(status, output).toBe(0);
  });

  it('reports all three rules with configs.recommended in a flat config', () => {
    const { status, output } = eslint('demo/server.js', 'demo/ConnectIntercom.jsx', '--format', 'json');
    expect(status, output).toBe(1);
    const results = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
    const ruleIds = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect([...ruleIds].sort()).toEqual([
      'intercom-auth/no-hardcoded-token',
      'intercom-auth/no-token-solicitation',
      'intercom-auth/no-user-supplied-token',
    ]);
    // ESLint's json formatter echoes the file's source; our messages must not carry the token.
    const messages = results.flatMap((r) => r.messages.map((m) => m.message)).join('\n');
    expect(messages).toContain('dG9rO');
    expect(messages).not.toMatch(/dG9rO[jm][A-Za-z0-9]{12}/);
  });

  it('exits 0 on clean files with configs.recommended', () => {
    const { status, output } = eslint('demo/oauth.js', 'clean.js');
    expect(status, output).toBe(0);
  });

  it('can be required from CommonJS and returns the plugin itself', () => {
    const { status, output } = run(process.execPath, [
      '-e',
      "const p = require('eslint-plugin-intercom-auth'); if (!p.rules || p.meta.namespace !== 'intercom-auth') process.exit(3)",
    ]);
    expect(status, output).toBe(0);
  });
});
