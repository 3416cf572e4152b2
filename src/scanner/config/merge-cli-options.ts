import type { ScanConfig } from './scan-config.js';

export interface CliConfigOptions {
  include: string[];
  exclude: string[];
  gitignore: boolean;
  maxFileSize: number;
  skipDirectories: string[];
  inlineIgnore: boolean;
}

/**
 * The config with command-line options applied, as a new object (`config` is left alone):
 * - `include` replaces the config's include (the command line narrows a scan on purpose);
 * - `exclude` adds to the config's exclude (a CLI run must not re-include what the config skips);
 * - `skipDirectories` replaces the config's list, so `[]` (--no-skip-dirs) enters every directory;
 * - `gitignore`, `inlineIgnore` and `maxFileSize` override.
 * Undefined fields leave the config's value. Callers validate CLI globs and sizes themselves.
 */
export function mergeCliOptions(config: Readonly<ScanConfig>, cli: Partial<CliConfigOptions>): ScanConfig {
  const merged = structuredClone(config) as ScanConfig;
  if (cli.include !== undefined) merged.include = [...cli.include];
  if (cli.exclude !== undefined) merged.exclude = [...new Set([...merged.exclude, ...cli.exclude])];
  if (cli.skipDirectories !== undefined) merged.skipDirectories = [...cli.skipDirectories];
  if (cli.gitignore !== undefined) merged.gitignore = cli.gitignore;
  if (cli.inlineIgnore !== undefined) merged.inlineIgnore = cli.inlineIgnore;
  if (cli.maxFileSize !== undefined) merged.maxFileSize = cli.maxFileSize;
  return merged;
}
