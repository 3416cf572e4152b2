// Reports shared by the format tests (not a test file itself). Tokens are generated at run time
// and only ever appear masked, as the scanner's messages do.
import { createHash } from 'node:crypto';
import { getRuleMessage } from '../../../src/scanner/get-rule-message.js';
import type { Finding, Notice, ScanReport } from '../../../src/scanner/types.js';
import { maskToken } from '../../../src/tokens/index.js';
import { generateToken } from '../../support/generate-token.js';

export const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export const PATHS = {
  plain: 'src/app.ts',
  spaces: 'docs/my file #1 100%.md',
  unicode: 'src/ünï/登录 ?.vue',
} as const;

// One token per test run, so two sample reports print the same.
const masked = maskToken(generateToken());

export function getSampleFindings(): Finding[] {
  const hardcoded = getRuleMessage('no-hardcoded-token', 'hardcodedToken', { masked });
  return [
    // Deliberately unsorted: formats sort by path and position.
    {
      rule: 'no-user-supplied-token',
      messageId: 'userSuppliedToken',
      message: getRuleMessage('no-user-supplied-token', 'userSuppliedToken', { source: 'req.body.token' }),
      severity: 'error',
      path: PATHS.unicode,
      line: 40,
      column: 7,
      endLine: 40,
      endColumn: 30,
      hash: hashOf('user'),
    },
    {
      rule: 'no-hardcoded-token',
      messageId: 'hardcodedToken',
      message: hardcoded,
      severity: 'error',
      path: PATHS.plain,
      line: 20,
      column: 3,
      endLine: 20,
      endColumn: 63,
      hash: hashOf('token'),
    },
    {
      rule: 'no-token-solicitation',
      messageId: 'request',
      message: 'Copy asks users for their Intercom access token: use Intercom OAuth instead.',
      severity: 'warning',
      path: PATHS.spaces,
      line: 12,
      column: 1,
      endLine: 13,
      endColumn: 4,
      hash: hashOf('copy'),
    },
    {
      rule: 'no-hardcoded-token',
      messageId: 'hardcodedToken',
      message: hardcoded,
      severity: 'error',
      path: PATHS.plain,
      line: 3,
      column: 15,
      endLine: 3,
      endColumn: 75,
      // The same token twice in one file: one hash, two findings.
      hash: hashOf('token'),
    },
    {
      rule: 'invalid-suppression',
      messageId: 'missingReason',
      message: 'This suppression comment has no reason: add one after "--".',
      severity: 'error',
      path: PATHS.plain,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 42,
      hash: hashOf('suppression'),
    },
  ];
}

export function getSampleNotices(): Notice[] {
  return [
    { level: 'warning', code: 'binary', path: 'assets/logo #2.png', message: 'Skipped a binary file.' },
    { level: 'error', code: 'unreadable', path: 'secret dir/x.js', message: 'Cannot read the file: permission denied.' },
    { level: 'info', code: 'stale-baseline', message: '2 baseline entries no longer match any finding.' },
    { level: 'warning', code: 'parse-fallback', path: PATHS.plain, message: 'Could not parse; scanned as text.' },
  ];
}

export function getSampleReport(): ScanReport {
  const findings = getSampleFindings();
  return {
    findings,
    notices: getSampleNotices(),
    summary: { files: 12, bytes: 34_567, findings: findings.length, suppressed: 2, baselined: 1, durationMs: 420 },
  };
}

export function getEmptyReport(): ScanReport {
  return { findings: [], notices: [], summary: { files: 0, bytes: 0, findings: 0, suppressed: 0, baselined: 0, durationMs: 0 } };
}

export const CONTEXT = { cwd: '/work/my repo', color: false } as const;
