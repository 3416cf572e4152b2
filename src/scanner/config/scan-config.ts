import type { RuleName } from '../types.js';

export type RuleSeverity = 'error' | 'warn' | 'off';

export interface RuleConfig {
  severity: RuleSeverity;
  /** The rule's options object: its defaults with the config's options over them. */
  options: Record<string, unknown>;
}

/** The scanner's settings after validation: every field present, every rule listed. */
export interface ScanConfig {
  /** picomatch globs relative to the working directory; empty means every file. */
  include: string[];
  /** picomatch globs relative to the working directory. */
  exclude: string[];
  /** Respect .gitignore files and .git/info/exclude. */
  gitignore: boolean;
  /** Directory names never entered. */
  skipDirectories: string[];
  /** Larger files are skipped with a notice. In bytes. */
  maxFileSize: number;
  rules: Record<RuleName, RuleConfig>;
  /** sha256 fingerprints of example tokens to allow; already merged into no-hardcoded-token's `allowedFingerprints`. */
  allowedTokens: string[];
  /** Honour `intercom-auth-ignore` directives (and `eslint-disable` comments in scripts). */
  inlineIgnore: boolean;
}
