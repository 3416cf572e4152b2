import plugin from '../../index.js';
import { NAMESPACE } from '../../package-meta.js';
import { DEFAULT_MAX_FILE_SIZE_TEXT } from './config-keys.js';
import { getSeverity } from './get-severity.js';
import { parseSize } from './parse-size.js';
import { RULE_NAMES, type RuleName } from '../types.js';
import type { RuleConfig, ScanConfig } from './scan-config.js';

/**
 * A fresh copy of the defaults. Rule severities and options come from the plugin's recommended
 * config and each rule's `defaultOptions`, so the scanner and `configs.recommended` agree.
 */
export function createDefaultConfig(): ScanConfig {
  const rules = {} as Record<RuleName, RuleConfig>;
  for (const name of RULE_NAMES) {
    const entry: unknown = plugin.configs.recommended.rules?.[`${NAMESPACE}/${name}`];
    const [level, options] = Array.isArray(entry) ? entry : [entry];
    rules[name] = {
      severity: getSeverity(level) ?? 'off',
      options: structuredClone({ ...(plugin.rules[name].defaultOptions?.[0] as object | undefined), ...(options as object | undefined) }),
    };
  }
  return {
    include: [],
    exclude: [],
    gitignore: true,
    skipDirectories: ['.git', 'node_modules'],
    maxFileSize: parseSize(DEFAULT_MAX_FILE_SIZE_TEXT),
    rules,
    allowedTokens: [],
    inlineIgnore: true,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The settings when no config exists. Frozen: use createDefaultConfig() for a copy to change. */
export const DEFAULT_CONFIG: Readonly<ScanConfig> = deepFreeze(createDefaultConfig());
