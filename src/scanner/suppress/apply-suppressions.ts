import type { Finding } from '../types.js';
import type { Directive } from './find-suppressions.js';

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Finding[];
  /** Directives that hid nothing: the CLI warns about them so stale ignores get removed. */
  unused: Directive[];
}

/**
 * Hides the findings of one file that an inline directive covers: the finding starts on the
 * directive's `appliesToLine` and the directive names its rule (or no rule at all).
 * `invalid-suppression` findings are never hidden, or a bad directive could silence itself.
 */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[]): SuppressionResult {
  const result: SuppressionResult = { kept: [], suppressed: [], unused: [] };
  if (directives.length === 0) {
    result.kept = [...findings];
    return result;
  }
  const byLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    const list = byLine.get(directive.appliesToLine);
    if (list) list.push(directive);
    else byLine.set(directive.appliesToLine, [directive]);
  }
  const used = new Set<Directive>();
  for (const finding of findings) {
    const matching =
      finding.rule === 'invalid-suppression'
        ? []
        : (byLine.get(finding.line) ?? []).filter((d) => d.rules === 'all' || (d.rules as readonly string[]).includes(finding.rule));
    for (const directive of matching) used.add(directive);
    (matching.length > 0 ? result.suppressed : result.kept).push(finding);
  }
  result.unused = directives.filter((d) => !used.has(d));
  return result;
}
