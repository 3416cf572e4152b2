// The machine-readable report. Its shape is a contract (documented below, versioned by
// `version`): fields are picked one by one so nothing internal leaks in by accident.
import { PACKAGE_VERSION } from '../../package-meta.js';
import type { Finding, NoticeLevel, ScanReport } from '../types.js';
import { getRuleId } from './get-rule-id.js';
import { getSortedFindings } from './get-sorted-findings.js';
import { TOOL_NAME, type FormatContext } from './types.js';

/** A finding as JSON shows it: every field of `Finding`, the rule id namespaced. */
export type JsonFinding = Omit<Finding, 'rule'> & {
  /** `intercom-auth/<rule>`. */
  rule: string;
};

export interface JsonNotice {
  level: NoticeLevel;
  code: string;
  path?: string;
  message: string;
}

export interface JsonSummary {
  files: number;
  bytes: number;
  findings: number;
  errors: number;
  warnings: number;
  suppressed: number;
  baselined: number;
  durationMs: number;
}

/** `--format json`: findings sorted by path and position, notices in the order they arose. */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  notices: JsonNotice[];
  summary: JsonSummary;
}

export function formatJson(report: ScanReport, _context?: FormatContext): string {
  const findings = getSortedFindings(report.findings).map(
    (f): JsonFinding => ({
      rule: getRuleId(f.rule),
      messageId: f.messageId,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      hash: f.hash,
    }),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const { summary } = report;
  const json: JsonReport = {
    version: 1,
    tool: { name: TOOL_NAME, version: PACKAGE_VERSION },
    findings,
    notices: report.notices.map((n) => ({
      level: n.level,
      code: n.code,
      ...(n.path === undefined ? {} : { path: n.path }),
      message: n.message,
    })),
    summary: {
      files: summary.files,
      bytes: summary.bytes,
      findings: findings.length,
      errors,
      warnings: findings.length - errors,
      suppressed: summary.suppressed,
      baselined: summary.baselined,
      durationMs: summary.durationMs,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
