// The files a scan reads, from the command-line arguments.
//
// An argument that exists is taken literally, so `src/(auth)/[id].ts` from lint-staged or
// pre-commit is found instead of being read as a pattern that matches nothing. Directories are
// walked; anything else with glob syntax is matched with picomatch against our own walk (the
// matcher fast-glob uses) so that glob arguments get the same pruning of ignored and skipped
// directories, the same symlink and special-file rules, and the same notices for unreadable
// directories as everything else — fast-glob either rejects the whole glob on one EACCES or,
// with `suppressErrors`, skips it silently.
//
// Files named explicitly still go through include/exclude, .gitignore and .intercom-auth-ignore,
// as in ESLint (which warns "File ignored because of a matching ignore pattern"): hooks pass
// every staged path, ignored ones included, and an ignore file must not depend on how a file
// was named. Nothing is skipped silently: each such file gets an `ignored` notice.
import { createRequire } from 'node:module';
import { lstat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { createPathSelector, stripDotSlash } from './create-path-selector.js';
import type { Notice } from '../types.js';
import { createIgnoreRules, type IgnoreRules } from './create-ignore-rules.js';
import { describeFileError } from './describe-file-error.js';
import { walkDirectory } from './walk-directory.js';

// fast-glob decides what is a glob the way users expect of it; loaded only when an argument is not
// an existing path (a plain `intercom-auth-scan` or `--staged` run never needs it).
const require = createRequire(import.meta.url);
const isDynamicPattern = (pattern: string): boolean => (require('fast-glob') as typeof import('fast-glob')).isDynamicPattern(pattern);

export interface FindFilesOptions {
  cwd: string;
  /** Command-line arguments: paths or globs (default `['.']`). */
  patterns?: string[];
  /** picomatch globs relative to cwd; empty means every file. */
  include?: string[];
  exclude?: string[];
  /** Respect .gitignore files and info/exclude (default true). */
  gitignore?: boolean;
  /** Directory basenames never entered during walks (default `.git`, `node_modules`). */
  skipDirectories?: string[];
}

export interface FoundFile {
  /** Relative to cwd, '/'-separated. */
  path: string;
  absolutePath: string;
}

export const DEFAULT_SKIP_DIRECTORIES: readonly string[] = ['.git', 'node_modules'];

export async function findFiles(options: FindFilesOptions): Promise<{ files: FoundFile[]; notices: Notice[] }> {
  const cwd = resolve(options.cwd);
  const patterns = options.patterns === undefined || options.patterns.length === 0 ? ['.'] : options.patterns;
  const rules = await createIgnoreRules({ cwd, gitignore: options.gitignore ?? true });
  const skipDirectories = new Set(options.skipDirectories ?? DEFAULT_SKIP_DIRECTORIES);
  const isSelected = createPathSelector(options.include ?? [], options.exclude ?? []);
  const found = new Map<string, FoundFile>();
  const notices: Notice[] = [];

  const context: ArgumentContext = { cwd, rules, skipDirectories, isSelected, found, notices };
  for (const argument of patterns) await addArgument(argument, context);

  const files = [...found.values()].sort((a, b) => compareText(a.path, b.path));
  return { files, notices: deduplicate(notices) };
}

interface ArgumentContext {
  cwd: string;
  rules: IgnoreRules;
  skipDirectories: ReadonlySet<string>;
  isSelected: (path: string) => boolean;
  found: Map<string, FoundFile>;
  notices: Notice[];
}

async function addArgument(argument: string, context: ArgumentContext): Promise<void> {
  const { cwd, rules, notices } = context;
  const absolutePath = resolve(cwd, argument);
  const path = toRelativePath(cwd, absolutePath);
  const shown = path === '' ? '.' : path;
  let stats;
  try {
    stats = await lstat(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      notices.push({ level: 'error', code: 'unreadable', path: shown, message: `Cannot read ${shown}: ${describeFileError(error)}` });
      return;
    }
  }

  if (stats === undefined) {
    // fast-glob's own test of what counts as a pattern, so arguments mean what they mean to fast-glob.
    if (isDynamicPattern(argument)) await addGlob(argument, context);
    else notices.push({ level: 'error', code: 'not-found', path: shown, message: `No such file or directory: ${argument}` });
    return;
  }
  if (stats.isSymbolicLink()) {
    notices.push({ level: 'info', code: 'symlink', path: shown, message: `Skipped ${shown}: symbolic links are not followed` });
    return;
  }
  if (stats.isDirectory()) {
    if (await rules.isPathIgnored(absolutePath, true)) {
      notices.push({ level: 'info', code: 'ignored', path: shown, message: `Skipped directory ${shown}: it matches an ignore pattern (.gitignore or .intercom-auth-ignore)` });
      return;
    }
    await walk(absolutePath, path, context);
    return;
  }
  if (!stats.isFile()) {
    notices.push({ level: 'warning', code: 'not-a-file', path: shown, message: `Skipped ${shown}: not a regular file (${describeSpecialFile(stats)})` });
    return;
  }
  if (!context.isSelected(path)) {
    notices.push({ level: 'info', code: 'ignored', path, message: `Skipped ${path}: excluded by --include/--exclude` });
    return;
  }
  if (await rules.isPathIgnored(absolutePath, false)) {
    notices.push({ level: 'info', code: 'ignored', path, message: `Skipped ${path}: it matches an ignore pattern (.gitignore or .intercom-auth-ignore)` });
    return;
  }
  context.found.set(path, { path, absolutePath });
}

async function addGlob(argument: string, context: ArgumentContext): Promise<void> {
  const pattern = stripDotSlash(argument);
  const scan = picomatch.scan(pattern);
  const shown = argument;
  if (scan.negated) {
    context.notices.push({ level: 'error', code: 'not-found', message: `Negated patterns are not supported as arguments (${argument}): use --exclude` });
    return;
  }
  const root = resolve(context.cwd, scan.base === '' ? '.' : scan.base);
  const rootStats = await lstat(root).catch(() => undefined);
  let matched = 0;
  if (rootStats?.isDirectory() === true && !(await context.rules.isPathIgnored(root, true))) {
    const isMatch = picomatch(scan.glob, { dot: true });
    // Without `**` a match has at most one path segment per '/' in the glob: no need to go deeper.
    const maxDepth = scan.glob.includes('**') ? undefined : countSlashes(scan.glob) + 1;
    matched = await walk(root, toRelativePath(context.cwd, root), context, isMatch, maxDepth);
  }
  if (matched === 0) {
    // An error, as in ESLint: a pattern that matches nothing is usually a typo, and a scan that silently
    // covers nothing must not pass.
    context.notices.push({ level: 'error', code: 'no-match', message: `No files match ${shown} (ignored files and skipped directories excluded)` });
  }
}

/** Walks one directory into `context.found`; returns how many files it selected. */
async function walk(root: string, rootPath: string, context: ArgumentContext, match?: (path: string) => boolean, maxDepth?: number): Promise<number> {
  let selected = 0;
  const notices: Notice[] = [];
  await walkDirectory({
    root,
    rootPath,
    rootChain: await context.rules.getChain(root),
    rules: context.rules,
    skipDirectories: context.skipDirectories,
    match,
    maxDepth,
    onFile: (path, absolutePath) => {
      if (!context.isSelected(path)) return;
      selected++;
      context.found.set(path, { path, absolutePath });
    },
    onNotice: (notice) => notices.push(notice),
  });
  // Concurrent reads finish in any order; keep the output deterministic.
  notices.sort((a, b) => compareText(a.path ?? '', b.path ?? ''));
  context.notices.push(...notices);
  return selected;
}

// Overlapping arguments (`. src`) walk the same unreadable directory twice: say it once.
function deduplicate(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.code}\0${notice.path ?? ''}\0${notice.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


function toRelativePath(cwd: string, absolutePath: string): string {
  const path = relative(cwd, absolutePath);
  return sep === '/' ? path : path.split(sep).join('/');
}

function countSlashes(text: string): number {
  let count = 0;
  for (let index = text.indexOf('/'); index !== -1; index = text.indexOf('/', index + 1)) count++;
  return count;
}

function describeSpecialFile(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}
