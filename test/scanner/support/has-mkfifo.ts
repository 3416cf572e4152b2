import { execFileSync } from 'node:child_process';

/** Whether this machine can make FIFOs (tests that need one skip where it cannot). */
export const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
