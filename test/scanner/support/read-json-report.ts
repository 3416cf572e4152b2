import { expect } from 'vitest';
import type { JsonReport } from '../../../src/scanner/report/index.js';
import type { ScannerRun } from './run-scanner.js';

/**
 * The `--format json` report a run printed, checked for the fields every consumer relies on.
 * A run that printed no JSON fails with its stderr (a crash, or dist/ rebuilt mid-run).
 */
export function readJsonReport(run: Pick<ScannerRun, 'stdout' | 'stderr'>): JsonReport {
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`expected a JSON report on stdout; stderr: ${run.stderr.slice(0, 2000)}`);
  }
  expect(report.version).toBe(1);
  expect(Array.isArray(report.findings) && Array.isArray(report.notices)).toBe(true);
  return report;
}
