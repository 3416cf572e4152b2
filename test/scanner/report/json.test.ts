import { describe, expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../../../src/package-meta.js';
import { formatJson, type JsonReport } from '../../../src/scanner/report/json.js';
import type { Finding } from '../../../src/scanner/types.js';
import { CONTEXT, getEmptyReport, getSampleReport, PATHS } from './get-sample-report.js';

const parse = (text: string): JsonReport => JSON.parse(text) as JsonReport;

describe('json format', () => {
  it('prints the documented object, pretty, with a trailing newline', () => {
    const text = formatJson(getSampleReport(), CONTEXT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 1,');
    const json = parse(text);
    expect(Object.keys(json)).toEqual(['version', 'tool', 'findings', 'notices', 'summary']);
    expect(json.tool).toEqual({ name: 'intercom-auth-scan', version: PACKAGE_VERSION });
  });

  it('lists findings sorted, with namespaced rule ids and exactly the documented fields', () => {
    const { findings } = parse(formatJson(getSampleReport(), CONTEXT));
    expect(findings.map((f) => `${f.path}:${f.line}`)).toEqual([
      `${PATHS.spaces}:12`,
      `${PATHS.plain}:1`,
      `${PATHS.plain}:3`,
      `${PATHS.plain}:20`,
      `${PATHS.unicode}:40`,
    ]);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['rule', 'messageId', 'severity', 'message', 'path', 'line', 'column', 'endLine', 'endColumn', 'hash']);
      expect(f.rule).toMatch(/^intercom-auth\/(no-hardcoded-token|no-user-supplied-token|no-token-solicitation|invalid-suppression)$/);
    }
    expect(findings[0]).toMatchObject({ severity: 'warning', line: 12, column: 1, endLine: 13, endColumn: 4 });
  });

  it('keeps notices in order, without a path key when there is none', () => {
    const { notices } = parse(formatJson(getSampleReport(), CONTEXT));
    expect(notices.map((n) => n.code)).toEqual(['binary', 'unreadable', 'stale-baseline', 'parse-fallback']);
    expect('path' in notices[2]!).toBe(false);
    expect(notices[1]).toEqual({ level: 'error', code: 'unreadable', path: 'secret dir/x.js', message: 'Cannot read the file: permission denied.' });
  });

  it('summarises with error and warning counts', () => {
    const { summary } = parse(formatJson(getSampleReport(), CONTEXT));
    expect(summary).toEqual({ files: 12, bytes: 34_567, findings: 5, errors: 4, warnings: 1, suppressed: 2, baselined: 1, durationMs: 420 });
  });

  it('never copies fields it does not document', () => {
    const report = getSampleReport();
    (report.findings[0] as Finding & { key: string }).key = 'internal-key-value';
    expect(formatJson(report, CONTEXT)).not.toContain('internal-key-value');
  });

  it('prints an empty report', () => {
    const json = parse(formatJson(getEmptyReport(), CONTEXT));
    expect(json.findings).toEqual([]);
    expect(json.notices).toEqual([]);
    expect(json.summary).toMatchObject({ findings: 0, errors: 0, warnings: 0 });
  });
});
