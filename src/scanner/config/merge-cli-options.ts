import { UsageError } from '../usage-error.js';
import { getGlobProblem } from './get-glob-problem.js';
import { getQuotedText } from './get-quoted-text.js';
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
 * Undefined fields leave the config's value. Globs and directory names are checked as the config's
 * are (a typo in `--include` must not scan nothing and pass); callers parse sizes themselves.
 */
export function mergeCliOptions(config: Readonly<ScanConfig>, cli: Partial<CliConfigOptions>): ScanConfig {
  checkGlobs('--include', cli.include);
  checkGlobs('--exclude', cli.exclude);
  for (const name of cli.skipDirectories ?? []) {
    if (name === '' || /[\\/]/.test(name)) throw new UsageError(`--skip-dir ${getQuotedText(name)}: expected a directory name without "/" (use --exclude for paths)`);
  }
  const merged = structuredClone(config) as ScanConfig;
  if (cli.include !== undefined) merged.include = [...cli.include];
  if (cli.exclude !== undefined) merged.exclude = [...new Set([...merged.exclude, ...cli.exclude])];
  if (cli.skipDirectories !== undefined) merged.skipDirectories = [...cli.skipDirectories];
  if (cli.gitignore !== undefined) merged.gitignore = cli.gitignore;
  if (cli.inlineIgnore !== undefined) merged.inlineIgnore = cli.inlineIgnore;
  if (cli.maxFileSize !== undefined) merged.maxFileSize = cli.maxFileSize;
  return merged;
}

function checkGlobs(flag: string, globs: readonly string[] | undefined): void {
  for (const glob of globs ?? []) {
    const problem = getGlobProblem(glob);
    if (problem !== undefined) throw new UsageError(`${flag} ${getQuotedText(glob)}: ${problem}`);
  }
}
