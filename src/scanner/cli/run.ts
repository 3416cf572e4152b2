// The CLI as a function: argv in, exit code out, output through the given streams, so tests can
// run it in-process and the bin stays a few lines (secretlint's shape).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PACKAGE_VERSION } from '../../package-meta.js';
import { redactTokens } from '../../tokens/index.js';
import { readBaseline, writeBaseline } from '../baseline/index.js';
import type { ScanConfig } from '../config/index.js';
import type { ScanReport } from '../types.js';
import { UsageError } from '../usage-error.js';
import { getHelpText } from './get-help-text.js';
import { parseCliArgs, type CliArgs } from './parse-cli-args.js';
import { createProgress } from './create-progress.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`intercom-auth-scan: ${redactTokens(error.message)}\n`);
    } else {
      // Never a stack trace for users; INTERCOM_AUTH_SCAN_DEBUG=1 shows it for bug reports.
      const detail = io.env.INTERCOM_AUTH_SCAN_DEBUG ? ((error as Error).stack ?? String(error)) : String((error as Error)?.message ?? error);
      io.stderr.write(`intercom-auth-scan: internal error: ${redactTokens(detail)}\n`);
      io.stderr.write('Please report it with INTERCOM_AUTH_SCAN_DEBUG=1 output; no scanned content is included.\n');
    }
    return EXIT_ERROR;
  }
}

async function runUnsafe(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    io.stdout.write(getHelpText());
    return EXIT_CLEAN;
  }
  if (args.version) {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return EXIT_CLEAN;
  }
  // Loaded only for a scan: --help and --version answer without ESLint and the parsers.
  const [{ scan }, { formatReport }, configModule] = await Promise.all([
    import('../scan.js'),
    import('../report/index.js'),
    import('../config/index.js'),
  ]);
  const cwd = resolve(io.cwd);
  const config = getConfig(args, cwd, configModule);
  const baseline = args.baseline === undefined ? undefined : readBaseline(resolve(cwd, args.baseline));
  const progress = createProgress(io.stderr, args.progress && io.stderr.isTTY === true && !io.env.CI);
  const outcome = await scan({
    cwd,
    patterns: args.patterns,
    include: config.include,
    exclude: config.exclude,
    gitignore: config.gitignore,
    skipDirectories: config.skipDirectories,
    maxFileSize: config.maxFileSize,
    rules: config.rules,
    inlineIgnore: config.inlineIgnore,
    staged: args.staged,
    since: args.since,
    baseline,
    jobs: args.jobs,
    onProgress: progress.update,
  }).finally(progress.done);

  if (args.writeBaseline !== undefined) {
    const file = resolve(cwd, args.writeBaseline);
    writeBaseline(file, outcome.unbaselined);
    io.stderr.write(`intercom-auth-scan: wrote ${outcome.unbaselined.length} finding(s) to ${args.writeBaseline}\n`);
  }
  const report = args.quiet ? withoutInfo(outcome.report) : outcome.report;
  const color = useColor(args, io);
  const text = formatReport(args.format, report, { cwd, color: args.output === undefined && color });
  if (args.output !== undefined) {
    const file = resolve(cwd, args.output);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } else {
    io.stdout.write(text);
  }
  if (args.writeBaseline !== undefined || args.exitZero) return EXIT_CLEAN;
  return getExitCode(outcome.report);
}

/**
 * Error-severity findings decide first (1); otherwise any error notice (unreadable file, missing
 * path) is 2. Warnings (rules set to "warn", tokens typed at a CLI prompt) are reported but, as
 * in ESLint, do not fail the run.
 */
export function getExitCode(report: ScanReport): number {
  if (report.findings.some((finding) => finding.severity === 'error')) return EXIT_FINDINGS;
  return report.notices.some((notice) => notice.level === 'error') ? EXIT_ERROR : EXIT_CLEAN;
}

function getConfig(args: CliArgs, cwd: string, configModule: typeof import('../config/index.js')): ScanConfig {
  const { DEFAULT_CONFIG, loadConfig, mergeCliOptions, parseSize } = configModule;
  const loaded = args.noConfig ? DEFAULT_CONFIG : loadConfig(cwd, args.config === undefined ? undefined : resolve(cwd, args.config)).config;
  return mergeCliOptions(loaded, {
    include: args.include.length > 0 ? args.include : undefined,
    exclude: args.exclude.length > 0 ? args.exclude : undefined,
    gitignore: args.gitignore,
    // --skip-dir adds to the configured names; --no-skip-dirs (an empty list) clears them.
    skipDirectories:
      args.skipDirectories === undefined
        ? undefined
        : args.skipDirectories.length === 0
          ? []
          : [...new Set([...loaded.skipDirectories, ...args.skipDirectories])],
    maxFileSize: args.maxFileSize === undefined ? undefined : parseSize(args.maxFileSize),
    inlineIgnore: args.inlineIgnore,
  });
}

function withoutInfo(report: ScanReport): ScanReport {
  return { ...report, notices: report.notices.filter((notice) => notice.level !== 'info') };
}

/** --color/--no-color, then NO_COLOR (any value) and FORCE_COLOR, then whether stdout is a terminal. */
function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}
