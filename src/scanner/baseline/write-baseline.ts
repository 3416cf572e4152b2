import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { NAMESPACE } from '../../package-meta.js';
import type { Finding } from '../types.js';
import { UsageError } from '../usage-error.js';
import { BASELINE_TOOL, BASELINE_VERSION, type Baseline } from './baseline-format.js';
import { createBaseline } from './create-baseline.js';

/** The file text for `baseline`: 2-space JSON with a trailing newline, `count` only when > 1. */
export function formatBaseline(baseline: Baseline): string {
  const findings = baseline.entries.map(({ rule, path, hash, count }) => ({
    rule: `${NAMESPACE}/${rule}`,
    path,
    hash,
    ...(count > 1 ? { count } : {}),
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: BASELINE_TOOL, findings }, null, 2)}\n`;
}

/** Writes the baseline hiding `findings` to `file`, replacing it whole (never half-written). */
export function writeBaseline(file: string, findings: readonly Finding[]): void {
  const text = formatBaseline(createBaseline(findings));
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot write baseline${code ? ` (${code})` : ''}`);
  }
}
