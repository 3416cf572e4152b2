#!/usr/bin/env node
// Runs the built scanner (dist/, as installed) on hostile files one at a time, each under a hard
// wall-clock limit, and prints a table: time, peak RSS, exit code, stack trace, planted token
// found. Exits 1 when any case crashes (exit code outside 0/1/2, a signal, a stack trace or a
// fatal V8 error on stderr), times out, misses its planted token, reports a look-alike, or is not
// skipped as the README says. A benchmark-style bound, not a unit test: sizes are the issue's.
//
//   node test/stress/run-hostile-inputs.mjs [--scale 0.1] [--only name] [--timeout 120] [--keep]
//   (HOSTILE_BIN=path/to/intercom-auth-scan.js compares another build)
//
// Build first (`npm run build`). Generated files live in a temporary directory that is removed
// at the end (unless --keep); planted tokens are generated per run and never printed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FULL_SIZES, generateToken, getHostileCases } from './get-hostile-cases.mjs';

const BIN = process.env.HOSTILE_BIN ?? fileURLToPath(new URL('../../dist/src/bin/intercom-auth-scan.js', import.meta.url));
const TIME = '/usr/bin/time';
const STACK_TRACE = /^\s+at .+(?::\d+:\d+\)?|\(native\)|\(<anonymous>\))$|FATAL ERROR|Maximum call stack size exceeded|JavaScript heap out of memory/m;

const { values: options } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '120' },
    keep: { type: 'boolean', default: false },
  },
});
const scale = Number(options.scale);
const limitMs = Number(options.timeout) * 1000;
if (!(scale > 0) || !(limitMs > 0)) {
  console.error('--scale and --timeout take positive numbers');
  process.exit(2);
}
if (!existsSync(BIN)) {
  console.error(`${BIN} is missing: run \`npm run build\` first`);
  process.exit(2);
}

