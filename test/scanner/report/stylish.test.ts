import { describe, expect, it } from 'vitest';
import { getHumanDuration } from '../../../src/scanner/report/get-human-duration.js';
import { formatSize } from '../../../src/scanner/files/format-size.js';
import { formatStylish } from '../../../src/scanner/report/stylish.js';
import type { ScanReport } from '../../../src/scanner/types.js';
import { CONTEXT, getEmptyReport, getSampleReport, PATHS } from './get-sample-report.js';

const stripAnsi = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

describe('stylish format', () => {
  it('groups findings by file in aligned columns', () => {
    const lines = formatStylish(getSampleReport(), CONTEXT).split('\n');
    expect(lines[0]).toBe('');
    const plain = lines.indexOf(PATHS.plain);
    expect(lines.slice(plain, plain + 5)).toEqual([
      PATHS.plain,
      expect.stringMatching(/^ {3}1:1 {3}error {2}This suppression comment has no reason: add one after "--"\. +intercom-auth\/invalid-suppression$/),
      expect.stringMatching(/^ {3}3:15 {2}error {2}Intercom access token \(dG9rO.{3}…\) is hardcoded\. .+ {2}intercom-auth\/no-hardcoded-token$/),
      expect.stringMatching(/^ {2}20:3 {3}error {2}Intercom access token .+ {2}intercom-auth\/no-hardcoded-token$/),
      '',
    ]);
    // Rule ids line up in a column within a file block.
    const ruleColumns = lines.slice(plain + 1, plain + 4).map((l) => l.indexOf('intercom-auth/'));
    expect(new Set(ruleColumns).size).toBe(1);
    expect(lines).toContain(PATHS.spaces);
    expect(lines).toContain(PATHS.unicode);
    expect(lines.find((l) => l.includes('no-token-solicitation'))).toMatch(/^ {2}12:1 {2}warning {2}Copy asks/);
  });

  it('lists notices by level, then a summary line', () => {
    const text = formatStylish(getSampleReport(), CONTEXT);
    const tail = text.slice(text.indexOf('Scan errors'));
    expect(tail).toBe(
      [
        'Scan errors (1)',
        '  secret dir/x.js  Cannot read the file: permission denied.  unreadable',
        '',
        'Scan warnings (2)',
        '  assets/logo #2.png  Skipped a binary file.             binary',
        '  src/app.ts          Could not parse; scanned as text.  parse-fallback',
        '',
        'Scan notes (1)',
        '  2 baseline entries no longer match any finding.  stale-baseline',
        '',
        '✖ 5 findings (4 errors, 1 warning) · 12 files (33.8 KiB) · 2 suppressed · 1 baselined · 420 ms',
        '',
      ].join('\n'),
    );
  });

  it('prints a short summary for a clean run', () => {
    expect(formatStylish(getEmptyReport(), CONTEXT)).toBe('✔ No findings · 0 files (0 B) · 0 ms\n');
    const quiet: ScanReport = { ...getEmptyReport(), summary: { files: 1, bytes: 2_500_000, findings: 0, suppressed: 3, baselined: 0, durationMs: 1234 } };
    expect(formatStylish(quiet, CONTEXT)).toBe('✔ No findings · 1 file (2.4 MiB) · 3 suppressed · 1.23 s\n');
    const failed = { ...getEmptyReport(), notices: getSampleReport().notices.filter((n) => n.level === 'error') };
    expect(formatStylish(failed, CONTEXT).trimEnd().split('\n').pop()).toBe('✖ No findings, but 1 scan error · 0 files (0 B) · 0 ms');
  });

  it('colours only when asked, without changing the text', () => {
    const plain = formatStylish(getSampleReport(), CONTEXT);
    expect(plain).not.toContain('\u001b');
    const coloured = formatStylish(getSampleReport(), { ...CONTEXT, color: true });
    expect(coloured).toContain(`\u001b[4m${PATHS.plain}\u001b[24m`);
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('shows control characters from paths and messages as visible escapes', () => {
    const [finding] = getSampleReport().findings;
    const report: ScanReport = {
      ...getEmptyReport(),
      findings: [{ ...finding!, path: 'evil\u001b[2J\u202e.js', message: 'line\rover\u0007' }],
    };
    const text = formatStylish(report, CONTEXT);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain('evil\\u{1B}[2J\\u{202E}.js');
    expect(text).toContain('line\\u{D}over\\u{7}');
  });
});

describe('human sizes and durations', () => {
  it('reads like people write them', () => {
    expect([0, 1023, 1024, 34_567, 1_234_567, 5 * 1024 ** 4].map(formatSize)).toEqual(['0 B', '1023 B', '1.0 KiB', '33.8 KiB', '1.2 MiB', '5.0 TiB']);
    expect([0, 420.4, 1234, 12_345, 125_000].map(getHumanDuration)).toEqual(['0 ms', '420 ms', '1.23 s', '12.3 s', '2 min 5 s']);
  });
});
