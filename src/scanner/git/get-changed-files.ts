// Files changed on this branch since it left `rev`: the `rev...HEAD` (merge-base) diff that
// pull-request tools show, so commits made on `rev` meanwhile do not count.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../usage-error.js';
import { getRepositoryLocation } from './find-git-root.js';
import { getCwdPath } from './get-cwd-path.js';
import { GitCommandError, runGit } from './run-git.js';

/** Paths relative to cwd ('../' for those outside it), sorted; only those present in the working tree (directories such as submodules left out). */
export async function getChangedFiles(cwd: string, rev: string): Promise<string[]> {
  // A revision starting with '-' would be read as an option.
  if (rev === '' || rev.startsWith('-')) throw new UsageError(`Invalid revision for --since: "${rev}"`);
  const { prefix } = await getRepositoryLocation(cwd);
  let output: Buffer;
  try {
    // The trailing `--` keeps git from guessing whether the argument is a path.
    output = await runGit(cwd, ['diff', '--name-only', '-z', '--no-relative', '--no-ext-diff', '--no-color', '--diff-filter=ACMRT', `${rev}...HEAD`, '--']);
  } catch (error) {
    if (error instanceof GitCommandError && !error.notStarted) throw new UsageError(`Cannot compare with "${rev}" (--since): ${error.reason}`);
    throw error;
  }
  const paths = output.toString('utf8').split('\0').filter((path) => path !== '').map((path) => getCwdPath(prefix, path));
  const present = await Promise.all(paths.map(async (path) => {
    const stats = await lstat(join(cwd, path)).catch(() => undefined);
    return stats !== undefined && !stats.isDirectory();
  }));
  return paths.filter((_, index) => present[index]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
