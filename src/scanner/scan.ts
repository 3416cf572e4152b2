// A whole scan: choose the files (a walk, the staged index or a diff), read each once, run its
// detectors, then apply inline suppressions and the baseline. Large trees are spread over worker
// threads; a handful of files (a commit) is scanned here, where starting workers would cost more.
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { applyBaseline, type Baseline } from './baseline/index.js';
import type { RuleSetting } from './detect/create-script-linter.js';
import { createPathSelector } from './files/create-path-selector.js';
import { findFiles } from './files/find-files.js';
import { decodeText, readTextFile, type ReadResult } from './files/read-text-file.js';
import { getChangedFiles } from './git/get-changed-files.js';
import { getStagedFiles } from './git/get-staged-files.js';
import { getSeverityOf, scanFile, type FileOutcome } from './scan-file.js';
import { scanInWorkers } from './scan-in-workers.js';
import { createScanEngine } from './scan-text.js';
import type { Finding, Notice, RuleName, ScanReport } from './types.js';

export interface ScanOptions {
  cwd: string;
  /** Paths or globs (default `.`); ignored in staged mode. */
  patterns: string[];
  include: string[];
  exclude: string[];
  gitignore: boolean;
  skipDirectories: string[];
  maxFileSize: number;
  rules: Readonly<Record<RuleName, RuleSetting>>;
  /** Honour `intercom-auth-ignore` and `eslint-disable` comments. */
  inlineIgnore: boolean;
  staged?: boolean;
  since?: string;
  baseline?: Baseline;
  /** Worker threads; by default see getWorkerCount. */
  jobs?: number;
  /** Called now and then with files done and files in total (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanOutcome {
  report: ScanReport;
  /** Every finding before the baseline was applied: what `--write-baseline` records. */
  unbaselined: Finding[];
}

interface Source {
  path: string;
  filename: string;
  read: () => Promise<ReadResult>;
}

// Below this many files a scan takes about as long as starting the workers and loading ESLint
// in each.
export const WORKER_THRESHOLD = 400;
// Two logical CPUs are often one physical core's hyperthreads: on the 2-CPU benchmark machine
// two busy threads ran at 1.07x the throughput of one, and workers made a scan 40 % slower
// (each loads the parsers and warms its own JIT). Workers pay off from four.
export const MIN_CPUS_FOR_WORKERS = 4;

export function getWorkerCount(files: number, jobs?: number): number {
  if (jobs !== undefined) return jobs > 1 ? Math.min(jobs, files) : 0;
  const cpus = availableParallelism();
  return files >= WORKER_THRESHOLD && cpus >= MIN_CPUS_FOR_WORKERS ? Math.min(cpus, 8) : 0;
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const started = performance.now();
  const cwd = resolve(options.cwd);
  const notices: Notice[] = [];
  const sources = await listSources(options, cwd, notices);
  const workers = options.staged ? 0 : getWorkerCount(sources.length, options.jobs);
  const onProgress = (done: number) => options.onProgress?.(done, sources.length);
  const outcomes =
    workers > 1
      ? await scanInWorkers(sources.map(({ path, filename }) => ({ path, filename })), { engine: { rules: options.rules, inlineConfig: options.inlineIgnore }, maxFileSize: options.maxFileSize }, workers, onProgress)
      : await scanHere(sources, options, onProgress);

  const findings: Finding[] = [];
  let files = 0;
  let bytes = 0;
  let suppressed = 0;
  for (const outcome of outcomes) {
    for (const notice of outcome.notices) notices.push(notice);
    for (const finding of outcome.findings) findings.push(finding);
    if (outcome.scanned) files++;
    bytes += outcome.bytes;
    suppressed += outcome.suppressed;
  }

  const baselined = options.baseline ? applyBaseline(findings, options.baseline) : undefined;
  for (const entry of baselined?.stale ?? []) {
    notices.push({
      level: 'info',
      code: 'stale-baseline',
      path: entry.path,
      message: `baseline entry for ${entry.rule} matches nothing any more; rewrite the baseline to drop it`,
    });
  }
  const kept = baselined ? baselined.kept : findings;
  return {
    report: {
      findings: kept,
      notices,
      summary: {
        files,
        bytes,
        findings: kept.length,
        suppressed,
        baselined: baselined?.baselined.length ?? 0,
        durationMs: Math.round(performance.now() - started),
      },
    },
    unbaselined: findings,
  };
}

/**
 * In this thread, one file at a time. Reads are synchronous system calls (see read-text-file.ts),
 * so reading ahead gains nothing and holds several texts at once: 16 of TypeScript's 9 MB
 * bundles in a row were half of a scan's peak memory.
 */
async function scanHere(sources: readonly Source[], options: ScanOptions, onProgress: (done: number) => void): Promise<FileOutcome[]> {
  const engine = createScanEngine({ rules: options.rules, inlineConfig: options.inlineIgnore });
  const getSeverity = getSeverityOf(options.rules);
  const outcomes: FileOutcome[] = [];
  for (const [index, source] of sources.entries()) {
    outcomes.push(scanFile(await source.read(), source, engine, getSeverity));
    onProgress(index + 1);
  }
  return outcomes;
}

async function listSources(options: ScanOptions, cwd: string, notices: Notice[]): Promise<Source[]> {
  const readOptions = { maxBytes: options.maxFileSize };
  if (options.staged) {
    // The blobs about to be committed, not the working tree. .gitignore does not apply: a staged
    // file is being committed whatever the ignore files say. include/exclude still do.
    const isSelected = createPathSelector(options.include, options.exclude);
    const staged = await getStagedFiles(cwd);
    return staged
      .filter((file) => isSelected(file.path))
      .map((file) => ({
        path: file.path,
        filename: resolve(cwd, file.path),
        read: async () => readBlob(file.content, file.path, options.maxFileSize),
      }));
  }
  const patterns = options.since ? await getChangedFiles(cwd, options.since) : options.patterns;
  if (options.since && patterns.length === 0) return [];
  const found = await findFiles({
    cwd,
    patterns,
    include: options.include,
    exclude: options.exclude,
    gitignore: options.gitignore,
    skipDirectories: options.skipDirectories,
  });
  notices.push(...found.notices);
  return found.files.map((file) => ({
    path: file.path,
    filename: file.absolutePath,
    read: () => readTextFile(file.absolutePath, file.path, readOptions),
  }));
}

function readBlob(content: Buffer, path: string, maxBytes: number): ReadResult {
  if (content.length > maxBytes) {
    return {
      ok: false,
      notice: { level: 'warning', code: 'too-large', path, message: `skipped: ${content.length} bytes is over the ${maxBytes}-byte limit (--max-file-size)` },
    };
  }
  return decodeText(content, path);
}

/** A path relative to cwd with `/` separators, as every output shows it. */
export function toDisplayPath(cwd: string, absolutePath: string): string {
  return relative(cwd, absolutePath).split(sep).join('/');
}
