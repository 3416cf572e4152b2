// What is about to be committed: the staged versions of added, copied, modified and renamed
// files, read from the index (not the working tree, which may differ). Works inside hooks:
// git inherits GIT_INDEX_FILE and friends from the environment.
import { getRepositoryLocation } from './find-git-root.js';
import { getCwdPath } from './get-cwd-path.js';
import { parseRawDiff } from './parse-raw-diff.js';
import { readBlobs } from './read-blobs.js';
import { runGit } from './run-git.js';

export interface StagedFile {
  /** Relative to cwd, '/'-separated; starts with '../' for staged files outside cwd. */
  path: string;
  /** Relative to the repository's top level. */
  repoPath: string;
  content: Buffer;
}

// Regular files only: 160000 is a submodule (gitlink), 120000 a symbolic link, whose blob is
// the link target rather than content.
const FILE_MODES = new Set(['100644', '100755']);

/** Every staged file of the repository (not only those under cwd), sorted by path. */
export async function getStagedFiles(cwd: string): Promise<StagedFile[]> {
  const { prefix } = await getRepositoryLocation(cwd);
  // --raw rather than --name-only: it carries each file's mode and staged blob id, so blobs are
  // fetched by id (a path with a newline cannot be written to cat-file's line-based input).
  const diff = await runDiff(cwd);
  const entries = parseRawDiff(diff).filter((entry) => FILE_MODES.has(entry.mode));
  const contents = await readBlobs(cwd, entries.map((entry) => entry.oid));
  const files: StagedFile[] = [];
  entries.forEach((entry, index) => {
    const content = contents[index];
    if (content !== undefined) files.push({ path: getCwdPath(prefix, entry.path), repoPath: entry.path, content });
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// T (type change) as well: a symbolic link replaced by a file has new content; the mode filter
// drops the opposite change.
function runDiff(cwd: string): Promise<Buffer> {
  return runGit(cwd, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-relative', '--no-ext-diff', '--no-color', '--diff-filter=ACMRT']);
}
