// GitHub Actions workflow commands: each finding becomes an annotation on the pull request diff.
// Escaping follows @actions/core so a path or message can never end the command early.
import type { Notice, ScanReport } from '../types.js';
import { getRuleId } from './get-rule-id.js';
import { getSortedFindings } from './get-sorted-findings.js';
import { TOOL_NAME, type FormatContext } from './types.js';

const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function getCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

function getNoticeCommand(notice: Notice): string {
  // Scan problems annotate but never read as code errors: only findings are ::error.
  const command = notice.level === 'info' ? 'notice' : 'warning';
  const properties = { ...(notice.path === undefined ? {} : { file: notice.path }), title: `${TOOL_NAME} ${notice.code}` };
  return getCommand(command, properties, notice.message);
}

/** One workflow command per finding, then per notice; nothing at all for a clean run. */
export function formatGithub(report: ScanReport, _context?: FormatContext): string {
  const lines = getSortedFindings(report.findings).map((f) =>
    getCommand(
      f.severity,
      { file: f.path, line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: getRuleId(f.rule) },
      f.message,
    ),
  );
  lines.push(...report.notices.map(getNoticeCommand));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
