export { CONFIG_FILE_NAME, PACKAGE_JSON_KEY } from './config-keys.js';
export { createDefaultConfig, DEFAULT_CONFIG } from './default-config.js';
export { getGlobProblem } from './get-glob-problem.js';
export { getRuleName } from './get-rule-name.js';
export { loadConfig, type LoadedConfig } from './load-config.js';
export { mergeCliOptions, type CliConfigOptions } from './merge-cli-options.js';
export { parseConfig } from './parse-config.js';
export { parseSize } from './parse-size.js';
export type { RuleConfig, RuleSeverity, ScanConfig } from './scan-config.js';
