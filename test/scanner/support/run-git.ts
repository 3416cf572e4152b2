import { execFileSync } from 'node:child_process';

// Identity, signing and hooks set per command so the machine's git config cannot interfere; GIT_*
// variables dropped so a test run from inside a git hook does not touch the outer repository.
const CONFIG = ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'init.defaultBranch=main'];

/** Runs git in `cwd`; throws with git's stderr when it fails. */
export function runGit(cwd: string, ...args: string[]): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  return execFileSync('git', [...CONFIG, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
