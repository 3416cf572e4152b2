// Times a group of rows side by side: one warm-up each, then the timed runs interleaved
// (A B C, A B C, …) so that load from other users of the machine falls on every row alike.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_DIR } from './bench-paths.mjs';
import { logStep } from './log-step.mjs';
import { maskSecrets } from './mask-secrets.mjs';
import { timeCommand } from './time-command.mjs';

/**
 * A row: { id, label, command, args, cwd, okCodes, runs, warmup } where `warmup` is false, true
 * (the same command) or { args, stdout } (another command that also warms up, e.g. a check run).
 * Sets row.result = { seconds: [...], rssKB: [...] } or row.crashed = 'one line'.
 */
export async function measureRows(rows, { timeoutSeconds }) {
  for (const row of rows) {
    if (!row.warmup) continue;
    const warmup = row.warmup === true ? {} : row.warmup;
    logStep(`${row.id}: warm-up${warmup.args ? ' (check run)' : ''}`);
    const run = await timeCommand({ command: row.command, args: warmup.args ?? row.args, cwd: row.cwd, stdout: warmup.stdout ?? row.stdout, timeoutSeconds });
    if (isCrash(row, run)) {
      recordCrash(row, run);
    } else if (warmup.args) logStep(`${row.id}: check run took ${run.seconds.toFixed(2)} s`);
  }
  const rounds = Math.max(...rows.map((row) => row.runs));
  for (let round = 0; round < rounds; round++) {
    for (const row of rows) {
      if (row.crashed || round >= row.runs) continue;
      const run = await timeCommand({ command: row.command, args: row.args, cwd: row.cwd, stdout: row.stdout, timeoutSeconds });
      if (isCrash(row, run)) {
        recordCrash(row, run);
        continue;
      }
      row.result ??= { seconds: [], rssKB: [] };
      row.result.seconds.push(run.seconds);
      if (run.rssKB !== undefined) row.result.rssKB.push(run.rssKB);
      logStep(`${row.id}: run ${round + 1}/${row.runs} ${run.seconds.toFixed(2)} s${run.rssKB === undefined ? '' : `, ${Math.round(run.rssKB / 1024)} MB`}`);
    }
  }
}

/** Median, min, max of the timed runs; peak RSS is the largest of them. */
export function getStats(row) {
  if (!row.result || row.result.seconds.length === 0) return undefined;
  const sorted = [...row.result.seconds].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const rssMB = row.result.rssKB.length > 0 ? Math.max(...row.result.rssKB) / 1024 : undefined;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length, rssMB };
}

/** One line for the table; the stderr tail kept beside the outputs for whoever debugs it. */
function recordCrash(row, run) {
  row.crashed = describeCrash(run);
  const file = join(OUTPUT_DIR, `${row.id}-crash.txt`);
  writeFileSync(file, maskSecrets(`${row.command} ${row.args.join(' ')}\n${run.stderr}`));
  logStep(`${row.id}: CRASHED: ${row.crashed} (stderr in ${file})`);
}

// Node exits 1 on an uncaught exception, and 1 also means "found something" for every tool
// here: a stack trace on stderr tells the two apart.
const STACK_FRAME = /^\s+at \S.*:\d+:\d+\)?$/m;

function isCrash(row, run) {
  return run.timedOut || run.signal !== null || !row.okCodes.includes(run.code) || STACK_FRAME.test(run.stderr);
}

function describeCrash(run) {
  if (run.timedOut) return `no result after ${Math.round(run.seconds)} s: killed (--timeout)`;
  // The line that names the error (tools print it first, Node prints it after the source line).
  const lines = run.stderr.trim().split('\n').filter(Boolean);
  const line = lines.find((text) => /^\w*Error\b/.test(text)) ?? lines.find((text) => /\berror\b/i.test(text)) ?? lines[lines.length - 1] ?? '';
  return maskSecrets(`${run.signal ? `killed by ${run.signal}` : `exit ${run.code}`}${line ? `: ${line.slice(0, 200)}` : ''}`);
}
