// The plugin's `configs.recommended` through ESLint's Linter, one file at a time, with the parser
// each extension needs. A rule that throws is caught and described, never fatal to the run.
import { createRequire } from 'node:module';
import { parse } from 'node:path';
import plugin from '../../dist/src/index.js';
import { describeLintError } from './describe-lint-error.mjs';

const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const typescriptParser = require('@typescript-eslint/parser');

const NAMESPACE = `${plugin.meta.namespace}/`;
const FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];

function getLanguageOptions(dialect) {
  if (dialect === 'ts' || dialect === 'tsx') {
    return { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: dialect === 'tsx' } } };
  }
  return {
    ecmaVersion: 'latest',
    sourceType: dialect === 'commonjs' ? 'commonjs' : 'module',
    parserOptions: { ecmaFeatures: { jsx: dialect === 'jsx' } },
  };
}

/** The dialect an extension is linted as first (a `.d.ts` is TypeScript like any `.ts`). */
export function getDialect(path) {
  const extension = path.slice(path.lastIndexOf('.') + 1);
  if (extension === 'cjs') return 'commonjs';
  if (extension === 'jsx' || extension === 'tsx') return extension;
  if (extension === 'ts' || extension === 'mts' || extension === 'cts') return 'ts';
  return 'module';
}

const isParseError = (message) => message.fatal && /^Parsing error/.test(message.message);

export function createSmokeLinter() {
  // Rooted at `/` so no file is "outside the base path"; node_modules is un-ignored below.
  const linter = new Linter({ configType: 'flat', cwd: parse(process.cwd()).root });
  const configs = new Map();
  const getConfig = (dialect) => {
    if (!configs.has(dialect)) {
      configs.set(dialect, [
        { ignores: ['!**/node_modules/'] },
        { ...plugin.configs.recommended, files: FILES, languageOptions: getLanguageOptions(dialect) },
        // Vendored code is full of `/* eslint-disable */`: every finding must be seen, none hidden.
        { files: FILES, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      ]);
    }
    return configs.get(dialect);
  };

  /** One pass; `stats` gives ESLint's own per-rule times for this file. */
  function lintOnce(text, filename, dialect) {
    const started = performance.now();
    try {
      const { messages } = linter.verifyAndFix(text, getConfig(dialect), { filename, fix: false, stats: true });
      const pass = linter.getTimes().passes[0] ?? {};
      const ruleMs = Object.fromEntries(Object.entries(pass.rules ?? {}).map(([rule, time]) => [rule, time.total]));
      return { messages, ruleMs, parseMs: pass.parse?.total ?? 0, ms: performance.now() - started };
    } catch (error) {
      return { error: describeLintError(error), messages: [], ruleMs: {}, parseMs: 0, ms: performance.now() - started };
    }
  }

  /**
   * Lints as the scanner does: a `.js` that espree rejects may be TypeScript, JSX or Flow, so it
   * gets the TypeScript parser (with JSX) once. Returns the pass that counts.
   */
  function lint(text, filename) {
    const dialect = getDialect(filename);
    const first = lintOnce(text, filename, dialect);
    const failedToParse = first.messages.some(isParseError);
    if (!failedToParse || (dialect !== 'module' && dialect !== 'commonjs' && dialect !== 'jsx')) return classify(first, dialect);
    const second = lintOnce(text, filename, 'tsx');
    const retried = second.messages.some(isParseError) ? first : second;
    return classify({ ...retried, ms: first.ms + second.ms }, second === retried ? 'tsx' : dialect);
  }

  return { lint };
}

function classify(pass, dialect) {
  const parseError = pass.messages.find(isParseError);
  const fatal = pass.messages.find((message) => message.fatal && !isParseError(message));
  const findings = pass.messages.filter((message) => !message.fatal && message.ruleId?.startsWith(NAMESPACE));
  const crash = pass.error ?? (fatal ? { rule: fatal.ruleId ?? '(eslint)', message: fatal.message.split('\n')[0], where: `line ${fatal.line}` } : undefined);
  return {
    dialect,
    ms: pass.ms,
    parseMs: pass.parseMs,
    ruleMs: pass.ruleMs,
    parseError: parseError ? parseError.message.split('\n')[0] : undefined,
    crash,
    findings,
  };
}
