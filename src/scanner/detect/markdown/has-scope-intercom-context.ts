// Whether copy that does not name Intercom itself is about Intercom: the innermost scope that
// names any vendor decides (the element or table row around the copy, then its sections), then
// the page. A section about Slack that never names Intercom decides "not Intercom" for its copy.
import { getContextVerdict, type ContextVerdict } from '../../../copy/index.js';
import type { MarkdownScope } from './create-markdown-scopes.js';

function decide(verdict: ContextVerdict, intercom: number, other: number): boolean | undefined {
  if (verdict === 'none') return undefined;
  if (verdict === 'mixed') return intercom > 2 * other;
  return verdict === 'intercom';
}

/**
 * `nearest`: verdicts of scopes inside the block, innermost first (a markup element, a table
 * row); `scopes` as `createMarkdownScopes` gives them, ending with the page; `pageContext`: the
 * page's own answer (it is mostly about Intercom, or its path names Intercom).
 */
export function hasScopeIntercomContext(
  nearest: readonly ContextVerdict[],
  scopes: readonly MarkdownScope[],
  pageContext: boolean,
): boolean {
  for (const verdict of nearest) {
    // A mixed element or row cannot be weighed here: precision says no.
    if (verdict !== 'none') return verdict === 'intercom';
  }
  for (const { totals } of scopes.slice(0, -1)) {
    const answer = decide(getContextVerdict(totals), totals.intercom, totals.other);
    if (answer !== undefined) return answer;
  }
  return pageContext;
}
