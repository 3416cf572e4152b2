import type { TSESLint } from '@typescript-eslint/utils';
import noHardcodedToken from '../rules/no-hardcoded-token.js';
import noTokenSolicitation from '../rules/no-token-solicitation.js';
import noUserSuppliedToken from '../rules/no-user-supplied-token.js';
import { NAMESPACE, PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';

export const rules = {
  'no-hardcoded-token': noHardcodedToken,
  'no-user-supplied-token': noUserSuppliedToken,
  'no-token-solicitation': noTokenSolicitation,
} as const;

type RuleName = keyof typeof rules;
type RuleEntry = TSESLint.SharedConfig.RuleEntry;

interface IntercomAuthPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config; strict: TSESLint.FlatConfig.Config };
}

const plugin: IntercomAuthPlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  rules,
  // Filled in below: configs reference the plugin object itself.
  configs: {} as IntercomAuthPlugin['configs'],
};

/** Builds a config from rule metadata, so no hand-kept list can drift from the rules. */
function buildConfig(name: 'recommended' | 'strict'): TSESLint.FlatConfig.Config {
  const entries: Record<string, RuleEntry> = {};
  for (const [ruleName, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const docs = rule.meta.docs;
    if (!docs?.recommended) continue;
    const strictOptions = name === 'strict' ? docs.strictOptions : undefined;
    entries[`${NAMESPACE}/${ruleName}`] = strictOptions ? ['error', ...strictOptions] : 'error';
  }
  return {
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: entries,
  };
}

plugin.configs.recommended = buildConfig('recommended');
plugin.configs.strict = buildConfig('strict');

export const configs = plugin.configs;
export const meta = plugin.meta;
// `module.exports` export name: `require()` of this ESM entry returns the plugin itself on Node 20.19+.
export { plugin as default, plugin as 'module.exports' };
