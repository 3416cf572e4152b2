// How many files each tool sees in the tree: the bench's layout promises they all see the same.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TOOLS_INSTALL_DIR, TREE_DIR, WALK_SCRIPT } from './bench-paths.mjs';
import { BenchError } from './log-step.mjs';

const MAX_BUFFER = 512 * 1024 * 1024;

/** The Node walk: every regular file and its bytes (also warms the page cache). */
export function countWalk() {
  const result = spawnSync(process.execPath, [WALK_SCRIPT, TREE_DIR], { encoding: 'utf8', maxBuffer: MAX_BUFFER });
  if (result.status !== 0) throw new BenchError(`the Node walk of ${TREE_DIR} failed: ${result.stderr.trim().split('\n').pop()}`);
  return JSON.parse(result.stdout);
}

export function countRgFiles(rg) {
  const result = spawnSync(rg, ['--files', '--no-ignore', '--hidden', '.'], { cwd: TREE_DIR, encoding: 'utf8', maxBuffer: MAX_BUFFER });
  if (result.status !== 0) throw new BenchError(`rg --files failed: ${result.stderr.trim().split('\n').pop()}`);
  return result.stdout.split('\n').filter(Boolean).length;
}

/** Files read as text, plus those read and skipped with a notice (binary, too large, unreadable). */
export function countScannerFiles(report) {
  const codes = {};
  for (const notice of report.notices) codes[notice.code] = (codes[notice.code] ?? 0) + 1;
  const skipped = (codes.binary ?? 0) + (codes['too-large'] ?? 0) + (codes.unreadable ?? 0);
  const note = Object.entries(codes).map(([code, n]) => `${code} ×${n}`).join(', ');
  return { files: report.summary.files + skipped, note: `${report.summary.files.toLocaleString('en-US')} read as text${note ? `; notices: ${note}` : ''}` };
}

/** secretlint prints no file count: ask its own file search, with the options its CLI uses. */
export async function countSecretlintFiles() {
  const search = join(TOOLS_INSTALL_DIR, 'node_modules', 'secretlint', 'module', 'search.js');
  const { searchFiles } = await import(pathToFileURL(search).href);
  const result = await searchFiles(['**/*'], { cwd: TREE_DIR, ignoreFilePath: '.secretlintignore', respectGitignore: true });
  return result.items.length;
}

/** rg's matches of the prefix regex, for the planted check (never printed: they hold tokens). */
export function readRgJson(rg, regex) {
  const result = spawnSync(rg, ['--no-ignore', '--hidden', '--json', regex, '.'], { cwd: TREE_DIR, encoding: 'utf8', maxBuffer: MAX_BUFFER });
  if (result.status !== 0 && result.status !== 1) throw new BenchError(`rg --json failed: ${result.stderr.trim().split('\n').pop()}`);
  return result.stdout;
}
