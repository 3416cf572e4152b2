// Progress to stderr, one line per step, with the time since the bench started.
import { maskSecrets } from './mask-secrets.mjs';

const started = performance.now();

export function logStep(message) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${maskSecrets(message)}\n`);
}

/** An error meant for the user: one line, no stack. */
export class BenchError extends Error {}
