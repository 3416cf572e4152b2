import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { createDefaultConfig, DEFAULT_CONFIG, loadConfig, type ScanConfig } from '../../../src/scanner/config/index.js';
import { RULE_NAMES } from '../../../src/scanner/types.js';
import { UsageError } from '../../../src/scanner/usage-error.js';
import { getTokenFingerprint } from '../../../src/tokens/index.js';
import { generateToken } from '../../support/generate-token.js';

const root = mkdtempSync(join(tmpdir(), 'iaa-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirCount = 0;

/** A fresh working directory holding `files` (objects are written as JSON). */
function project(files: Record<string, unknown> = {}): string {
  const dir = join(root, `p${++dirCount}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** The one-line message loadConfig fails with. */
function errorOf(cwd: string, explicit?: string): string {
  try {
    loadConfig(cwd, explicit);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to fail');
}

const configError = (config: unknown) => errorOf(project({ 'intercom-auth.config.json': config }));

describe('loadConfig: sources', () => {
  it('uses the defaults when there is no config', () => {
    const { config, source } = loadConfig(project());
    expect(source).toBeUndefined();
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config).toEqual({
      include: [],
      exclude: [],
      gitignore: true,
      skipDirectories: ['.git', 'node_modules'],
      maxFileSize: 64 * 1024 * 1024,
      rules: {
        'no-hardcoded-token': { severity: 'error', options: { envVariable: 'INTERCOM_ACCESS_TOKEN', allowedFingerprints: [] } },
        'no-user-supplied-token': { severity: 'error', options: { strict: false, cliSources: 'report', extraSinks: [], oauthTokenUrls: [] } },
        'no-token-solicitation': { severity: 'error', options: { contextScope: 'component', additionalNouns: [] } },
      },
      allowedTokens: [],
      inlineIgnore: true,
    } satisfies ScanConfig);
  });

  it('takes its rule severities from the recommended config', () => {
    for (const name of RULE_NAMES) {
      const recommended = plugin.configs.recommended.rules?.[`intercom-auth/${name}`];
      expect(DEFAULT_CONFIG.rules[name].severity).toBe(recommended === undefined ? 'off' : 'error');
    }
  });

  it('keeps DEFAULT_CONFIG frozen and hands out copies', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG.rules['no-hardcoded-token'].options)).toBe(true);
    const copy = createDefaultConfig();
    copy.exclude.push('x');
    expect(DEFAULT_CONFIG.exclude).toEqual([]);
  });

  it('reads intercom-auth.config.json in cwd', () => {
    const cwd = project({ 'intercom-auth.config.json': { exclude: ['fixtures/**'] }, 'package.json': { 'intercom-auth': { exclude: ['other/**'] } } });
    const { config, source } = loadConfig(cwd);
    expect(source).toBe(join(cwd, 'intercom-auth.config.json'));
    expect(config.exclude).toEqual(['fixtures/**']);
  });

  it('falls back to the "intercom-auth" key of package.json', () => {
    const cwd = project({ 'package.json': { name: 'app', 'intercom-auth': { gitignore: false, rules: { 'no-token-solicitation': 'warn' } } } });
    const { config, source } = loadConfig(cwd);
    expect(source).toBe(join(cwd, 'package.json'));
    expect(config.gitignore).toBe(false);
    expect(config.rules['no-token-solicitation'].severity).toBe('warn');
  });

  it('ignores a package.json without the key, even a broken one', () => {
    expect(loadConfig(project({ 'package.json': { name: 'app', dependencies: { 'eslint-plugin-intercom-auth': '1' } } }))).toEqual({ config: DEFAULT_CONFIG });
    expect(loadConfig(project({ 'package.json': '{ "name": ' }))).toEqual({ config: DEFAULT_CONFIG });
  });

  it('reports a broken package.json that holds the key', () => {
    expect(errorOf(project({ 'package.json': '{\n  "intercom-auth": { "include": [] }\n  "name": "x"\n}' }))).toBe(
      'package.json: not valid JSON at 3:3: expected "," or "}"',
    );
  });

  it('names package.json and the key in validation errors', () => {
    expect(errorOf(project({ 'package.json': { 'intercom-auth': { include: 'src' } } }))).toBe('package.json#intercom-auth: include: expected an array of strings');
    expect(errorOf(project({ 'package.json': { 'intercom-auth': ['src'] } }))).toBe('package.json#intercom-auth: expected a JSON object');
  });

  it('uses --config first, relative to cwd, and names it as given', () => {
    const cwd = project({ 'intercom-auth.config.json': { exclude: ['a'] }, 'ci.json': { exclude: ['b'] } });
    mkdirSync(join(cwd, 'conf'));
    writeFileSync(join(cwd, 'conf', 'scan.json'), '{ "exclude": "c" }');
    expect(loadConfig(cwd, 'ci.json')).toMatchObject({ config: { exclude: ['b'] }, source: join(cwd, 'ci.json') });
    expect(errorOf(cwd, join(cwd, 'conf', 'scan.json'))).toBe('conf/scan.json: exclude: expected an array of strings');
  });

  it('fails when the --config file is missing', () => {
    const cwd = project({ 'intercom-auth.config.json': {} });
    expect(errorOf(cwd, 'missing.json')).toBe('missing.json: config file not found');
    expect(errorOf(cwd, join(root, 'elsewhere.json'))).toBe(`${join(root, 'elsewhere.json')}: config file not found`);
  });
});

describe('loadConfig: values', () => {
  it('normalises rule names, severities and options over the defaults', () => {
    const { config } = loadConfig(
      project({
        'intercom-auth.config.json': {
          $schema: './node_modules/eslint-plugin-intercom-auth/schema.json',
          include: ['src/**/*.{ts,vue}', 'templates/**'],
          exclude: ['**/*.test.ts'],
          skipDirectories: ['.git', 'vendor'],
          maxFileSize: '1.5 MiB',
          inlineIgnore: false,
          rules: {
            'intercom-auth/no-hardcoded-token': ['warn', { envVariable: 'INTERCOM_TOKEN' }],
            'no-user-supplied-token': 0,
            'no-token-solicitation': [2],
          },
        },
      }),
    );
    expect(config).toMatchObject({
      include: ['src/**/*.{ts,vue}', 'templates/**'],
      exclude: ['**/*.test.ts'],
      skipDirectories: ['.git', 'vendor'],
      maxFileSize: 1572864,
      inlineIgnore: false,
      gitignore: true,
    });
    expect(config.rules).toEqual({
      'no-hardcoded-token': { severity: 'warn', options: { envVariable: 'INTERCOM_TOKEN', allowedFingerprints: [] } },
      'no-user-supplied-token': { severity: 'off', options: DEFAULT_CONFIG.rules['no-user-supplied-token'].options },
      'no-token-solicitation': { severity: 'error', options: DEFAULT_CONFIG.rules['no-token-solicitation'].options },
    });
  });

  it('forwards allowedTokens to no-hardcoded-token allowedFingerprints', () => {
    const a = getTokenFingerprint(generateToken());
    const b = getTokenFingerprint(generateToken());
    const { config } = loadConfig(project({ 'intercom-auth.config.json': { allowedTokens: [a, b], rules: { 'no-hardcoded-token': ['error', { allowedFingerprints: [a] }] } } }));
    expect(config.allowedTokens).toEqual([a, b]);
    expect(config.rules['no-hardcoded-token'].options.allowedFingerprints).toEqual([a, b]);
  });

  it('accepts a byte count for maxFileSize', () => {
    expect(loadConfig(project({ 'intercom-auth.config.json': { maxFileSize: 1000 } })).config.maxFileSize).toBe(1000);
  });
});

describe('loadConfig: each error is one line naming the file, the key and what was expected', () => {
  const file = 'intercom-auth.config.json';

  it.each<[string, unknown, string]>([
    ['malformed JSON', '{\n  "include": ["src/**",]\n}', 'not valid JSON at 2:24: expected a value (no trailing commas)'],
    ['trailing comma in an object', '{ "gitignore": false, }', 'not valid JSON at 1:23: expected a double-quoted property name (no trailing commas)'],
    ['unterminated string', '{ "include": ["src/**] }', 'not valid JSON at 1:15: unterminated string'],
    ['comments', '// config\n{}', 'not valid JSON at 1:1: expected a value'],
    ['empty file', '', 'not valid JSON at 1:1: unexpected end of input'],
    ['not an object', '[]', 'expected a JSON object'],
    ['unknown key', { ignore: ['x'] }, 'ignore: unknown key; expected one of $schema, include, exclude, gitignore, skipDirectories, maxFileSize, rules, allowedTokens, inlineIgnore'],
    ['odd unknown key', { 'in clude': [] }, '["in clude"]: unknown key; expected one of $schema, include, exclude, gitignore, skipDirectories, maxFileSize, rules, allowedTokens, inlineIgnore'],
    ['wrong type: include', { include: 'src/**' }, 'include: expected an array of strings'],
    ['wrong type: include item', { include: ['src/**', 3] }, 'include[1]: expected a string'],
    ['wrong type: gitignore', { gitignore: 'yes' }, 'gitignore: expected true or false'],
    ['wrong type: inlineIgnore', { inlineIgnore: 1 }, 'inlineIgnore: expected true or false'],
    ['wrong type: $schema', { $schema: 1 }, '$schema: expected a string'],
    ['wrong type: rules', { rules: ['no-hardcoded-token'] }, 'rules: expected an object mapping rule names to severities'],
    ['bad severity', { rules: { 'no-hardcoded-token': 'on' } }, 'rules["no-hardcoded-token"]: expected "error", "warn", "off" or [severity, options]'],
    ['bad severity number', { rules: { 'no-hardcoded-token': 3 } }, 'rules["no-hardcoded-token"]: expected "error", "warn", "off" or [severity, options]'],
    ['bad severity in an array', { rules: { 'no-hardcoded-token': ['high', {}] } }, 'rules["no-hardcoded-token"][0]: expected "error", "warn", "off" or [severity, options]'],
    ['too many options', { rules: { 'no-hardcoded-token': ['error', {}, {}] } }, 'rules["no-hardcoded-token"]: expected "error", "warn", "off" or [severity, options]'],
    ['bad rule name', { rules: { 'no-secrets': 'error' } }, 'rules["no-secrets"]: unknown rule; expected one of "no-hardcoded-token", "no-user-supplied-token", "no-token-solicitation"'],
    ['other namespace', { rules: { 'other/no-hardcoded-token': 'error' } }, 'rules["other/no-hardcoded-token"]: unknown rule; expected one of "no-hardcoded-token", "no-user-supplied-token", "no-token-solicitation"'],
    ['rule set twice', { rules: { 'no-hardcoded-token': 'error', 'intercom-auth/no-hardcoded-token': 'off' } }, 'rules["intercom-auth/no-hardcoded-token"]: set twice (also as rules["no-hardcoded-token"])'],
    ['options not an object', { rules: { 'no-hardcoded-token': ['error', 'INTERCOM'] } }, 'rules["no-hardcoded-token"][1]: expected an object'],
    ['bad option value', { rules: { 'no-token-solicitation': ['error', { contextScope: 'page' }] } }, 'rules["no-token-solicitation"][1].contextScope: expected one of "string", "component", "file"'],
    ['unknown option', { rules: { 'no-token-solicitation': ['error', { scope: 'file' }] } }, 'rules["no-token-solicitation"][1].scope: unknown option; expected one of contextScope, additionalNouns'],
    ['option type', { rules: { 'no-user-supplied-token': ['error', { strict: 'yes' }] } }, 'rules["no-user-supplied-token"][1].strict: expected true or false'],
    ['short noun', { rules: { 'no-token-solicitation': ['error', { additionalNouns: ['app secret', 'x'] }] } }, 'rules["no-token-solicitation"][1].additionalNouns[1]: expected a string of at least 2 characters'],
    ['duplicate items', { rules: { 'no-token-solicitation': ['error', { additionalNouns: ['app secret', 'app secret'] }] } }, 'rules["no-token-solicitation"][1].additionalNouns[1]: duplicate of [0]; expected unique items'],
    ['missing required', { rules: { 'no-user-supplied-token': ['error', { extraSinks: [{ name: 'connect' }] }] } }, 'rules["no-user-supplied-token"][1].extraSinks[0].module: missing; expected a string'],
    ['integer', { rules: { 'no-user-supplied-token': ['error', { extraSinks: [{ module: 'm', argument: 1.5 }] }] } }, 'rules["no-user-supplied-token"][1].extraSinks[0].argument: expected an integer'],
    ['minimum', { rules: { 'no-user-supplied-token': ['error', { extraSinks: [{ module: 'm', argument: -1 }] }] } }, 'rules["no-user-supplied-token"][1].extraSinks[0].argument: expected a number >= 0'],
    ['pattern', { rules: { 'no-hardcoded-token': ['error', { envVariable: 'MY-TOKEN' }] } }, 'rules["no-hardcoded-token"][1].envVariable: expected a string matching /^[A-Za-z_][A-Za-z0-9_]*$/'],
    ['bad glob: unclosed brace', { include: ['src/**/*.{ts,js'] }, 'include[0]: unclosed "{"'],
    ['bad glob: unclosed class', { exclude: ['src/[ab.ts'] }, 'exclude[0]: unclosed "["'],
    ['bad glob: absolute', { exclude: ['/etc/**'] }, 'exclude[0]: expected a glob relative to the working directory, not an absolute path'],
    ['bad glob: negation', { exclude: ['!keep/**'] }, 'exclude[0]: a leading "!" is not supported; use "include" and "exclude"'],
    ['bad glob: backslash', { include: ['src\\app\\*.ts'] }, 'include[0]: use "/" as the path separator ("\\" escapes the next character)'],
    ['bad glob: empty', { include: [''] }, 'include[0]: expected a non-empty glob'],
    ['bad skip directory', { skipDirectories: ['build/out'] }, 'skipDirectories[0]: expected a directory name without "/" (use "exclude" for paths)'],
    ['bad size', { maxFileSize: 'lots' }, 'maxFileSize: invalid size "lots": expected a number of bytes or a size such as "64MB", "512k" or "1.5 MiB"'],
    ['bad size number', { maxFileSize: -5 }, 'maxFileSize: expected a positive whole number of bytes or a size such as "64MB"'],
    ['bad size type', { maxFileSize: true }, 'maxFileSize: expected a number of bytes or a size such as "64MB"'],
    ['bad fingerprint', { allowedTokens: ['ABC'] }, 'allowedTokens[0]: expected a sha256 fingerprint (64 lowercase hex characters)'],
  ])('%s', (_, config, expected) => {
    expect(configError(config)).toBe(`${file}: ${expected}`);
  });

  it('tells a pasted token from a fingerprint and never echoes it', () => {
    const token = generateToken();
    const message = configError({ allowedTokens: [token] });
    expect(message).toBe(`${file}: allowedTokens[0]: expected a sha256 fingerprint (64 lowercase hex characters), not the token itself`);
  });

  it('masks a token used as a key', () => {
    const token = generateToken();
    const message = configError({ rules: { [token]: 'off' } });
    expect(message).not.toContain(token);
    expect(message).toMatch(/^intercom-auth\.config\.json: rules\[".+"\]: unknown rule/);
  });
});
