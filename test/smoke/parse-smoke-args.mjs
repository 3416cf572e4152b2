// `run-smoke.mjs [--root <dir>] [--sample <n>] [--no-prime] [--no-scanner] [--json <file>]`
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_ROOT = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export function parseSmokeArgs(argv) {
  const args = { root: resolve(DEFAULT_ROOT), sample: undefined, prime: true, scanner: true, json: undefined };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--root') args.root = resolve(value());
    else if (flag === '--sample') {
      const size = Number(value());
      if (!Number.isInteger(size) || size < 1) throw new Error('--sample needs a positive whole number');
      args.sample = size;
    } else if (flag === '--no-prime') args.prime = false;
    else if (flag === '--no-scanner') args.scanner = false;
    else if (flag === '--json') args.json = resolve(value());
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}
