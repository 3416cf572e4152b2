#!/usr/bin/env node
// `npm run bench` (issue 4): installs a pinned corpus and the peer tools into .cache/bench/,
// lays the corpus out so every tool sees the same files, plants tokens and look-alikes, times
// each tool side by side and prints one markdown table (also written to .cache/bench/results.md).
// Exit 0 whatever the targets say (it is a measurement); 1 if a row crashed, the planted check
// could not run, or the setup failed.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import {
  BENCH_DIR, CORPUS_INSTALL_DIR, OUTPUT_DIR, RESULTS_FILE, RG_BIN, SCANNER_BIN, STAGED_REPO_DIR, TOKEN_PREFIX_REGEX, TOOLS_INSTALL_DIR, TRUTH_FILE,
} from './bench-paths.mjs';
import { checkPlanted, readRgMatches, readScannerReport, readSecretlintUnix, TOKEN_RULE } from './check-planted.mjs';
import { countRgFiles, countScannerFiles, countSecretlintFiles, countWalk, readRgJson } from './count-seen-files.mjs';
import { formatReport } from './format-report.mjs';
import { getLoad, getMachineInfo } from './get-machine-info.mjs';
import { ESLINT_JSON_FILES, getRows, SCAN_JSON_FILE, SECRETLINT_OUTPUT_FILE, SECRETLINTRC_FILE } from './get-rows.mjs';
import { installPackages } from './install-packages.mjs';
import { layOutTree } from './lay-out-tree.mjs';
import { BenchError, logStep } from './log-step.mjs';
import { createTokenMaker } from './make-tokens.mjs';
import { maskSecrets } from './mask-secrets.mjs';
import { measureRows } from './measure-rows.mjs';
import { plantTokens } from './plant-tokens.mjs';
import { CHECK_FILE, prepareEslint } from './prepare-eslint.mjs';
import { prepareStagedRepo } from './prepare-staged-repo.mjs';
import { readArgs, USAGE } from './read-args.mjs';
import { writeSecretlintrc } from './write-secretlintrc.mjs';

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(SCANNER_BIN)) throw new BenchError(`${SCANNER_BIN} is missing: build first (npm run bench does: npm run build && node test/bench/run.mjs)`);
  const wants = (id) => args.rows.includes(id);
  const machine = getMachineInfo();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  logStep(`rows: ${args.rows.join(', ')}; ${args.runs} run(s) each after a warm-up; ${machine.cores} cores, load ${machine.loadBefore}`);

  const corpusStamp = await installPackages({ name: 'corpus', sourceDir: join(BENCH_DIR, 'corpus'), targetDir: CORPUS_INSTALL_DIR, skipInstall: args.skipInstall });
  if (wants('secretlint')) await installPackages({ name: 'peer tools', sourceDir: join(BENCH_DIR, 'tools'), targetDir: TOOLS_INSTALL_DIR, skipInstall: args.skipInstall });
  layOutTree({ corpusStamp, skipInstall: args.skipInstall });
  const plants = plantTokens({ seed: args.seed });

  const rg = findRg();
  if (!rg) logStep('rg: not found — the rg row is skipped (install it: apt-get install -y ripgrep)');
  logStep('files: counting what each tool sees');
  const walked = countWalk();
  const tree = { files: walked.files, bytes: walked.bytes };
  const seen = [{ tool: 'Node walk-and-read', files: tree.files, note: `${(tree.bytes / 2 ** 20).toFixed(0)} MB` }];
  if (rg) seen.push(withNote({ tool: 'rg --files --no-ignore --hidden', files: countRgFiles(rg) }, tree.files));
  if (wants('secretlint')) {
    writeSecretlintrc(SECRETLINTRC_FILE);
    seen.push(withNote({ tool: "secretlint (its own file search, as its CLI calls it)", files: await countSecretlintFiles() }, tree.files));
  }
  logStep(`files: ${seen.map((entry) => `${entry.tool}: ${entry.files}`).join('; ')}`);

  const maker = createTokenMaker(`${args.seed}:eslint`);
  const eslint = wants('eslint') || wants('eslint-plugin') ? prepareEslint(maker) : undefined;
  const staged = wants('staged') || wants('node') ? { ...prepareStagedRepo(), cwd: STAGED_REPO_DIR } : undefined;

  // Reports of an earlier run must not stand in for a run that failed this time.
  for (const file of [SCAN_JSON_FILE, SECRETLINT_OUTPUT_FILE, ...Object.values(ESLINT_JSON_FILES)]) rmSync(file, { force: true });
  const groups = getRows({ args, rg, tree, eslint, staged });
  for (const group of groups) {
    const live = group.filter((row) => !row.skipped);
    if (live.length > 0) await measureRows(live, { timeoutSeconds: args.timeoutSeconds });
  }
  const rows = groups.flat();

  let failed = rows.some((row) => row.crashed);
  const planted = {};
  if (wants('scan')) {
    const scanRow = rows.find((row) => row.id === 'scan');
    if (scanRow.crashed || !existsSync(SCAN_JSON_FILE)) {
      logStep('planted check: could not run (the scanner JSON run failed)');
      failed = true;
    } else {
      const report = readScannerReport(SCAN_JSON_FILE);
      const findings = report.findings.map((f) => ({ path: f.path, line: f.line, rule: f.rule, message: f.message }));
      planted.scanner = checkPlanted(plants, findings.filter((f) => f.rule === TOKEN_RULE));
      planted.scanner.otherRules = findings.filter((f) => f.rule !== TOKEN_RULE);
      const scannerSeen = countScannerFiles(report);
      seen.push(withNote({ tool: 'intercom-auth-scan (JSON summary.files + skipped-file notices)', ...scannerSeen }, tree.files));
      markFewerFiles(rows, ['scan', 'sarif'], seen[seen.length - 1], tree.files);
      logStep(`planted check: ${planted.scanner.tokensTotal - planted.scanner.missed.length}/${planted.scanner.tokensTotal} tokens found, ${planted.scanner.reportedLookalikes.length} look-alikes reported, ${planted.scanner.elsewhere.length} token findings elsewhere`);
    }
  }
  if (rg && wants('rg')) planted.rg = checkPlanted(plants, readRgMatches(readRgJson(rg, TOKEN_PREFIX_REGEX)));
  const secretlintRow = rows.find((row) => row.id === 'secretlint');
  if (secretlintRow && !secretlintRow.crashed) {
    const findings = readSecretlintUnix(readFileSync(SECRETLINT_OUTPUT_FILE, 'utf8'));
    const pattern = (f) => f.rule.endsWith('secretlint-rule-pattern');
    planted.secretlint = checkPlanted(plants, findings.filter(pattern));
    planted.secretlint.otherRules = findings.filter((f) => !pattern(f));
    markFewerFiles(rows, ['secretlint'], seen.find((entry) => entry.tool.startsWith('secretlint')), tree.files);
  }
  if (eslint) failed = checkEslintRan(rows) || failed;

  machine.loadAfter = getLoad();
  const report = formatReport({ rows, planted: Object.keys(planted).length ? planted : undefined, seen, machine, args });
  writeFileSync(RESULTS_FILE, report);
  process.stdout.write(report);
  logStep(`results written to ${RESULTS_FILE} (ground truth: ${TRUTH_FILE})`);
  return failed ? 1 : 0;
}

