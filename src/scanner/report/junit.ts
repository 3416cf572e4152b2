// JUnit XML as Jenkins, GitLab, Azure Pipelines and CircleCI read it: one failing test case per
// finding, one erroring case per scan error, and a passing case when nothing was found so the
// CI test view shows green instead of "no tests".
import type { ScanReport } from '../types.js';
import { escapeXml } from './escape-xml.js';
import { formatSize } from '../files/format-size.js';
import { getRuleId } from './get-rule-id.js';
import { getSortedFindings } from './get-sorted-findings.js';
import { TOOL_NAME, type FormatContext } from './types.js';

const getAttributes = (attributes: Record<string, string | number>): string =>
  Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');

export function formatJunit(report: ScanReport, _context?: FormatContext): string {
  const cases: string[] = [];
  for (const f of getSortedFindings(report.findings)) {
    const id = getRuleId(f.rule);
    const at = `${f.path}:${f.line}:${f.column}`;
    cases.push(
      `    <testcase${getAttributes({ classname: f.path, name: `${id} at ${at}`, time: 0 })}>`,
      `      <failure${getAttributes({ type: id, message: f.message })}>${escapeXml(`${at} ${f.message}`)}</failure>`,
      '    </testcase>',
    );
  }
  const errorNotices = report.notices.filter((n) => n.level === 'error');
  for (const n of errorNotices) {
    const subject = n.path ?? TOOL_NAME;
    cases.push(
      `    <testcase${getAttributes({ classname: subject, name: `${n.code}: ${subject}`, time: 0 })}>`,
      `      <error${getAttributes({ type: n.code, message: n.message })}>${escapeXml(`${subject} ${n.message}`)}</error>`,
      '    </testcase>',
    );
  }
  const { summary } = report;
  if (report.findings.length === 0) {
    const name = `no Intercom credential findings in ${summary.files} files (${formatSize(summary.bytes)})`;
    cases.push(`    <testcase${getAttributes({ classname: TOOL_NAME, name, time: 0 })}/>`);
  }
  // Lesser notices (skipped files, stale baseline entries) are context, not tests.
  const otherNotices = report.notices.filter((n) => n.level !== 'error');
  const output = otherNotices.map((n) => `${n.level}: ${n.path === undefined ? '' : `${n.path}: `}${n.message} (${n.code})`);
  if (output.length > 0) cases.push(`    <system-out>${output.map(escapeXml).join('\n')}</system-out>`);

  const totals = {
    tests: report.findings.length + errorNotices.length + (report.findings.length === 0 ? 1 : 0),
    failures: report.findings.length,
    errors: errorNotices.length,
    time: (Math.max(0, summary.durationMs) / 1000).toFixed(3),
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${getAttributes({ name: TOOL_NAME, ...totals })}>`,
    `  <testsuite${getAttributes({ name: TOOL_NAME, ...totals, skipped: 0 })}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
