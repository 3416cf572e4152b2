import type { Finding } from '../types.js';
import { getBaselinePath, getEntryKey, type Baseline, type BaselineEntry } from './baseline-format.js';

export interface BaselineResult {
  kept: Finding[];
  baselined: Finding[];
  /** Entries, or the unmatched part of their counts, that matched no finding: fixed or moved. */
  stale: BaselineEntry[];
}

/**
 * Hides the findings the baseline lists. An entry with `count: n` hides at most n identical
 * findings (same rule, path and hash), the first n in `findings` order; any more are new. Meta
 * findings never match: the baseline cannot list them.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const remaining = new Map<string, number>();
  for (const entry of baseline.entries) {
    const key = getEntryKey(entry.rule, entry.path, entry.hash);
    remaining.set(key, (remaining.get(key) ?? 0) + entry.count);
  }
  const result: BaselineResult = { kept: [], baselined: [], stale: [] };
  for (const finding of findings) {
    const key = getEntryKey(finding.rule, getBaselinePath(finding.path), finding.hash);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      result.baselined.push(finding);
    } else result.kept.push(finding);
  }
  for (const entry of baseline.entries) {
    const key = getEntryKey(entry.rule, entry.path, entry.hash);
    const left = remaining.get(key) ?? 0;
    if (left === 0) continue;
    // Repeated entries share one counter: report what is left once, on the first of them.
    remaining.set(key, 0);
    result.stale.push({ ...entry, count: left });
  }
  return result;
}
