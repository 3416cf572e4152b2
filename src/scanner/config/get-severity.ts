import type { RuleSeverity } from './scan-config.js';

const SEVERITIES: ReadonlyMap<unknown, RuleSeverity> = new Map<unknown, RuleSeverity>([
  ['error', 'error'], ['warn', 'warn'], ['off', 'off'],
  [2, 'error'], [1, 'warn'], [0, 'off'],
]);

/** An ESLint-style severity (`"error"`, `"warn"`, `"off"`, 2, 1, 0) in its word form, or undefined. */
export function getSeverity(value: unknown): RuleSeverity | undefined {
  return SEVERITIES.get(value);
}
