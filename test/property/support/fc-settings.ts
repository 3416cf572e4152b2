// Shared fast-check parameters: a fixed seed so CI replays the same cases, a moderate number of
// runs, both overridable from the environment, and a reporter that never prints a whole token.
import fc from 'fast-check';
import { maskSecrets } from './mask-secrets.js';

/** The seed CI runs with. Any failure report prints the seed and path that replay it. */
export const DEFAULT_SEED = 20_240_605;

function readInteger(name: string, min: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

export interface PropertySettingsOptions {
  /** Runs when the environment does not say. */
  numRuns: number;
  /** The variable that overrides numRuns: `FC_NUM_RUNS`, or `FC_CLI_NUM_RUNS` for costly properties. */
  numRunsVariable?: 'FC_NUM_RUNS' | 'FC_CLI_NUM_RUNS';
}

/**
 * Parameters for `fc.assert`. On failure the report (seed, path, shrunk counterexample, the
 * assertion's message) is thrown as a new error with every token-like string masked, and without
 * the original error attached, so neither vitest nor fast-check can print a token.
 */
export function getPropertySettings<T>(options: PropertySettingsOptions): fc.Parameters<T> {
  return {
    seed: readInteger('FC_SEED', -(2 ** 31)) ?? DEFAULT_SEED,
    numRuns: readInteger(options.numRunsVariable ?? 'FC_NUM_RUNS', 1) ?? options.numRuns,
    includeErrorInReport: true,
    reporter(details) {
      if (!details.failed) return;
      throw new Error(maskSecrets(fc.defaultReportMessage(details) ?? 'property failed'));
    },
  };
}

/** A vitest timeout that grows with the runs asked for, so FC_NUM_RUNS=10000 is not cut short. */
export function getPropertyTimeout(options: PropertySettingsOptions, msPerRun: number): number {
  const numRuns = readInteger(options.numRunsVariable ?? 'FC_NUM_RUNS', 1) ?? options.numRuns;
  return Math.max(30_000, numRuns * msPerRun * 4);
}
