// The human format, modelled on ESLint's stylish: findings grouped by file in aligned columns,
// then the scan's own notices, then one summary line.
import type { Finding, Notice, NoticeLevel, ScanReport } from '../types.js';
import { getHumanDuration } from './get-human-duration.js';
import { formatSize } from '../files/format-size.js';
import { getPrintable } from './get-printable.js';
import { getRuleId } from './get-rule-id.js';
import { getSortedFindings } from './get-sorted-findings.js';
import type { FormatContext } from './types.js';

type Style = 'red' | 'yellow' | 'green' | 'cyan' | 'dim' | 'bold' | 'underline';

const ANSI: Readonly<Record<Style, readonly [number, number]>> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

type Paint = (text: string, ...styles: Style[]) => string;

const getPaint = (color: boolean): Paint =>
  color
    ? (text, ...styles) => styles.reduce((out, s) => `\u001b[${ANSI[s][0]}m${out}\u001b[${ANSI[s][1]}m`, text)
    : (text) => text;

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Left-aligned cell: pads the plain text, then paints, so escapes never count as width. */
const cell = (paint: Paint, text: string, width: number, ...styles: Style[]): string =>
  paint(text, ...styles) + ' '.repeat(Math.max(0, width - text.length));

const widest = (values: readonly string[]): number => values.reduce((max, v) => Math.max(max, v.length), 0);

function getFileBlock(path: string, findings: readonly Finding[], paint: Paint): string[] {
  const rows = findings.map((f) => ({
    line: String(f.line),
    column: String(f.column),
    severity: f.severity,
    message: getPrintable(f.message),
    rule: getRuleId(f.rule),
  }));
  const w = {
    line: widest(rows.map((r) => r.line)),
    column: widest(rows.map((r) => r.column)),
    severity: widest(rows.map((r) => r.severity)),
    message: widest(rows.map((r) => r.message)),
  };
  return [
    paint(getPrintable(path), 'underline'),
    ...rows.map((r) => {
      const position = paint(`${r.line.padStart(w.line)}:${r.column.padEnd(w.column)}`, 'dim');
      const severity = cell(paint, r.severity, w.severity, r.severity === 'error' ? 'red' : 'yellow');
      return `  ${position}  ${severity}  ${cell(paint, r.message, w.message)}  ${paint(r.rule, 'dim')}`;
    }),
  ];
}

const NOTICE_HEADINGS: readonly (readonly [NoticeLevel, string, Style])[] = [
  ['error', 'Scan errors', 'red'],
  ['warning', 'Scan warnings', 'yellow'],
  ['info', 'Scan notes', 'cyan'],
];

function getNoticeBlock(heading: string, style: Style, notices: readonly Notice[], paint: Paint): string[] {
  const rows = notices.map((n) => ({ path: getPrintable(n.path ?? ''), message: getPrintable(n.message), code: n.code }));
  const pathWidth = widest(rows.map((r) => r.path));
  const messageWidth = widest(rows.map((r) => r.message));
  return [
    paint(`${heading} (${notices.length})`, style, 'bold'),
    ...rows.map((r) => {
      const path = pathWidth === 0 ? '' : `${cell(paint, r.path, pathWidth)}  `;
      return `  ${path}${cell(paint, r.message, messageWidth)}  ${paint(getPrintable(r.code), 'dim')}`;
    }),
  ];
}

function getSummary(report: ScanReport, paint: Paint): string {
  const { summary, findings } = report;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const scanErrors = report.notices.filter((n) => n.level === 'error').length;
  const scanned = `${plural(summary.files, 'file')} (${formatSize(summary.bytes)})`;
  const hidden = [
    ...(summary.suppressed > 0 || findings.length > 0 ? [`${summary.suppressed} suppressed`] : []),
    ...(summary.baselined > 0 || findings.length > 0 ? [`${summary.baselined} baselined`] : []),
  ];
  const tail = [scanned, ...hidden, getHumanDuration(summary.durationMs)].join(' · ');
  if (findings.length > 0) {
    const head = `✖ ${plural(findings.length, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    return `${paint(head, errors > 0 ? 'red' : 'yellow', 'bold')} · ${tail}`;
  }
  if (scanErrors > 0) return `${paint(`✖ No findings, but ${plural(scanErrors, 'scan error')}`, 'red', 'bold')} · ${tail}`;
  return `${paint('✔ No findings', 'green', 'bold')} · ${tail}`;
}

export function formatStylish(report: ScanReport, context: FormatContext): string {
  const paint = getPaint(context.color);
  const blocks: string[][] = [];
  const byPath = new Map<string, Finding[]>();
  for (const f of getSortedFindings(report.findings)) {
    const group = byPath.get(f.path);
    if (group) group.push(f);
    else byPath.set(f.path, [f]);
  }
  for (const [path, findings] of byPath) blocks.push(getFileBlock(path, findings, paint));
  for (const [level, heading, style] of NOTICE_HEADINGS) {
    const notices = report.notices.filter((n) => n.level === level);
    if (notices.length > 0) blocks.push(getNoticeBlock(heading, style, notices, paint));
  }
  blocks.push([getSummary(report, paint)]);
  // ESLint-like spacing: a blank line before every block, none when there is only the summary.
  const text = blocks.map((b) => b.join('\n')).join('\n\n');
  return blocks.length === 1 ? `${text}\n` : `\n${text}\n`;
}