/** Runs one scan; resolves with exit code, signal, elapsed seconds, peak RSS (KiB) and output. */
function runScan(dir, file, extraArgs = []) {
  const hasTime = existsSync(TIME);
  const timeFile = join(dir, '.time');
  const scan = [process.execPath, BIN, '--format', 'json', '--no-progress', '--no-config', '--no-color', ...extraArgs, file];
  const [command, ...args] = hasTime ? [TIME, '-f', '%e %M', '-o', timeFile, ...scan] : scan;
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so the kill reaches node under /usr/bin/time.
    const child = spawn(command, args, { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const elapsed = (performance.now() - started) / 1000;
      let seconds = elapsed;
      let rssKiB;
      let childSignal = signal;
      if (hasTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        rmSync(timeFile);
        const last = report.trim().split('\n').at(-1)?.match(/^([\d.]+) (\d+)$/);
        if (last) [seconds, rssKiB] = [Number(last[1]), Number(last[2])];
        childSignal ??= report.match(/terminated by signal (\d+)/)?.[1] ?? null;
      }
      // /usr/bin/time exits 128+n when its command dies of signal n.
      const exit = childSignal === null && !timedOut ? code : null;
      resolve({ exit, signal: childSignal, timedOut, seconds, rssKiB, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

function judge(testCase, token, run) {
  const problems = [];
  if (run.timedOut) problems.push(`timeout after ${limitMs / 1000} s`);
  else if (run.signal !== null) problems.push(`signal ${run.signal}`);
  else if (![0, 1, 2].includes(run.exit)) problems.push(`exit ${run.exit}`);
  const stackTrace = STACK_TRACE.test(run.stderr);
  if (stackTrace) problems.push('stack trace on stderr');
  if (run.stdout.includes(token) || run.stderr.includes(token)) problems.push('whole token in the output');
  let report;
  try {
    report = run.exit === null ? undefined : JSON.parse(run.stdout);
  } catch {
    problems.push('output is not JSON');
  }
  const findings = report?.findings?.filter((finding) => finding.path === testCase.file) ?? [];
  const reported = (rule) => findings.some((finding) => finding.rule === `intercom-auth/${rule}`);
  const found = reported('no-hardcoded-token');
  if (report !== undefined) {
    if (testCase.planted && !found) problems.push('planted token not reported');
    if (testCase.rule !== undefined && !reported(testCase.rule)) problems.push(`no ${testCase.rule} finding`);
    const expectFindings = testCase.planted || testCase.rule !== undefined;
    if (expectFindings && run.exit !== 1) problems.push(`exit ${run.exit}, expected 1`);
    if (!expectFindings && findings.length > 0) problems.push(`${findings.length} unexpected finding(s)`);
    if (testCase.skipped) {
      const named = report.notices?.some((notice) => notice.code === testCase.skipped.code && notice.path === testCase.file);
      if (!named) problems.push(`no ${testCase.skipped.code} notice naming the file`);
      if (run.exit !== testCase.skipped.exit) problems.push(`exit ${run.exit}, expected ${testCase.skipped.exit}`);
    }
  }
  const notices = [...new Set(report?.notices?.map((notice) => notice.code) ?? [])].join(',');
  return { problems, stackTrace, found, notices };
}

// The table's finding column for a case that expects a rule's finding rather than a token.
function reportedCell(rule, run) {
  try {
    return JSON.parse(run.stdout).findings.some((finding) => finding.rule === `intercom-auth/${rule}`) ? rule : 'MISSED';
  } catch {
    return 'MISSED';
  }
}

const formatSize = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);

function printTable(rows) {
  const header = ['case', 'file', 'size', 'exit', 'time s', 'peak RSS MB', 'stack', 'finding', 'notices', 'verdict'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

const sizes = Object.fromEntries(Object.entries(FULL_SIZES).map(([key, value]) => [key, key === 'depth' ? value : Math.round(value * scale)]));
// Scaled down, the oversized file is checked against a limit scaled the same way.
if (scale !== 1) sizes.maxFileSize = Math.round(64 * 1024 * 1024 * scale);
const cases = getHostileCases(sizes).filter((testCase) => options.only === undefined || testCase.file.includes(options.only));
const dir = mkdtempSync(join(tmpdir(), 'intercom-auth-hostile-'));
const rows = [];
let failed = 0;
try {
  for (const testCase of cases) {
    const token = generateToken();
    const path = join(dir, testCase.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, testCase.make(token));
    const size = statSync(path).size;
    const run = await runScan(dir, testCase.file, testCase.args);
    if (!options.keep) rmSync(path);
    const { problems, stackTrace, found, notices } = judge(testCase, token, run);
    if (problems.length > 0) failed += 1;
    const exit = run.timedOut ? 'timeout' : run.signal !== null ? `sig ${run.signal}` : run.exit;
    const rss = run.rssKiB === undefined ? '?' : (run.rssKiB / 1024).toFixed(0);
    const tokenCell = testCase.planted ? (found ? 'found' : 'MISSED') : testCase.rule === undefined ? '-' : reportedCell(testCase.rule, run);
    const known = testCase.knownBug === undefined ? '' : ` (known bug: ${testCase.knownBug})`;
    const verdict = problems.length > 0 ? `FAIL: ${problems.join('; ')}${known}` : 'ok';
    rows.push([`${testCase.group} ${testCase.what}`, testCase.file, formatSize(size), exit, run.seconds.toFixed(1), rss, stackTrace ? 'YES' : 'no', tokenCell, notices || '-', verdict]);
    console.error(`${testCase.file}: ${problems.length > 0 ? problems.join('; ') : 'ok'} (${run.seconds.toFixed(1)} s)`);
    if (stackTrace) console.error(run.stderr.replaceAll(token, '<token>').split('\n').slice(0, 12).join('\n'));
  }
} finally {
  if (options.keep) console.error(`files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
printTable(rows);
console.log(`\n${cases.length - failed}/${cases.length} cases ok${failed > 0 ? `; ${failed} failed` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