/** The plugin must really have run in the plugin row, and not in the base row. */
function checkEslintRan(rows) {
  let failed = false;
  for (const id of ['eslint', 'eslint-plugin']) {
    const row = rows.find((r) => r.id === id);
    if (!row || row.crashed) continue;
    let results;
    try {
      results = JSON.parse(readFileSync(ESLINT_JSON_FILES[id], 'utf8'));
    } catch {
      row.crashed = 'its JSON check report is missing or unreadable';
      failed = true;
      continue;
    }
    const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, filePath: result.filePath })));
    const fatal = messages.filter((message) => message.fatal).length;
    const fromPlugin = messages.filter((message) => message.ruleId?.startsWith('intercom-auth/'));
    const sawCheck = fromPlugin.some((message) => message.ruleId === TOKEN_RULE && message.filePath.endsWith(CHECK_FILE));
    logStep(`${id}: check run linted ${results.length} files: ${messages.length} problems, ${fatal} parse errors, ${fromPlugin.length} from intercom-auth rules`);
    const ok = id === 'eslint' ? fromPlugin.length === 0 : sawCheck;
    if (fatal > 0 || !ok) {
      row.crashed = fatal > 0 ? `${fatal} files failed to parse` : id === 'eslint' ? 'intercom-auth rules ran without the plugin config' : `the plugin did not report the planted token in ${CHECK_FILE}`;
      failed = true;
    }
  }
  return failed;
}

function withNote(entry, expected) {
  if (entry.files < expected) entry.note = `${entry.note ? `${entry.note}; ` : ''}**${expected - entry.files} fewer files than the Node walk**`;
  return entry;
}

function markFewerFiles(rows, ids, entry, expected) {
  if (!entry || entry.files >= expected) return;
  for (const row of rows) if (ids.includes(row.id)) row.seenNote = `reads ${entry.files.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')} files`;
}

function findRg() {
  const candidates = [RG_BIN, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'rg'))];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof BenchError ? error.message : `unexpected error: ${error?.message ?? error}`;
    process.stderr.write(`bench: ${maskSecrets(message.split('\n')[0])}\n`);
    if (error instanceof BenchError && message.includes('\n')) process.stderr.write(`${message.split('\n').slice(1).join('\n')}\n`);
    process.exitCode = 1;
  },
);
