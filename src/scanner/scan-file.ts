// One file from its bytes' read result to placed findings: the detectors, then inline
// suppressions. Shared by the in-process scan and the worker threads.
import { redactTokens } from '../tokens/index.js';
import type { ReadResult } from './files/read-text-file.js';
import type { RuleSetting } from './detect/create-script-linter.js';
import { scanText, type ScanEngine } from './scan-text.js';
import { applySuppressions, findSuppressions } from './suppress/index.js';
import { toFindings } from './to-findings.js';
import type { Finding, Notice, RuleName, Severity } from './types.js';

export interface FileOutcome {
  findings: Finding[];
  notices: Notice[];
  suppressed: number;
  /** Bytes scanned; 0 when the file was skipped (its notice says why). */
  bytes: number;
  scanned: boolean;
}

export interface FileTarget {
  /** Display path: relative, `/`-separated. */
  path: string;
  /** Absolute path: what rules see as `context.filename`. */
  filename: string;
}

export function getSeverityOf(rules: Readonly<Record<RuleName, RuleSetting>>): (rule: RuleName) => Severity {
  return (rule) => (rules[rule].severity === 'warn' ? 'warning' : 'error');
}

export function scanFile(read: ReadResult, target: FileTarget, engine: ScanEngine, getSeverity: (rule: RuleName) => Severity): FileOutcome {
  if (!read.ok) return { findings: [], notices: [read.notice], suppressed: 0, bytes: 0, scanned: false };
  const notices: Notice[] = read.notice ? [read.notice] : [];
  try {
    const result = detect(read.text, target, engine, getSeverity);
    for (const notice of result.notices) notices.push(notice);
    return { findings: result.findings, notices, suppressed: result.suppressed, bytes: read.bytes, scanned: true };
  } catch (error) {
    // A detector bug must not end the scan or hide the file: it is reported and fails the run.
    notices.push(getInternalErrorNotice(target.path, error));
    return { findings: [], notices, suppressed: 0, bytes: read.bytes, scanned: true };
  }
}

/** One line, no stack: the file and what went wrong, tokens redacted. */
export function getInternalErrorNotice(path: string, error: unknown): Notice {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    level: 'error',
    code: 'internal-error',
    path,
    message: `could not be scanned: ${redactTokens(reason.split('\n')[0]!)} (please report this)`,
  };
}

function detect(
  text: string,
  target: FileTarget,
  engine: ScanEngine,
  getSeverity: (rule: RuleName) => Severity,
): { findings: Finding[]; notices: Notice[]; suppressed: number } {
  const inlineIgnore = engine.settings.inlineConfig;
  const result = scanText(text, target.path, target.filename, engine);
  const suppressions = inlineIgnore ? findSuppressions(text) : undefined;
  const detections = suppressions ? [...result.detections, ...suppressions.invalid] : result.detections;
  const findings = toFindings(detections, text, target.path, getSeverity);
  if (!suppressions || suppressions.directives.length === 0) return { findings, notices: result.notices, suppressed: result.suppressed };
  const applied = applySuppressions(findings, suppressions.directives);
  const notices = [...result.notices];
  for (const directive of applied.unused) {
    notices.push({
      level: 'info',
      code: 'unused-suppression',
      path: target.path,
      message: `line ${directive.line}: this suppression comment suppresses nothing`,
    });
  }
  return { findings: applied.kept, notices, suppressed: result.suppressed + applied.suppressed.length };
}
