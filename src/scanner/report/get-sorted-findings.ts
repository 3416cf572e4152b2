import type { Finding } from '../types.js';

// Code-unit order, not localeCompare: output must not depend on the machine's locale.
const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Findings by path, then position, then rule: identical reports give identical output. */
export function getSortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compare(a.path, b.path) ||
      compare(a.line, b.line) ||
      compare(a.column, b.column) ||
      compare(a.rule, b.rule) ||
      compare(a.hash, b.hash),
  );
}
