import { redactTokens } from '../../tokens/index.js';
import type { ScanReport } from '../types.js';

/**
 * The report with every printable string masked, before any format encodes it: once a path is
 * percent-encoded (SARIF) a token's `+`, `/` and `=` no longer read as a token to the final
 * output check in formatReport.
 */
export function redactReport(report: ScanReport): ScanReport {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, path: redactTokens(f.path), message: redactTokens(f.message) })),
    notices: report.notices.map((n) => ({
      ...n,
      ...(n.path === undefined ? {} : { path: redactTokens(n.path) }),
      message: redactTokens(n.message),
    })),
  };
}
