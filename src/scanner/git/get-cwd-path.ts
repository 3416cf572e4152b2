// A repository path ('/'-separated, from the top level) as a path relative to cwd, given cwd's
// prefix in the repository: 'src/a.ts' seen from 'src/' is 'a.ts', from 'docs/' '../src/a.ts'.
import { posix } from 'node:path';

export function getCwdPath(prefix: string, repoPath: string): string {
  return posix.relative(`/${prefix}`, `/${repoPath}`);
}
