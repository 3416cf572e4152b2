// Lays the installed corpus out as the scanned tree: a copy of its node_modules in which every
// directory named `node_modules` (nested ones too) is renamed `node_modules_`. Every tool skips
// `node_modules` by default (secretlint always does), so only then do all tools see the same files.
// Symbolic links (node_modules/.bin) are not copied: no tool follows them anyway.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_INSTALL_DIR, PLANT_MANIFEST_FILE, TREE_DIR, TREE_STAMP_FILE } from './bench-paths.mjs';
import { BenchError, logStep } from './log-step.mjs';

export const RENAMED_DIRECTORY = 'node_modules_';
const LAYOUT_VERSION = 'layout-1';

export function layOutTree({ corpusStamp, skipInstall }) {
  const stamp = `${corpusStamp}:${LAYOUT_VERSION}`;
  if (existsSync(TREE_DIR) && existsSync(TREE_STAMP_FILE) && readFileSync(TREE_STAMP_FILE, 'utf8') === stamp) {
    logStep(`tree: laid out (${TREE_DIR})`);
    return;
  }
  if (skipInstall) throw new BenchError(`--skip-install: no current tree in ${TREE_DIR}; run once without --skip-install`);
  logStep(`tree: copying the corpus to ${TREE_DIR}, renaming node_modules to ${RENAMED_DIRECTORY}`);
  rmSync(TREE_DIR, { recursive: true, force: true });
  rmSync(PLANT_MANIFEST_FILE, { force: true });
  rmSync(TREE_STAMP_FILE, { force: true });
  const counts = copyRenaming(join(CORPUS_INSTALL_DIR, 'node_modules'), TREE_DIR);
  writeFileSync(TREE_STAMP_FILE, stamp);
  logStep(`tree: ${counts.files} files copied, ${counts.renamed} node_modules renamed, ${counts.skipped} symlinks/special files left out`);
}

/** Where a file of the tree came from, to restore it after planting. */
export function getCorpusPath(treePath) {
  const segments = treePath.split('/').map((segment) => (segment === RENAMED_DIRECTORY ? 'node_modules' : segment));
  return join(CORPUS_INSTALL_DIR, 'node_modules', ...segments);
}

function copyRenaming(sourceRoot, targetRoot) {
  const counts = { files: 0, renamed: 0, skipped: 0 };
  const stack = [[sourceRoot, targetRoot]];
  while (stack.length > 0) {
    const [source, target] = stack.pop();
    mkdirSync(target, { recursive: true });
    const entries = readdirSync(source, { withFileTypes: true });
    const names = new Set(entries.map((entry) => entry.name));
    // The renaming must be reversible (getCorpusPath) and must not merge two directories.
    if (names.has(RENAMED_DIRECTORY)) throw new BenchError(`cannot lay out the tree: ${join(source, RENAMED_DIRECTORY)} already exists in the corpus`);
    for (const entry of entries) {
      const from = join(source, entry.name);
      if (entry.isDirectory()) {
        const renamed = entry.name === 'node_modules';
        if (renamed) counts.renamed++;
        stack.push([from, join(target, renamed ? RENAMED_DIRECTORY : entry.name)]);
      } else if (entry.isFile()) {
        copyFileSync(from, join(target, entry.name));
        counts.files++;
      } else {
        counts.skipped++;
      }
    }
  }
  return counts;
}
