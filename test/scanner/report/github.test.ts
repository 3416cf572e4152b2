import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../../src/scanner/report/github.js';
import type { ScanReport } from '../../../src/scanner/types.js';
import { CONTEXT, getEmptyReport, getSampleReport, hashOf, PATHS } from './get-sample-report.js';

describe('github format', () => {
  it('prints one workflow command per finding and notice, each on one line', () => {
    const report = getSampleReport();
    const lines = formatGithub(report, CONTEXT).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(report.findings.length + report.notices.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
  });

  it('annotates findings with position, rule title and severity', () => {
    const lines = formatGithub(getSampleReport(), CONTEXT).split('\n');
    expect(lines[0]).toBe(
      '::warning file=docs/my file #1 100%25.md,line=12,col=1,endLine=13,endColumn=4,title=intercom-auth/no-token-solicitation::' +
        'Copy asks users for their Intercom access token: use Intercom OAuth instead.',
    );
    expect(lines[1]).toMatch(/^::error file=src\/app\.ts,line=1,col=1,endLine=1,endColumn=42,title=intercom-auth\/invalid-suppression::/);
    expect(lines[4]).toContain(`file=${PATHS.unicode},line=40,col=7,`);
  });

  it('reports scan errors and warnings as ::warning and notes as ::notice', () => {
    const lines = formatGithub(getSampleReport(), CONTEXT).trimEnd().split('\n').slice(5);
    expect(lines).toEqual([
      '::warning file=assets/logo #2.png,title=intercom-auth-scan binary::Skipped a binary file.',
      '::warning file=secret dir/x.js,title=intercom-auth-scan unreadable::Cannot read the file: permission denied.',
      '::notice title=intercom-auth-scan stale-baseline::2 baseline entries no longer match any finding.',
      '::warning file=src/app.ts,title=intercom-auth-scan parse-fallback::Could not parse; scanned as text.',
    ]);
  });

  it('escapes properties and data as the Actions toolkit does', () => {
    const report: ScanReport = {
      ...getEmptyReport(),
      findings: [
        {
          rule: 'no-token-solicitation',
          messageId: 'request',
          message: '100% sure:\r\nline two, ok',
          severity: 'error',
          path: 'a,b:c%d\ne.txt',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 9,
          hash: hashOf('x'),
        },
      ],
    };
    expect(formatGithub(report, CONTEXT)).toBe(
      '::error file=a%2Cb%3Ac%25d%0Ae.txt,line=2,col=5,endLine=2,endColumn=9,title=intercom-auth/no-token-solicitation::100%25 sure:%0D%0Aline two, ok\n',
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub(getEmptyReport(), CONTEXT)).toBe('');
  });
});
