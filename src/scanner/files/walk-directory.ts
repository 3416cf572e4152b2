// An iterative directory walk (explicit stack, bounded concurrency): no recursion, so a
// 2,000-level tree cannot overflow, and no stat calls — entry types come from readdir.
// Symbolic links (to files or directories, loops included) and special files are never
// entered or returned; ignored and skipped directories are pruned before they are read.
//
// readdir follows a link, so a directory replaced by a link between being listed and being read
// would be read through it: one lstat after each read catches that. (A parent replaced later
// still redirects what is below it; closing that would cost a stat per file. See SECURITY.md.)
import { lstatSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Notice } from '../types.js';
import type { IgnoreChain, IgnoreRules } from './create-ignore-rules.js';
import { describeFileError } from './describe-file-error.js';

const CONCURRENCY = 32;

export interface WalkOptions {
  /** Absolute directory to walk. */
  root: string;
  /** `root` relative to cwd, '/'-separated ('' for cwd itself). */
  rootPath: string;
  /** The ignore levels that apply to the root's entries (its own .gitignore included). */
  rootChain: IgnoreChain;
  rules: IgnoreRules;
  skipDirectories: ReadonlySet<string>;
  /** Keeps only files whose path relative to the root matches (glob arguments). */
  match?: (pathFromRoot: string) => boolean;
  /** Deepest level of files to return, 1 = the root's own entries. */
  maxDepth?: number;
  onFile: (path: string, absolutePath: string) => void;
  onNotice: (notice: Notice) => void;
}

interface PendingDirectory {
  absolutePath: string;
  path: string;
  pathFromRoot: string;
  chain: IgnoreChain;
  depth: number;
}

export function walkDirectory(options: WalkOptions): Promise<void> {
  const stack: PendingDirectory[] = [
    { absolutePath: options.root, path: options.rootPath, pathFromRoot: '', chain: options.rootChain, depth: 0 },
  ];
  let active = 0;
  return new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      while (active < CONCURRENCY && stack.length > 0) {
        const directory = stack.pop()!;
        active++;
        visit(directory, options, stack).then(() => {
          active--;
          if (active === 0 && stack.length === 0) resolve();
          else pump();
        }, reject);
      }
    };
    pump();
  });
}

async function visit(directory: PendingDirectory, options: WalkOptions, stack: PendingDirectory[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory.absolutePath, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Vanished or replaced since it was listed: nothing left to scan there.
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    const shown = directory.path === '' ? '.' : directory.path;
    options.onNotice({ level: 'error', code: 'unreadable', path: shown, message: `Cannot read directory ${shown}: ${describeFileError(error)}` });
    return;
  }
  if (directory.depth > 0) {
    const change = getChange(directory.absolutePath);
    if (change === 'replaced') {
      const shown = directory.path;
      options.onNotice({ level: 'warning', code: 'symlink', path: shown, message: `Skipped directory ${shown}: it was replaced during the scan (symbolic links are not followed)` });
    }
    if (change !== undefined) return;
  }

  let chain = directory.chain;
  if (directory.depth > 0 && options.rules.gitignore) {
    let hasGit = false;
    let hasGitignore = false;
    for (const entry of entries) {
      if (entry.name === '.git') hasGit = true;
      else if (entry.name === '.gitignore' && entry.isFile()) hasGitignore = true;
    }
    if (hasGit || hasGitignore) chain = await options.rules.extendChain(directory.absolutePath, chain, { hasGit, hasGitignore });
  }

  const { rules, match, maxDepth = Infinity } = options;
  const depth = directory.depth + 1;
  const parentAbsolute = directory.absolutePath.endsWith(sep) ? directory.absolutePath : directory.absolutePath + sep;
  for (const entry of entries) {
    const name = entry.name;
    const absolutePath = parentAbsolute + name;
    const path = directory.path === '' ? name : `${directory.path}/${name}`;
    const pathFromRoot = directory.pathFromRoot === '' ? name : `${directory.pathFromRoot}/${name}`;
    if (entry.isDirectory()) {
      if (depth >= maxDepth || options.skipDirectories.has(name)) continue;
      if (rules.isIgnored(absolutePath, true, chain)) continue;
      stack.push({ absolutePath, path, pathFromRoot, chain, depth });
    } else if (entry.isFile()) {
      if (match !== undefined && !match(pathFromRoot)) continue;
      if (rules.isIgnored(absolutePath, false, chain)) continue;
      options.onFile(path, absolutePath);
    }
  }
}

/** Whether a directory just read is still one. Synchronous: one system call, cheaper than a thread-pool round trip. */
function getChange(absolutePath: string): 'replaced' | 'gone' | undefined {
  try {
    return lstatSync(absolutePath).isDirectory() ? undefined : 'replaced';
  } catch {
    return 'gone';
  }
}
