// The one interface every output format implements: a report and its context in, text out.
import type { ScanReport } from '../types.js';

/** Kept here, apart from the writers, so parsing `--format` loads none of them. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(x: string): x is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(x);
}

export interface FormatContext {
  /** The directory finding paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** ANSI colours; the CLI decides from TTY, NO_COLOR and FORCE_COLOR. Only stylish uses it. */
  color: boolean;
}

export type Formatter = (report: ScanReport, context: FormatContext) => string;

/** The scanner's name in every format (JSON tool, SARIF driver, JUnit suites). */
export const TOOL_NAME = 'intercom-auth-scan';
