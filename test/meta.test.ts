import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from '../src/index.js';
import { NAMESPACE, PACKAGE_NAME, PACKAGE_VERSION, getRuleDocsUrl } from '../src/package-meta.js';
import { getHelpText } from '../src/scanner/cli/get-help-text.js';
import { FORMAT_NAMES } from '../src/scanner/report/index.js';
import { NOTICE_CODES } from '../src/scanner/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const ruleFiles = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const ruleNames = Object.keys(rules);

describe('package metadata', () => {
  it('keeps name and version constants in sync with package.json', () => {
    expect(PACKAGE_NAME).toBe(pkg.name);
    expect(PACKAGE_VERSION).toBe(pkg.version);
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: NAMESPACE });
  });

  it('exports a default condition so `eslint --plugin` can load it', () => {
    expect(pkg.exports['.'].default).toMatch(/^\.\/dist\/src\/index\.js$/);
    expect(pkg.peerDependencies.eslint).toBe('^9.0.0 || ^10.0.0');
  });
});

describe('rules', () => {
  it('exports exactly the rules in rules/, each named as its file', () => {
    expect(ruleNames.sort()).toEqual(ruleFiles.sort());
  });

  for (const name of ruleNames) {
    const rule = rules[name as keyof typeof rules];
    describe(name, () => {
      it('has a doc beside it that starts with its id and description', () => {
        const docPath = join(root, 'rules', `${name}.md`);
        expect(existsSync(docPath)).toBe(true);
        const doc = readFileSync(docPath, 'utf8');
        expect(doc.split('\n')[0]).toBe(`# ${NAMESPACE}/${name}`);
        // The doc's opening paragraph is the rule's description (wrapped as Markdown likes).
        const opening = doc.split('\n\n')[1]!.replace(/\s+/g, ' ').trim();
        expect(opening).toBe(`${rule.meta.docs!.description}.`);
        expect(doc).toMatch(/## Options/);
      });

      it('links its doc from meta.docs.url and from the README', () => {
        expect(rule.meta.docs!.url).toBe(getRuleDocsUrl(name));
        expect(rule.meta.docs!.url).toMatch(new RegExp(`/rules/${name}\\.md$`));
        expect(readme).toContain(`${NAMESPACE}/${name}`);
        expect(readme).toContain(`rules/${name}.md`);
      });

      it('never puts a token into its message templates', () => {
        for (const message of Object.values(rule.meta.messages)) expect(message).not.toMatch(/dG9rO[jm][A-Za-z0-9]{8}/);
      });

      it('is in each config exactly as its metadata says', () => {
        const id = `${NAMESPACE}/${name}`;
        const docs = rule.meta.docs!;
        expect(configs.recommended.rules![id] !== undefined).toBe(docs.recommended);
        if (docs.recommended) {
          expect(configs.recommended.rules![id]).toBe('error');
          const strictEntry = configs.strict.rules![id];
          expect(strictEntry).toEqual(docs.strictOptions ? ['error', ...docs.strictOptions] : 'error');
        }
      });
    });
  }
});

describe('configs', () => {
  it('are named and reference the plugin itself', () => {
    expect(configs.recommended.name).toBe('intercom-auth/recommended');
    expect(configs.strict.name).toBe('intercom-auth/strict');
    expect(configs.recommended.plugins![NAMESPACE]).toBe(plugin);
    expect(configs.strict.plugins![NAMESPACE]).toBe(plugin);
  });

  it('are documented in the README', () => {
    expect(readme).toContain('configs.recommended');
    expect(readme).toContain('configs.strict');
  });
});

describe('scanner', () => {
  const help = getHelpText();
  const flagsOf = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]));
  const readmeFlags = readme.slice(readme.indexOf('### Flags'), readme.indexOf('**Exit codes:**'));

  it('documents every CLI flag in the README flag table, and no flag the CLI lacks', () => {
    expect([...flagsOf(readmeFlags)].sort()).toEqual([...flagsOf(help)].sort());
  });

  it('ships the bin named in .pre-commit-hooks.yaml from the built entry', () => {
    expect(pkg.bin).toEqual({ 'intercom-auth-scan': './dist/src/bin/intercom-auth-scan.js' });
    expect(pkg.files).toContain('dist/src');
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/^- id: intercom-auth-scan$/m);
    expect(hooks).toMatch(/^ {2}entry: intercom-auth-scan\b/m);
    expect(hooks).toMatch(/^ {2}language: node$/m);
  });

  it('lists every output format in the README and in --help', () => {
    for (const name of FORMAT_NAMES) {
      expect(help).toContain(name);
      expect(readmeFlags).toContain(`\`${name}\``);
    }
  });

  it('documents every notice code in the README', () => {
    for (const code of NOTICE_CODES) expect(readme).toContain(`\`${code}\``);
  });

  it('links the invalid-suppression rule to a README section that exists', () => {
    expect(readme).toMatch(/^### Inline suppressions$/m);
  });
});
