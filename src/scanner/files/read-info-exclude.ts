// The repository-local exclude file (`$GIT_DIR/info/exclude`), which git applies beneath every
// .gitignore. `.git` may be a directory or, in linked worktrees and submodules, a file pointing
// at the real git directory; worktrees keep info/ in the shared ("common") directory.
import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The text of the info/exclude file of the work tree rooted at `root`, if there is one. */
export async function readInfoExclude(root: string): Promise<string | undefined> {
  const dotGit = join(root, '.git');
  const stats = await lstat(dotGit).catch(() => undefined);
  if (stats === undefined) return undefined;
  let gitDirectory = dotGit;
  if (stats.isFile()) {
    const pointer = await readText(dotGit);
    if (pointer === undefined || !pointer.startsWith('gitdir:')) return undefined;
    gitDirectory = resolve(root, pointer.slice('gitdir:'.length).trim());
  } else if (!stats.isDirectory()) {
    return undefined;
  }
  const common = await readText(join(gitDirectory, 'commondir'));
  if (common !== undefined && common.trim() !== '') gitDirectory = resolve(gitDirectory, common.trim());
  return readText(join(gitDirectory, 'info', 'exclude'));
}

function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}
