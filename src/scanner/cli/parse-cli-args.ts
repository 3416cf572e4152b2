// The command line, parsed with node:util's parseArgs (no dependency); every mistake is a
// UsageError naming the flag.
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/types.js';
import { UsageError } from '../usage-error.js';

export interface CliArgs {
  patterns: string[];
  format: FormatName;
  output?: string;
  config?: string;
  noConfig: boolean;
  include: string[];
  exclude: string[];
  gitignore?: boolean;
  skipDirectories?: string[];
  maxFileSize?: string;
  jobs?: number;
  staged: boolean;
  since?: string;
  baseline?: string;
  writeBaseline?: string;
  inlineIgnore?: boolean;
  exitZero: boolean;
  quiet: boolean;
  progress: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean' },
  'skip-dir': { type: 'string', multiple: true },
  'no-skip-dirs': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  staged: { type: 'boolean' },
  since: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'no-inline-ignore': { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-progress': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs' messages name the flag; drop its advice about '--' when it adds nothing.
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')} (see --help)`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${format}")`);
  if (values.staged && values.since !== undefined) throw new UsageError('--staged and --since cannot be combined');
  if (values.staged && positionals.length > 0) throw new UsageError('--staged scans the index; do not pass paths with it');
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be combined');
  for (const [flag, value] of [['--output', values.output], ['--baseline', values.baseline], ['--write-baseline', values['write-baseline']], ['--since', values.since], ['--config', values.config]] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
    throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`);
  }
  return {
    patterns: positionals,
    format,
    output: values.output,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    gitignore: values['no-gitignore'] ? false : undefined,
    skipDirectories: values['no-skip-dirs'] ? [] : values['skip-dir'],
    maxFileSize: values['max-file-size'],
    jobs,
    staged: values.staged ?? false,
    since: values.since,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    inlineIgnore: values['no-inline-ignore'] ? false : undefined,
    exitZero: values['exit-zero'] ?? false,
    quiet: values.quiet ?? false,
    progress: !values['no-progress'],
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
