import { META_RULE_NAMES, type Finding, type RuleName } from '../types.js';
import { getBaselinePath, getEntryKey, type Baseline, type BaselineEntry } from './baseline-format.js';

/**
 * The baseline that hides `findings`: one entry per rule/path/hash, identical findings counted,
 * sorted by path, rule, hash. Meta findings (`invalid-suppression`) are never baselined: a
 * suppression without a reason has to be fixed, not accepted.
 */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if ((META_RULE_NAMES as readonly string[]).includes(finding.rule)) continue;
    const key = getEntryKey(finding.rule, getBaselinePath(finding.path), finding.hash);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { rule: finding.rule as RuleName, path: getBaselinePath(finding.path), hash: finding.hash, count: 1 });
  }
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const entries = [...byKey.values()].sort(
    (a, b) => compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.hash, b.hash),
  );
  return { entries };
}
