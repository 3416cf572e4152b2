// Runs the plugin's rules in-process through ESLint's Linter, so the scanner and ESLint with
// `configs.recommended` agree exactly on scripts. One Linter and one config array are built per
// scan and reused for every file; parsers are loaded only when a file needs them.
import { createRequire } from 'node:module';
import { parse } from 'node:path';
import type { Linter } from 'eslint';
import plugin from '../../index.js';
import { NAMESPACE } from '../../package-meta.js';
import { findTokens, redactTokens } from '../../tokens/index.js';
import { getLineIndex } from '../get-line-index.js';
import { RULE_NAMES, type Detection, type RuleName } from '../types.js';

export type RuleSeverity = 'error' | 'warn' | 'off';

export interface RuleSetting {
  severity: RuleSeverity;
  options?: Record<string, unknown>;
}

export interface ScriptLinterSettings {
  rules: Readonly<Record<RuleName, RuleSetting>>;
  /** Honour `eslint-disable` comments (off for CI runs that must not trust them). */
  inlineConfig: boolean;
}

export type ScriptDialect = 'js' | 'commonjs' | 'ts' | 'tsx';

export interface ScriptLintResult {
  detections: Detection[];
  /** Findings hidden by `eslint-disable` comments, counted with the scanner's own suppressions. */
  suppressed?: number;
  /** The parser's one-line error when the text is not a valid program. */
  parseError?: string;
}

export interface ScriptLinter {
  /** Lints `text` as a program of `dialect`; `filename` is what rules see (context.filename). */
  lint(text: string, filename: string, dialect: ScriptDialect): ScriptLintResult;
}

const PARSER_OPTIONS = { ecmaFeatures: { jsx: true } };

// Loaded on first use (both are CommonJS): a scan with no script to lint never pays for them.
const require = createRequire(import.meta.url);
const loadEslint = () => require('eslint') as typeof import('eslint');
let typescriptParser: Linter.Parser | undefined;
const loadTypescriptParser = () => (typescriptParser ??= require('@typescript-eslint/parser') as Linter.Parser);

export function createScriptLinter(settings: ScriptLinterSettings): ScriptLinter {
  const { Linter } = loadEslint();
  // Rooted at the file system root so no file is "outside the base path", whatever the cwd.
  const linter = new Linter({ configType: 'flat', cwd: parse(process.cwd()).root });
  const rules: Linter.RulesRecord = {};
  for (const name of RULE_NAMES) {
    const { severity, options } = settings.rules[name];
    rules[`${NAMESPACE}/${name}`] = options ? [severity, options] : severity;
  }
  const base: Linter.Config = {
    // A function, not '**/*': ESLint treats patterns ending in '*' as "also applies", never as a match.
    files: [(() => true) as unknown as string],
    plugins: { [NAMESPACE]: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules,
    linterOptions: { noInlineConfig: !settings.inlineConfig, reportUnusedDisableDirectives: 'off' },
  };
  // Every file matches, whatever its name (embedded blocks, staged blobs) or place (node_modules
  // is un-ignored: the walk already decided what to scan).
  const unignore: Linter.Config = { ignores: ['!**/node_modules/', '!**/.git/'] };
  const dialects: Partial<Record<ScriptDialect, Linter.Config>> = {
    js: { ...base, languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: PARSER_OPTIONS } },
    commonjs: { ...base, languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', parserOptions: PARSER_OPTIONS } },
  };
  const typescript = (jsx: boolean): Linter.Config => ({
    ...base,
    languageOptions: { parser: loadTypescriptParser(), parserOptions: { ecmaFeatures: { jsx } } },
  });
  const configs: Partial<Record<ScriptDialect, Linter.Config[]>> = {};
  const getConfig = (dialect: ScriptDialect): Linter.Config[] =>
    (configs[dialect] ??= [unignore, dialect === 'ts' ? typescript(false) : dialect === 'tsx' ? typescript(true) : dialects[dialect]!]);

  return {
    lint(text, filename, dialect) {
      const messages = linter.verify(text, getConfig(dialect), { filename });
      const detections: Detection[] = [];
      let lines: ReturnType<typeof getLineIndex> | undefined;
      for (const message of messages) {
        if (message.fatal) return { detections: [], parseError: redactTokens(message.message) };
        const rule = message.ruleId?.startsWith(`${NAMESPACE}/`) ? (message.ruleId.slice(NAMESPACE.length + 1) as RuleName) : undefined;
        if (!rule || !RULE_NAMES.includes(rule)) continue;
        lines ??= getLineIndex(text);
        const start = lines.getOffset(message.line, message.column);
        const end = message.endLine === undefined ? start : lines.getOffset(message.endLine, message.endColumn ?? message.column);
        detections.push({
          rule,
          messageId: message.messageId ?? rule,
          message: redactTokens(message.message),
          start,
          end,
          key: getDetectionKey(rule, text.slice(start, end)),
          downgraded: message.messageId === 'cliSuppliedToken',
        });
      }
      // Present at run time in ESLint 9 and 10, missing from the type declarations.
      const hidden = (linter as unknown as { getSuppressedMessages(): Linter.LintMessage[] }).getSuppressedMessages();
      const suppressed = hidden.filter((message) => message.ruleId?.startsWith(`${NAMESPACE}/`)).length;
      return { detections, suppressed };
    },
  };
}

/**
 * A token finding is keyed by the token's fingerprint, as the text detector keys it, so a baseline
 * entry holds whichever way the token was found; anything else by its source text.
 */
export function getDetectionKey(rule: RuleName, source: string): string {
  if (rule === 'no-hardcoded-token') {
    const [token] = findTokens(source);
    if (token) return token.fingerprint;
  }
  return source.replace(/\s+/g, ' ').trim();
}
