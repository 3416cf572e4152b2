import { describe, expect, it } from 'vitest';
import { applySuppressions, findSuppressions } from '../../../src/scanner/suppress/index.js';
import type { Finding, ReportedRuleName } from '../../../src/scanner/types.js';

function finding(rule: ReportedRuleName, line: number, column = 1): Finding {
  return { rule, messageId: 'm', message: 'msg', severity: 'error', path: 'src/a.ts', line, column, endLine: line, endColumn: column + 5, hash: `${rule}:${line}:${column}` };
}

const TEXT = [
  'one', // 1
  '// intercom-auth-ignore-next-line -- fixture', // 2
  'three', // 3: hidden, all rules
  'four // intercom-auth-ignore no-token-solicitation -- marketing copy about tokens', // 4: hidden, one rule
  '# intercom-auth-ignore-next-line intercom-auth/no-hardcoded-token -- sample', // 5
  'six', // 6: only hardcoded tokens hidden
  '// intercom-auth-ignore -- nothing is on this line', // 7: unused
].join('\r\n');

describe('applySuppressions', () => {
  const { directives } = findSuppressions(TEXT);

  it('hides findings starting on the next line (next-line form) or the same line', () => {
    const findings = [finding('no-hardcoded-token', 3), finding('no-token-solicitation', 3, 9), finding('no-token-solicitation', 4)];
    const result = applySuppressions(findings, directives);
    expect(result.suppressed).toEqual(findings);
    expect(result.kept).toEqual([]);
  });

  it('does not hide findings on other lines, the directive line included for next-line', () => {
    const findings = [finding('no-hardcoded-token', 1), finding('no-hardcoded-token', 2), finding('no-hardcoded-token', 8)];
    expect(applySuppressions(findings, directives).kept).toEqual(findings);
  });

  it('honours rule lists', () => {
    const onFour = finding('no-hardcoded-token', 4);
    const onSixToken = finding('no-hardcoded-token', 6);
    const onSixCopy = finding('no-token-solicitation', 6);
    const result = applySuppressions([onFour, onSixToken, onSixCopy], directives);
    expect(result.kept).toEqual([onFour, onSixCopy]);
    expect(result.suppressed).toEqual([onSixToken]);
  });

  it('never hides invalid-suppression findings', () => {
    const meta = finding('invalid-suppression', 3);
    expect(applySuppressions([meta], directives).kept).toEqual([meta]);
  });

  it('reports the directives that hid nothing', () => {
    const result = applySuppressions([finding('no-hardcoded-token', 3)], directives);
    expect(result.unused.map((d) => d.line)).toEqual([4, 5, 7]);
    expect(applySuppressions([], directives).unused).toEqual(directives);
  });

  it('keeps everything when there are no directives', () => {
    const findings = [finding('no-hardcoded-token', 1)];
    expect(applySuppressions(findings, [])).toEqual({ kept: findings, suppressed: [], unused: [] });
  });
});
