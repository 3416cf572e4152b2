// Pre-commit latency: a throwaway git repository holding the rxjs TypeScript tree, committed, with
// 5 files edited and staged — what `intercom-auth-scan --staged` sees in a pre-commit hook.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_INSTALL_DIR, STAGED_REPO_DIR } from './bench-paths.mjs';
import { copyTsTree } from './copy-ts-tree.mjs';
import { listTreeFiles } from './list-tree-files.mjs';
import { BenchError, logStep } from './log-step.mjs';

export const STAGED_FILE_COUNT = 5;
// No user identity, hooks or signing from the machine's git config may change the setup.
const GIT_FLAGS = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false'];

export function prepareStagedRepo() {
  const source = join(CORPUS_INSTALL_DIR, 'node_modules', 'rxjs', 'src');
  if (!existsSync(source)) throw new BenchError(`staged row: ${source} is missing (is the corpus installed?)`);
  rmSync(STAGED_REPO_DIR, { recursive: true, force: true });
  mkdirSync(STAGED_REPO_DIR, { recursive: true });
  const tree = copyTsTree(source, join(STAGED_REPO_DIR, 'src'));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'rxjs sources');
  // Spread over the tree, the same files every run.
  const files = listTreeFiles(STAGED_REPO_DIR).filter(({ path }) => path.startsWith('src/'));
  const step = Math.floor(files.length / STAGED_FILE_COUNT);
  const edited = Array.from({ length: STAGED_FILE_COUNT }, (_, index) => files[index * step].path);
  for (const path of edited) appendFileSync(join(STAGED_REPO_DIR, path), `\n// bench: a staged edit\nexport const benchEdit = ${edited.indexOf(path)};\n`);
  git('add', '--', ...edited);
  const bytes = edited.reduce((sum, path) => sum + statSync(join(STAGED_REPO_DIR, path)).size, 0);
  logStep(`staged: repository of ${tree.files} files, ${edited.length} edited and staged (${STAGED_REPO_DIR})`);
  return { files: edited.length, bytes };
}

function git(...args) {
  const result = spawnSync('git', [...GIT_FLAGS, ...args], { cwd: STAGED_REPO_DIR, encoding: 'utf8' });
  if (result.status !== 0) throw new BenchError(`staged row: git ${args[0]} failed: ${(result.stderr || result.error?.message || '').trim().split('\n')[0]}`);
}
