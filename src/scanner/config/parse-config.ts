// Validates a config object strictly and normalises it. Each problem is one UsageError line:
// `<file>: <key path>: expected …`. Values are never echoed (a misplaced token must not reach a
// CI log); keys are quoted through getQuotedText.
import { mightContainToken } from '../../tokens/index.js';
import plugin from '../../index.js';
import { RULE_NAMES, type RuleName } from '../types.js';
import { UsageError } from '../usage-error.js';
import { CONFIG_KEYS } from './config-keys.js';
import { createDefaultConfig } from './default-config.js';
import { findSchemaError, getKeyPath, type RuleSchema } from './find-schema-error.js';
import { getGlobProblem } from './get-glob-problem.js';
import { getQuotedText } from './get-quoted-text.js';
import { getRuleName } from './get-rule-name.js';
import { getSeverity } from './get-severity.js';
import { parseSize } from './parse-size.js';
import type { ScanConfig } from './scan-config.js';

const FINGERPRINT = /^[0-9a-f]{64}$/;
const SEVERITY_EXPECTED = 'expected "error", "warn", "off" or [severity, options]';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `data` (a parsed config) as a ScanConfig; `label` names its source in errors. */
export function parseConfig(data: unknown, label: string): ScanConfig {
  const fail = (path: string, expected: string): never => {
    throw new UsageError(`${label}: ${path}${path ? ': ' : ''}${expected}`);
  };
  if (!isObject(data)) return fail('', 'expected a JSON object');
  const config = createDefaultConfig();

  for (const [key, value] of Object.entries(data)) {
    switch (key as (typeof CONFIG_KEYS)[number]) {
      case '$schema':
        if (typeof value !== 'string') fail(key, 'expected a string');
        break;
      case 'include':
      case 'exclude':
        config[key as 'include' | 'exclude'] = getStrings(value, key, fail).map((glob, index) => {
          const problem = getGlobProblem(glob);
          return problem === undefined ? glob : fail(`${key}[${index}]`, problem);
        });
        break;
      case 'gitignore':
      case 'inlineIgnore':
        if (typeof value !== 'boolean') fail(key, 'expected true or false');
        config[key as 'gitignore' | 'inlineIgnore'] = value as boolean;
        break;
      case 'skipDirectories':
        config.skipDirectories = getStrings(value, key, fail).map((name, index) =>
          name !== '' && !/[\\/]/.test(name) ? name : fail(`${key}[${index}]`, 'expected a directory name without "/" (use "exclude" for paths)'),
        );
        break;
      case 'maxFileSize':
        config.maxFileSize = getSize(value, fail);
        break;
      case 'allowedTokens':
        config.allowedTokens = getStrings(value, key, fail).map((item, index) => {
          if (FINGERPRINT.test(item)) return item;
          const hint = mightContainToken(item) ? ', not the token itself' : '';
          return fail(`${key}[${index}]`, `expected a sha256 fingerprint (64 lowercase hex characters)${hint}`);
        });
        break;
      case 'rules':
        parseRules(value, config, fail);
        break;
      default:
        fail(getKeyPath(key).replace(/^\./, ''), `unknown key; expected one of ${CONFIG_KEYS.join(', ')}`);
    }
  }

  // allowedTokens is a shortcut for no-hardcoded-token's allowedFingerprints.
  if (config.allowedTokens.length > 0) {
    const options = config.rules['no-hardcoded-token'].options;
    const current = Array.isArray(options.allowedFingerprints) ? (options.allowedFingerprints as string[]) : [];
    options.allowedFingerprints = [...new Set([...current, ...config.allowedTokens])];
  }
  return config;
}

type Fail = (path: string, expected: string) => never;

function getStrings(value: unknown, key: string, fail: Fail): string[] {
  if (!Array.isArray(value)) return fail(key, 'expected an array of strings');
  return value.map((item: unknown, index) => (typeof item === 'string' ? item : fail(`${key}[${index}]`, 'expected a string')));
}

function getSize(value: unknown, fail: Fail): number {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value > 0 ? value : fail('maxFileSize', 'expected a positive whole number of bytes or a size such as "64MB"');
  }
  if (typeof value !== 'string') return fail('maxFileSize', 'expected a number of bytes or a size such as "64MB"');
  try {
    return parseSize(value);
  } catch (error) {
    return fail('maxFileSize', (error as Error).message);
  }
}

function parseRules(value: unknown, config: ScanConfig, fail: Fail): void {
  if (!isObject(value)) return fail('rules', 'expected an object mapping rule names to severities');
  const seen = new Map<RuleName, string>();
  for (const [key, entry] of Object.entries(value)) {
    const path = `rules[${getQuotedText(key)}]`;
    const name = getRuleName(key);
    if (name === undefined) return fail(path, `unknown rule; expected one of ${RULE_NAMES.map((r) => `"${r}"`).join(', ')}`);
    const earlier = seen.get(name);
    if (earlier !== undefined) return fail(path, `set twice (also as rules[${getQuotedText(earlier)}])`);
    seen.set(name, key);

    const [level, ...rest] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
    const severity = getSeverity(level);
    if (severity === undefined) return fail(Array.isArray(entry) ? `${path}[0]` : path, SEVERITY_EXPECTED);
    const schemas = plugin.rules[name].meta.schema as RuleSchema[];
    if (rest.length > schemas.length) return fail(path, SEVERITY_EXPECTED);
    const options: Record<string, unknown> = { ...config.rules[name].options };
    if (rest.length > 0) {
      const error = findSchemaError(rest[0], schemas[0]!, `${path}[1]`);
      if (error) return fail(error.path, error.expected);
      Object.assign(options, structuredClone(rest[0]));
    }
    config.rules[name] = { severity, options };
  }
}
