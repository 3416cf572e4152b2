// Where the bench reads and writes. Everything generated lives under .cache/bench/ (gitignored).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = resolve(BENCH_DIR, '../..');
export const CACHE_DIR = join(REPO_DIR, '.cache', 'bench');

/** The installed corpus (npm ci of corpus/package-lock.json) and the peer tools. */
export const CORPUS_INSTALL_DIR = join(CACHE_DIR, 'corpus');
export const TOOLS_INSTALL_DIR = join(CACHE_DIR, 'tools');

/** The scanned tree: the corpus's node_modules with every `node_modules` renamed, then planted. */
export const TREE_DIR = join(CACHE_DIR, 'tree');
/** Kept beside the tree, never inside it, so no tool reads them. */
export const TREE_STAMP_FILE = join(CACHE_DIR, 'tree.stamp');
export const PLANT_MANIFEST_FILE = join(CACHE_DIR, 'planted-manifest.json');
export const TRUTH_FILE = join(CACHE_DIR, 'planted-truth.json');

export const ESLINT_DIR = join(CACHE_DIR, 'eslint');
export const STAGED_REPO_DIR = join(CACHE_DIR, 'staged-repo');
export const OUTPUT_DIR = join(CACHE_DIR, 'output');
export const RESULTS_FILE = join(CACHE_DIR, 'results.md');

export const SCANNER_BIN = join(REPO_DIR, 'dist', 'src', 'bin', 'intercom-auth-scan.js');
export const PLUGIN_ENTRY = join(REPO_DIR, 'dist', 'src', 'index.js');
export const ESLINT_BIN = join(REPO_DIR, 'node_modules', 'eslint', 'bin', 'eslint.js');
export const SECRETLINT_BIN = join(TOOLS_INSTALL_DIR, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
export const WALK_SCRIPT = join(BENCH_DIR, 'walk-and-read.mjs');

export const RG_BIN = '/usr/bin/rg';
export const TIME_BIN = '/usr/bin/time';

/** The token-prefix regex of the issue: rg's practical floor for a text scan. */
export const TOKEN_PREFIX_REGEX = 'dG9rO[jm][A-Za-z0-9+/]{50,}={0,2}';
