import { redactTokens } from '../../tokens/index.js';
// The baseline file: `{ "version": 1, "tool": "intercom-auth-scan", "findings": [...] }`. Built for
// stable diffs: no timestamps, line numbers, messages or tokens; sorted entries; 2-space JSON.
import type { RuleName } from '../types.js';

export const BASELINE_VERSION = 1;
export const BASELINE_TOOL = 'intercom-auth-scan';

export interface BaselineEntry {
  /** Bare rule name; the file spells it `intercom-auth/<name>`. */
  rule: RuleName;
  /** `/`-separated path relative to the working directory, as in Finding.path. */
  path: string;
  /** Finding.hash (see getFindingHash). */
  hash: string;
  /** How many identical findings it hides; the file omits it when 1. */
  count: number;
}

export interface Baseline {
  entries: BaselineEntry[];
}

/** The baseline's identity of a finding or entry. */
export const getEntryKey = (rule: string, path: string, hash: string): string => `${rule}\0${path}\0${hash}`;

/**
 * The path as a baseline stores it: tokens in file names masked, like every other output, so a
 * baseline never holds a secret (the finding's hash still tells such files apart).
 */
export const getBaselinePath = (path: string): string => redactTokens(path);
