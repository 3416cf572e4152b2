import * as tsParser from '@typescript-eslint/parser';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The parsers a case runs under: plain JS, JS with JSX (espree), and TS/TSX (typescript-eslint). */
export type ParserName = 'js' | 'jsx' | 'ts';
export const ALL_PARSERS: readonly ParserName[] = ['js', 'jsx', 'ts'];

const languageOptionsFor: Record<ParserName, TSESLint.FlatConfig.LanguageOptions> = {
  js: { parser: espree as unknown as TSESLint.FlatConfig.Parser, ecmaVersion: 'latest', sourceType: 'module' },
  jsx: {
    parser: espree as unknown as TSESLint.FlatConfig.Parser,
    ecmaVersion: 'latest',
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
  ts: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
};
const filenameFor: Record<ParserName, string> = { js: 'file.js', jsx: 'file.jsx', ts: 'file.tsx' };

/** A case may list the parsers it is meant for (JSX needs 'jsx'/'ts'; TS syntax needs 'ts'). */
type WithParsers<T> = T & { parsers?: readonly ParserName[] };

export interface Cases<MessageIds extends string, Options extends readonly unknown[]> {
  valid: (string | WithParsers<ValidTestCase<Options>>)[];
  invalid: WithParsers<InvalidTestCase<MessageIds, Options>>[];
}

/** Guess which parsers a snippet can run under when the case doesn't say. */
function defaultParsers(code: string): readonly ParserName[] {
  const looksJsx = /<[A-Za-z][\w.]*[\s/>]/.test(code) && /(\/>|<\/)/.test(code);
  return looksJsx ? ['jsx', 'ts'] : ALL_PARSERS;
}

/**
 * Runs every case under each parser it applies to, so a rule is shown to work the same on
 * espree (JS, JSX) and @typescript-eslint/parser (TS, TSX).
 */
export function runRuleTests<MessageIds extends string, Options extends readonly unknown[]>(
  ruleName: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  cases: Cases<MessageIds, Options>,
): void {
  for (const parser of ALL_PARSERS) {
    const tester = new RuleTester({ languageOptions: languageOptionsFor[parser] });
    const pick = <T extends { code: string; parsers?: readonly ParserName[] }>(c: T) =>
      (c.parsers ?? defaultParsers(c.code)).includes(parser);
    const strip = <T extends { parsers?: readonly ParserName[] }>({ parsers: _p, ...rest }: T) => rest;
    const valid = cases.valid
      .map((c) => (typeof c === 'string' ? { code: c } : c))
      .filter(pick)
      .map((c) => ({ filename: filenameFor[parser], ...strip(c) }) as ValidTestCase<Options>);
    const invalid = cases.invalid
      .filter(pick)
      .map((c) => ({ filename: filenameFor[parser], ...strip(c) }) as InvalidTestCase<MessageIds, Options>);
    if (valid.length === 0 && invalid.length === 0) continue;
    tester.run(`${ruleName} (${parser})`, rule, { valid, invalid });
  }
}
