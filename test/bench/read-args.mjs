// Command-line flags of the bench.
import { BenchError } from './log-step.mjs';

export const ROW_IDS = ['walk', 'rg', 'scan', 'sarif', 'secretlint', 'eslint', 'eslint-plugin', 'node', 'staged'];

/** A row's ratio needs its floor measured in the same run, so asking for a row brings its floor. */
const FLOORS = { scan: ['rg', 'walk'], sarif: ['rg', 'walk'], secretlint: ['scan'], 'eslint-plugin': ['eslint'], staged: ['node'] };

export const USAGE = `usage: node test/bench/run.mjs [--runs N] [--secretlint-runs N] [--only row,…] [--timeout S] [--skip-install] [--seed S]
  --runs N             timed runs per row, after one warm-up (default 3); the median is reported
  --secretlint-runs N  timed runs of secretlint, no warm-up (default 1: one run takes about a minute)
  --only rows          measure only these rows (and the floors their ratios need): ${ROW_IDS.join(', ')}
  --timeout S          kill a run after S seconds and report the row as crashed (default 900)
  --skip-install       reuse the installed corpus, tools and tree in .cache/bench/ (fails if missing)
  --seed S             seed of the planted tokens (default "intercom-auth-bench")`;

export function readArgs(argv) {
  const args = { runs: 3, secretlintRuns: 1, timeoutSeconds: 900, only: undefined, skipInstall: false, seed: 'intercom-auth-bench', help: false };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const next = () => {
      const value = argv[++index];
      if (value === undefined) throw new BenchError(`${flag} needs a value`);
      return value;
    };
    if (flag === '--runs') args.runs = readCount(flag, next());
    else if (flag === '--secretlint-runs') args.secretlintRuns = readCount(flag, next());
    else if (flag === '--only') args.only = readRows(next());
    else if (flag === '--timeout') args.timeoutSeconds = readCount(flag, next());
    else if (flag === '--skip-install') args.skipInstall = true;
    else if (flag === '--seed') args.seed = next();
    else if (flag === '-h' || flag === '--help') args.help = true;
    else throw new BenchError(`unknown flag ${flag}\n${USAGE}`);
  }
  // Floors of floors too: secretlint's ratio is to the scanner, whose own ratios are to rg and the walk.
  const wanted = new Set(args.only ?? ROW_IDS);
  for (const id of wanted) for (const floor of FLOORS[id] ?? []) wanted.add(floor);
  args.rows = ROW_IDS.filter((id) => wanted.has(id));
  return args;
}

function readCount(flag, value) {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new BenchError(`${flag} expects a whole number ≥ 1, got ${value}`);
  return count;
}

function readRows(value) {
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !ROW_IDS.includes(id));
  if (unknown.length > 0) throw new BenchError(`--only: unknown row ${unknown.join(', ')} (rows: ${ROW_IDS.join(', ')})`);
  return ids;
}
