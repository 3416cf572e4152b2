// Places a file's detections: lines and columns from offsets, severity from the config, and the
// hash baselines key on (rule, path and what was found — never the line).
import { getFindingHash } from './baseline/get-finding-hash.js';
import { getLineIndex } from './get-line-index.js';
import type { Detection, Finding, RuleName, Severity } from './types.js';

export function toFindings(
  detections: readonly Detection[],
  text: string,
  path: string,
  getSeverity: (rule: RuleName) => Severity,
): Finding[] {
  if (detections.length === 0) return [];
  const lines = getLineIndex(text);
  return detections.map((detection) => {
    const start = lines.getLocation(detection.start);
    const end = lines.getLocation(Math.max(detection.end, detection.start));
    const ruleSeverity = detection.rule === 'invalid-suppression' ? 'error' : getSeverity(detection.rule);
    return {
      rule: detection.rule,
      messageId: detection.messageId,
      message: detection.message,
      severity: detection.downgraded ? 'warning' : ruleSeverity,
      path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      // An empty range still marks one column (SARIF consumers reject endColumn < startColumn).
      endColumn: end.line === start.line ? Math.max(end.column, start.column + 1) : end.column,
      hash: getFindingHash(detection.rule, path, detection.key),
    };
  });
}
