// Runs one command and measures it: wall time from our clock, peak RSS from GNU time (`%M`, KB).
// A run that exceeds the timeout is killed (its whole process group) and reported as such.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_DIR, TIME_BIN } from './bench-paths.mjs';

export const HAS_TIME = existsSync(TIME_BIN);
const RSS_FILE = join(OUTPUT_DIR, 'time-rss.txt');
const running = new Set();

/** Ctrl-C must not leave a detached run behind. */
process.once('SIGINT', () => {
  for (const pid of running) killGroup(pid);
  process.exit(130);
});

/**
 * `stdout`: a file path to keep the output in (default /dev/null). Resolves to
 * { seconds, rssKB (undefined without GNU time), code, signal, timedOut, stderr (its tail) }.
 */
export function timeCommand({ command, args, cwd, stdout = '/dev/null', timeoutSeconds = 900 }) {
  const out = openSync(stdout, 'w');
  rmSync(RSS_FILE, { force: true });
  const [file, argv] = HAS_TIME ? [TIME_BIN, ['-f', '%M', '-o', RSS_FILE, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so that a timeout kills the command and not only GNU time.
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, 'pipe'], detached: true });
    running.add(child.pid);
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutSeconds * 1000);
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4096);
    });
    const finish = (result) => {
      clearTimeout(timer);
      running.delete(child.pid);
      closeSync(out);
      const rssKB = HAS_TIME && !timedOut ? readRss() : undefined;
      resolve({ seconds: (performance.now() - started) / 1000, rssKB, stderr, timedOut, ...result });
    };
    child.on('error', (error) => finish({ code: -1, signal: null, stderr: error.message }));
    child.on('close', (code, signal) => finish({ code, signal }));
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

// GNU time writes "Command exited with non-zero status N" first when the command fails.
function readRss() {
  try {
    const lines = readFileSync(RSS_FILE, 'utf8').trim().split('\n');
    const value = Number(lines[lines.length - 1]);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
