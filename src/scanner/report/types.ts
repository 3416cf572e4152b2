// The one interface every output format implements: a report and its context in, text out.
import type { ScanReport } from '../types.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

export interface FormatContext {
  /** The directory finding paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** ANSI colours; the CLI decides from TTY, NO_COLOR and FORCE_COLOR. Only stylish uses it. */
  color: boolean;
}

export type Formatter = (report: ScanReport, context: FormatContext) => string;

/** The scanner's name in every format (JSON tool, SARIF driver, JUnit suites). */
export const TOOL_NAME = 'intercom-auth-scan';
