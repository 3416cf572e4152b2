// Where the repository is, for --staged and --since. Outside a work tree (or without git) the
// user gets one line instead of git's multi-line complaint.
import { existsSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { GitCommandError, runGit } from './run-git.js';

export interface RepositoryLocation {
  /** Absolute path of the work tree's top level, as git prints it. */
  root: string;
  /** cwd relative to `root`, '/'-separated, with a trailing '/' ('' at the top level). */
  prefix: string;
}

/** The absolute top level of the work tree that contains `cwd`. */
export async function findGitRoot(cwd: string): Promise<string> {
  return (await getRepositoryLocation(cwd)).root;
}

export async function getRepositoryLocation(cwd: string): Promise<RepositoryLocation> {
  let output: string;
  try {
    output = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix'])).toString('utf8');
  } catch (error) {
    if (error instanceof GitCommandError && error.notStarted && existsSync(cwd)) {
      throw new UsageError('git was not found on PATH (--staged and --since need it)');
    }
    throw new UsageError(`${cwd} is not inside a git repository (--staged and --since need one)`);
  }
  // Two lines: the top level, then the prefix (empty at the top level). Paths keep their spaces.
  const lines = output.split('\n');
  const root = lines[0] ?? '';
  if (root === '') throw new UsageError(`${cwd} is not inside a git work tree (--staged and --since need one)`);
  return { root, prefix: lines[1] ?? '' };
}
