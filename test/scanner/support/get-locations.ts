import type { JsonFinding } from '../../../src/scanner/report/index.js';

/**
 * `path:line:column rule` per finding, in the report's order (sorted by path and position):
 * compact and readable in a failed expectation, and free of token text. `rules` (bare names)
 * keeps only those rules, so a test about tokens is not broken by a new copy detector.
 */
export function getLocations(findings: readonly JsonFinding[], rules?: readonly string[]): string[] {
  return findings
    .map((f) => ({ f, rule: f.rule.replace(/^intercom-auth\//, '') }))
    .filter(({ rule }) => rules === undefined || rules.includes(rule))
    .map(({ f, rule }) => `${f.path}:${f.line}:${f.column} ${rule}`);
}
