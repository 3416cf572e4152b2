// Counterexamples the report-format properties found, kept as plain tests (tokens generated at
// run time).
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/scanner/report/index.js';
import type { ScanReport } from '../../src/scanner/types.js';
import { b64, generateToken, getDecodedToken } from '../support/generate-token.js';

const EMPTY: ScanReport = { findings: [], notices: [], summary: { files: 0, bytes: 0, findings: 0, suppressed: 0, baselined: 0, durationMs: 0 } };

describe('report format regressions', () => {
  // formatReport redacted the report's strings before encoding but not context.cwd, which SARIF
  // prints as the %SRCROOT% file URI: percent-encoding turned `Basic <credential>` into
  // `Basic%20<credential>` and `"tok:…"` into `%22tok:…`, which the final pass no longer reads as
  // tokens. Fixed: cwd is redacted before the formatter sees it.
  it('SARIF does not print a Basic credential held by the working directory name', () => {
    const credential = b64(`api:${generateToken()}`);
    const output = formatReport('sarif', EMPTY, { cwd: `/work/Basic ${credential}`, color: false });
    expect(output.includes(credential)).toBe(false);
  });

  it('SARIF does not print a decoded token quoted in the working directory name', () => {
    const decoded = getDecodedToken(crypto.randomUUID());
    const output = formatReport('sarif', EMPTY, { cwd: `/work/"${decoded}"`, color: false });
    expect(output.includes(decoded)).toBe(false);
  });
});
