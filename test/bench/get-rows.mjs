// The measured rows: what each runs, where, which exit codes are normal, and its floor.
import { join } from 'node:path';
import { ESLINT_BIN, OUTPUT_DIR, SCANNER_BIN, SECRETLINT_BIN, TOKEN_PREFIX_REGEX, TREE_DIR, WALK_SCRIPT } from './bench-paths.mjs';

export const SCAN_JSON_FILE = join(OUTPUT_DIR, 'scan.json');
export const SECRETLINT_OUTPUT_FILE = join(OUTPUT_DIR, 'secretlint.txt');
export const SECRETLINTRC_FILE = join(OUTPUT_DIR, 'secretlintrc.json');
export const ESLINT_JSON_FILES = { eslint: join(OUTPUT_DIR, 'eslint-base.json'), 'eslint-plugin': join(OUTPUT_DIR, 'eslint-plugin.json') };

/**
 * Rows in groups measured side by side. `size` gives MB/s and files/s; `floors` the rows a ratio
 * is taken against. Exit 1 means "found something" for every tool here, so it is no crash.
 */
export function getRows({ args, rg, tree, eslint, staged }) {
  const node = process.execPath;
  const runs = args.runs;
  const treeRows = [
    { id: 'scan', short: 'intercom-auth-scan', label: 'intercom-auth-scan, whole tree (default settings)', command: node, args: [SCANNER_BIN], floors: ['rg', 'walk'],
      // The JSON run for the planted check doubles as the warm-up.
      warmup: { args: [SCANNER_BIN, '--format', 'json', '--output', SCAN_JSON_FILE] } },
    { id: 'sarif', label: 'intercom-auth-scan, whole tree, --format sarif', command: node, args: [SCANNER_BIN, '--format', 'sarif'], floors: ['rg', 'walk'], warmup: true },
    { id: 'rg', short: 'rg', label: `rg --no-ignore --hidden -c '${TOKEN_PREFIX_REGEX}'`, command: rg, args: ['--no-ignore', '--hidden', '-c', TOKEN_PREFIX_REGEX, '.'], floors: [], warmup: true,
      skipped: rg ? undefined : 'rg not found (install it: apt-get install -y ripgrep)' },
    { id: 'walk', short: 'Node walk', label: 'Node walk-and-read (1 thread, readFileSync)', command: node, args: [WALK_SCRIPT, '.'], floors: ['rg'], warmup: true, okCodes: [0] },
  ].map((row) => ({ cwd: TREE_DIR, size: tree, ...row }));
  // In the tree group, so that its run sits between the scanner's runs under the same load.
  treeRows.push(
    { id: 'secretlint', label: 'secretlint 13 (recommended preset + gitleaks Intercom pattern)', command: node,
      args: [SECRETLINT_BIN, '**/*', '--secretlintrc', SECRETLINTRC_FILE, '--format', 'unix', '--no-color'],
      cwd: TREE_DIR, size: tree, floors: ['scan'], warmup: false, runs: args.secretlintRuns, stdout: SECRETLINT_OUTPUT_FILE },
  );
  const eslintRows = eslint
    ? ['eslint', 'eslint-plugin'].map((id) => ({
        id,
        short: 'ESLint',
        label: id === 'eslint' ? 'ESLint, @eslint/js recommended, rxjs/src (.ts)' : 'ESLint, the same + intercom-auth configs.recommended',
        command: node,
        args: [ESLINT_BIN, '--no-cache', 'src'],
        cwd: id === 'eslint' ? eslint.base : eslint.plugin,
        size: eslint,
        floors: id === 'eslint' ? [] : ['eslint'],
        // The check run (JSON report) doubles as the warm-up.
        warmup: { args: [ESLINT_BIN, '--no-cache', '--format', 'json', '--output-file', ESLINT_JSON_FILES[id], 'src'] },
      }))
    : [];
  const stagedRows = staged
    ? [
        { id: 'node', short: 'node -e 0', label: 'node -e 0', command: node, args: ['-e', '0'], floors: [], okCodes: [0], size: undefined },
        { id: 'staged', label: `intercom-auth-scan --staged, ${staged.files} staged files`, command: node, args: [SCANNER_BIN, '--staged', '--no-progress'], floors: ['node'] },
      ].map((row) => ({ cwd: staged.cwd, size: staged, warmup: true, ...row }))
    : [];
  return [treeRows, eslintRows, stagedRows]
    .map((group) => group.filter((row) => args.rows.includes(row.id)).map((row) => ({ runs, okCodes: [0, 1], ...row })))
    .filter((group) => group.length > 0);
}
