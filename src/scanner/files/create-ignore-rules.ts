// Which paths .gitignore files (plus info/exclude) and `.intercom-auth-ignore` exclude.
//
// Git's precedence: the .gitignore nearest to a path beats those above it, info/exclude comes
// last, the last matching pattern within one file wins, and nothing below an excluded directory
// can be re-included. Each file is parsed once into an `ignore` matcher ("level"); a directory's
// chain is the list of levels that apply to its entries, shallowest first.
import { lstat, readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import ignore from 'ignore';
import { readInfoExclude } from './read-info-exclude.js';

export const LOCAL_IGNORE_FILE = '.intercom-auth-ignore';

export interface IgnoreLevel {
  /** Absolute directory the patterns are relative to. */
  readonly base: string;
  /** Length of `base` plus its trailing separator: slicing a descendant's path by it gives the relative path. */
  readonly prefixLength: number;
  readonly matcher: ignore.Ignore;
  /** Every pattern is a bare name (no '/' but a trailing one): only the basename can match. */
  readonly basenameOnly: boolean;
}

export type IgnoreChain = readonly IgnoreLevel[];

interface ChainEntry {
  readonly chain: IgnoreChain;
  /** Outside a repository only .gitignore files at or below cwd count. */
  readonly inRepository: boolean;
}

export interface IgnoreRules {
  readonly gitignore: boolean;
  /** The levels for a directory's entries, read from the top of its repository down (cached). */
  getChain(directory: string): Promise<IgnoreChain>;
  /** The chain for a directory met during a walk, from its parent's chain and its own listing. */
  extendChain(directory: string, parentChain: IgnoreChain, names: { hasGit: boolean; hasGitignore: boolean }): Promise<IgnoreChain>;
  /** Whether an entry whose directory is not excluded is ignored, given that directory's chain. */
  isIgnored(absolutePath: string, isDirectory: boolean, chain: IgnoreChain): boolean;
  /** Whether a path named on its own is ignored, itself or through an ancestor below cwd. */
  isPathIgnored(absolutePath: string, isDirectory: boolean): Promise<boolean>;
}

/** `cwd` must be absolute and normalized. */
export async function createIgnoreRules(options: { cwd: string; gitignore: boolean }): Promise<IgnoreRules> {
  const { cwd, gitignore } = options;
  const cwdPrefix = withSeparator(cwd);
  const localText = await readRegularFile(join(cwd, LOCAL_IGNORE_FILE));
  const local: IgnoreChain = localText === undefined ? [] : [createLevel(cwd, localText)];
  const chains = new Map<string, ChainEntry>();
  const ignoredDirectories = new Map<string, boolean>();

  const isAtOrBelowCwd = (path: string): boolean => path === cwd || path.startsWith(cwdPrefix);
  const containsCwd = (path: string): boolean => path === cwd || cwd.startsWith(withSeparator(path));

  const isLocallyIgnored = (absolutePath: string, isDirectory: boolean): boolean => {
    if (local.length === 0 || !absolutePath.startsWith(cwdPrefix)) return false;
    return isIgnoredByChain(local, absolutePath, isDirectory);
  };

  const isIgnored = (absolutePath: string, isDirectory: boolean, chain: IgnoreChain): boolean =>
    (gitignore && isIgnoredByChain(chain, absolutePath, isDirectory)) || isLocallyIgnored(absolutePath, isDirectory);

  // Each ignore file is read and parsed once, however many walks and named paths reach it.
  const levels = new Map<string, Promise<IgnoreLevel | undefined>>();
  const getLevel = (directory: string, kind: 'gitignore' | 'exclude'): Promise<IgnoreLevel | undefined> => {
    const key = `${kind}:${directory}`;
    let level = levels.get(key);
    if (level === undefined) {
      const text = kind === 'gitignore' ? readRegularFile(join(directory, '.gitignore')) : readInfoExclude(directory);
      level = text.then((content) => (content === undefined ? undefined : createLevel(directory, content)));
      levels.set(key, level);
    }
    return level;
  };

  const addGitignore = async (chain: IgnoreChain, directory: string): Promise<IgnoreChain> => {
    const level = await getLevel(directory, 'gitignore');
    return level === undefined ? chain : [...chain, level];
  };

  // A repository root starts a fresh chain: a nested repository does not inherit its parent's rules.
  const startRepositoryChain = async (root: string, hasGitignore: boolean): Promise<IgnoreChain> => {
    const exclude = await getLevel(root, 'exclude');
    const chain: IgnoreChain = exclude === undefined ? [] : [exclude];
    return hasGitignore ? addGitignore(chain, root) : chain;
  };

  const getChain = async (directory: string): Promise<IgnoreChain> => {
    if (!gitignore) return [];
    // Walk up (iteratively) to a cached directory, a repository root or the file-system root.
    const pending: string[] = [];
    let current = directory;
    let above: ChainEntry | undefined;
    let repositoryRoot: string | undefined;
    for (;;) {
      above = chains.get(current);
      if (above !== undefined) break;
      pending.push(current);
      if (await exists(join(current, '.git'))) {
        repositoryRoot = current;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    let entry: ChainEntry = above ?? { chain: [], inRepository: false };
    for (let index = pending.length - 1; index >= 0; index--) {
      const path = pending[index]!;
      if (path === repositoryRoot) entry = { chain: await startRepositoryChain(path, true), inRepository: true };
      else if (entry.inRepository || isAtOrBelowCwd(path)) entry = { chain: await addGitignore(entry.chain, path), inRepository: entry.inRepository };
      chains.set(path, entry);
    }
    return entry.chain;
  };

  const extendChain: IgnoreRules['extendChain'] = async (directory, parentChain, names) => {
    if (!gitignore) return parentChain;
    if (names.hasGit) return startRepositoryChain(directory, names.hasGitignore);
    return names.hasGitignore ? addGitignore(parentChain, directory) : parentChain;
  };

  // Directories that contain cwd are never ignored: the user is working inside them.
  const isDirectoryIgnored = async (directory: string): Promise<boolean> => {
    const pending: string[] = [];
    let current = directory;
    let ignored = false;
    for (;;) {
      const cached = ignoredDirectories.get(current);
      if (cached !== undefined) {
        ignored = cached;
        break;
      }
      const parent = dirname(current);
      if (parent === current || containsCwd(current)) {
        ignoredDirectories.set(current, false);
        break;
      }
      pending.push(current);
      current = parent;
    }
    for (let index = pending.length - 1; index >= 0; index--) {
      const path = pending[index]!;
      if (!ignored) ignored = isIgnored(path, true, await getChain(dirname(path)));
      ignoredDirectories.set(path, ignored);
    }
    return ignored;
  };

  const isPathIgnored = async (absolutePath: string, isDirectory: boolean): Promise<boolean> => {
    if (isDirectory && containsCwd(absolutePath)) return false;
    const parent = dirname(absolutePath);
    if (await isDirectoryIgnored(parent)) return true;
    return isIgnored(absolutePath, isDirectory, await getChain(parent));
  };

  return { gitignore, getChain, extendChain, isIgnored, isPathIgnored };
}

/**
 * The deepest level with an opinion decides. The `ignore` package also reports a path as
 * ignored when its parent directory is; callers only ask about entries whose directories are
 * not excluded, so such a level was overruled by a deeper file and has no say here.
 */
function isIgnoredByChain(chain: IgnoreChain, absolutePath: string, isDirectory: boolean): boolean {
  for (let index = chain.length - 1; index >= 0; index--) {
    const level = chain[index]!;
    if (absolutePath.length <= level.prefixLength) continue;
    if (level.basenameOnly) {
      // The path itself, as git tests it: no directory above it can be involved. Keys the
      // package's result cache by name rather than by every path of the tree.
      const name = absolutePath.slice(absolutePath.lastIndexOf(sep) + 1);
      const result = level.matcher.test(isDirectory ? `${name}/` : name);
      if (result.ignored || result.unignored) return result.ignored;
      continue;
    }
    const relative = toSlashes(absolutePath.slice(level.prefixLength));
    const result = level.matcher.test(isDirectory ? `${relative}/` : relative);
    if (result.unignored) return false;
    if (!result.ignored) continue;
    const slash = relative.lastIndexOf('/');
    if (slash > 0 && level.matcher.test(relative.slice(0, slash + 1)).ignored) continue;
    return true;
  }
  return false;
}

function createLevel(base: string, text: string): IgnoreLevel {
  return { base, prefixLength: withSeparator(base).length, matcher: ignore({ ignorecase: false }).add(text), basenameOnly: hasOnlyNamePatterns(text) };
}

// Conservative: any other '/' (anchors, paths, `**/`, even escaped) means full-path matching.
function hasOnlyNamePatterns(text: string): boolean {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    if (slash === -1) continue;
    const end = line.endsWith('\r') ? line.length - 2 : line.length - 1;
    if (slash !== end || line.charAt(end) !== '/') return false;
  }
  return true;
}

function withSeparator(path: string): string {
  return path.endsWith(sep) ? path : path + sep;
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

/** A regular file's text; symbolic links are not followed (git refuses symlinked .gitignore files too). */
async function readRegularFile(path: string): Promise<string | undefined> {
  const stats = await lstat(path).catch(() => undefined);
  if (stats === undefined || !stats.isFile()) return undefined;
  return readFile(path, 'utf8').catch(() => undefined);
}
