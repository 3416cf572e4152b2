import { NAMESPACE } from '../../package-meta.js';
import { getKeyPath } from '../config/find-schema-error.js';
import { getRuleName } from '../config/get-rule-name.js';
import { readJsonFile } from '../config/read-json-file.js';
import { RULE_NAMES } from '../types.js';
import { UsageError } from '../usage-error.js';
import { BASELINE_TOOL, BASELINE_VERSION, getEntryKey, type Baseline, type BaselineEntry } from './baseline-format.js';

const TOP_KEYS = ['version', 'tool', 'findings'];
const ENTRY_KEYS = ['rule', 'path', 'hash', 'count'];
const HASH = /^[0-9a-fA-F]{64}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads and validates a baseline file. Every problem is a one-line UsageError naming the file and
 * the entry: a baseline that silently matched nothing would bring back every old finding.
 */
export function readBaseline(file: string): Baseline {
  const data = readJsonFile(file, file, 'baseline file');
  const fail = (where: string, what: string): never => {
    throw new UsageError(`${file}: ${where}${where ? ': ' : ''}${what}`);
  };
  if (!isObject(data)) return fail('', `expected a JSON object with ${TOP_KEYS.join(', ')} (an ${BASELINE_TOOL} baseline)`);
  checkKeys(data, TOP_KEYS, '', fail);
  if (data.version !== BASELINE_VERSION) {
    fail('version', `expected ${BASELINE_VERSION}${typeof data.version === 'number' ? `, found ${data.version} (written by another version of ${BASELINE_TOOL}?)` : ''}`);
  }
  if (data.tool !== BASELINE_TOOL) fail('tool', `expected "${BASELINE_TOOL}"`);
  if (!Array.isArray(data.findings)) return fail('findings', 'expected an array');

  const byKey = new Map<string, BaselineEntry>();
  data.findings.forEach((item: unknown, index) => {
    const where = `findings[${index}]`;
    if (!isObject(item)) return fail(where, 'expected an object with rule, path and hash');
    checkKeys(item, ENTRY_KEYS, where, fail);
    const rule = typeof item.rule === 'string' && item.rule.startsWith(`${NAMESPACE}/`) ? getRuleName(item.rule) : undefined;
    if (rule === undefined) return fail(`${where}.rule`, `expected one of ${RULE_NAMES.map((r) => `"${NAMESPACE}/${r}"`).join(', ')}`);
    if (typeof item.path !== 'string' || item.path === '') return fail(`${where}.path`, 'expected a non-empty path');
    if (typeof item.hash !== 'string' || !HASH.test(item.hash)) return fail(`${where}.hash`, 'expected a 64-character hex string');
    const count = item.count ?? 1;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return fail(`${where}.count`, 'expected a positive integer');
    // Hand-merged baselines may repeat an entry: the counts add up.
    const hash = item.hash.toLowerCase();
    const key = getEntryKey(rule, item.path, hash);
    const existing = byKey.get(key);
    if (existing) existing.count += count;
    else byKey.set(key, { rule, path: item.path, hash, count });
  });
  return { entries: [...byKey.values()] };
}

function checkKeys(value: Record<string, unknown>, allowed: string[], where: string, fail: (where: string, what: string) => never): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${where}${getKeyPath(key)}`.replace(/^\./, ''), `unknown key; expected ${allowed.join(', ')}`);
  }
}
