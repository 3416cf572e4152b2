// The scanner's output formats behind one interface, like gitleaks' report/ package.
import { redactTokens } from '../../tokens/index.js';
import type { ScanReport } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { redactReport } from './redact-report.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatContext, FormatName, Formatter } from './types.js';

export type { FormatContext, FormatName, Formatter } from './types.js';
export { FORMAT_NAMES, isFormatName, TOOL_NAME } from './types.js';
export type { JsonFinding, JsonNotice, JsonReport, JsonSummary } from './json.js';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};


/**
 * The report in the named format. Messages are masked at the source; as a safety net every
 * string is redacted before encoding and the output once more after, so no format can ever
 * carry a whole token.
 */
export function formatReport(name: FormatName, report: ScanReport, context: FormatContext): string {
  // Fields are redacted before encoding (SARIF percent-encodes the working directory, which hides
  // a token from the final pass), and the whole output after.
  return redactTokens(FORMATTERS[name](redactReport(report), { ...context, cwd: redactTokens(context.cwd) }));
}
