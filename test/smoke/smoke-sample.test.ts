// The smoke script itself: it must see a crash when a rule throws, list the right files, find what
// is there without printing it, and, on CI's fixed sample of node_modules, report zero crashes.
// Spawns test/smoke/run-smoke.mjs over the built package (dist/), as `npm run smoke` does.
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Linter as LinterType } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { generateToken } from '../support/generate-token.js';
import { createTempTree, removeTempTrees } from '../scanner/support/create-temp-tree.js';
import { getSecretForms } from '../scanner/support/get-secret-forms.js';
import { describeLintError } from './describe-lint-error.mjs';

const SCRIPT = fileURLToPath(new URL('./run-smoke.mjs', import.meta.url));
// Under a minute on a 2-core box (see the README): every 60th file or so, plus the few that pass
// the rules' early exits on their own.
const CI_SAMPLE = 60;

interface SmokeSummary {
  files: number;
  linted: number;
  paths: string[];
  canary: boolean;
  parseErrors: { path: string }[];
  crashes: { path: string; rule: string; message: string }[];
  findings: { path: string; rule: string; line: number; mode: string }[];
  scanner?: { exitCode: number; problems: string[]; findings: { path: string; rule: string }[] };
}

function runSmoke(args: string[]): { code: number | null; stdout: string; summary: SmokeSummary } {
  const tree = createTempTree();
  const json = tree.path('summary.json');
  const result = spawnSync(process.execPath, [SCRIPT, ...args, '--json', json], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const summary = result.status === 2 ? ({} as SmokeSummary) : (JSON.parse(readFileSync(json, 'utf8')) as SmokeSummary);
  return { code: result.status, stdout: `${result.stdout}${result.stderr}`, summary };
}

afterAll(removeTempTrees);

describe('describeLintError', () => {
  const { Linter } = createRequire(import.meta.url)('eslint') as typeof import('eslint');
  const token = generateToken();
  const rule = (create: () => object) => ({ meta: { type: 'problem' as const }, create });
  const plugin = {
    rules: {
      'in-listener': rule(() => ({ Identifier: () => { throw new TypeError(`bad node near ${token}`); } })),
      'in-create': rule(() => { throw new Error('no options'); }),
    },
  };
  const lint = (ruleName: string): unknown => {
    const config: LinterType.Config = { plugins: { t: plugin as never }, rules: { [`t/${ruleName}`]: 'error' } };
    try {
      new Linter({ configType: 'flat' }).verify('const a = 1;\n', config, { filename: 'a.js' });
    } catch (error) {
      return error;
    }
    throw new Error('the rule did not throw');
  };

  it('names the rule that threw in a listener, in one line, with the token masked', () => {
    const described = describeLintError(lint('in-listener'));
    expect(described.rule).toBe('t/in-listener');
    expect(described.message).toMatch(/^TypeError|^bad node near/);
    expect(described.message).not.toContain('\n');
    for (const secret of getSecretForms(token)) expect(described.message).not.toContain(secret);
  });

  it('names the rule whose create() threw', () => {
    expect(describeLintError(lint('in-create'))).toMatchObject({ rule: 't/in-create', message: "Error while loading rule 't/in-create': no options" });
  });
});

describe('run-smoke.mjs on a small tree', () => {
  const token = generateToken();
  const tree = createTempTree({
    'pkg/index.js': 'module.exports = function add(a, b) { return a + b; };\n',
    'pkg/types/index.d.ts': 'export declare function add(a: number, b: number): number;\n',
    'pkg/view.jsx': 'export const View = () => <div className="v">hi</div>;\n',
    'pkg/typed.js': 'export function id<T>(value: T): T { return value; }\n',
    'pkg/legacy.cjs': 'exports.x = 1;\n',
    'pkg/app.tsx': 'export const App = (p: { n: number }) => <b>{p.n}</b>;\n',
    'pkg/broken.mjs': 'export const = ;\n',
    'pkg/README.md': 'not a script\n',
    // The token sits on line 3 of a file named for Intercom.
    'z-intercom/client.mjs': `// a client\n\nexport const key = '${token}';\n`,
  });
  symlinkSync(tree.path('pkg/index.js'), tree.path('pkg/alias.js'));

  it('lints every script (TS in .js through the fallback), counts the parse error, finds the token without printing it', () => {
    const run = runSmoke(['--root', tree.root]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary.paths).toEqual([
      'pkg/app.tsx',
      'pkg/broken.mjs',
      'pkg/index.js',
      'pkg/legacy.cjs',
      'pkg/typed.js',
      'pkg/types/index.d.ts',
      'pkg/view.jsx',
      'z-intercom/client.mjs',
    ]);
    expect(run.summary.canary).toBe(true);
    expect(run.summary.crashes).toEqual([]);
    expect(run.summary.parseErrors.map((error) => error.path)).toEqual(['pkg/broken.mjs']);
    const asWritten = run.summary.findings.filter((finding) => finding.mode === 'as-is');
    expect(asWritten).toEqual([expect.objectContaining({ path: 'z-intercom/client.mjs', rule: 'intercom-auth/no-hardcoded-token', line: 3 })]);
    expect(run.summary.scanner?.exitCode).toBe(1);
    expect(run.summary.scanner?.problems).toEqual([]);
    expect(run.summary.scanner?.findings).toEqual([expect.objectContaining({ path: 'z-intercom/client.mjs' })]);
    for (const secret of getSecretForms(token)) expect(run.stdout).not.toContain(secret);
  });

  it('samples deterministically: an even spread plus every file that mentions Intercom', () => {
    const first = runSmoke(['--root', tree.root, '--sample', '2', '--no-scanner', '--no-prime']);
    const second = runSmoke(['--root', tree.root, '--sample', '2', '--no-scanner', '--no-prime']);
    expect(first.summary.paths).toEqual(['pkg/app.tsx', 'pkg/typed.js', 'z-intercom/client.mjs']);
    expect(second.summary.paths).toEqual(first.summary.paths);
  });

  it('refuses a bad option in one line with exit 2', () => {
    const result = spawnSync(process.execPath, [SCRIPT, '--sample', 'many'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('smoke: --sample needs a positive whole number');
  });
});

describe("CI's sample of node_modules", () => {
  it(
    'lints the sample with every rule through its full path and scans it: zero crashes',
    () => {
      const run = runSmoke(['--sample', String(CI_SAMPLE)]);
      expect(run.summary.canary).toBe(true);
      expect(run.summary.linted).toBeGreaterThanOrEqual(CI_SAMPLE);
      expect(run.summary.crashes, run.stdout).toEqual([]);
      expect(run.summary.scanner?.problems, run.stdout).toEqual([]);
      expect(run.code, run.stdout).toBe(0);
    },
    240_000,
  );
});
