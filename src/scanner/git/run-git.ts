// Runs git with an argument array (never a shell), in `cwd`, with the caller's environment so
// GIT_INDEX_FILE, GIT_DIR and friends set by a hook pass through. Output is collected as bytes
// without a size cap: staged blobs can be large.
//
// The repository's own config must not make the scanner run a command: `core.fsmonitor` names a
// program that `git diff --cached` starts to learn which files changed, so it is turned off here
// (the index is compared with HEAD, the working tree is never looked at). No pager either; the
// callers pass --no-ext-diff, and --raw / --name-only / cat-file never run textconv or filters.
import { spawn } from 'node:child_process';

export class GitCommandError extends Error {
  override name = 'GitCommandError';
  constructor(
    message: string,
    /** git's own one-line reason, without its `fatal: ` / `error: ` prefix. */
    readonly reason: string,
    /** git could not be started at all (not installed, or cwd does not exist). */
    readonly notStarted: boolean,
  ) {
    super(message);
  }
}

const STDERR_LIMIT = 64 * 1024;
const SAFE_OPTIONS = ['--no-pager', '-c', 'core.fsmonitor=false'];

export function runGit(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', [...SAFE_OPTIONS, ...args], { cwd, env: process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
    });
    // git may exit before reading all of stdin (a bad revision): that EPIPE is not the error to report.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => {
      reject(new GitCommandError(`git ${args[0] ?? ''} could not start: ${error.message}`, error.message, true));
    });
    child.on('close', (code) => {
      if (code === 0) {
        resolve(Buffer.concat(chunks));
        return;
      }
      const reason = getReason(stderr) || `exit code ${code ?? 'null'}`;
      reject(new GitCommandError(`git ${args[0] ?? ''} failed: ${reason}`, reason, false));
    });
    child.stdin.end(input);
  });
}

function getReason(stderr: string): string {
  for (const line of stderr.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('hint:')) continue;
    return trimmed.replace(/^(?:fatal|error): /, '');
  }
  return '';
}
