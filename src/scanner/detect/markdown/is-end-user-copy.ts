// Whether copy on a Markdown page talks to an app's end users (help articles, onboarding steps)
// rather than to developers setting up their own deployment. A section that points at developer
// setup (env vars, config files, secrets, CLI commands, self-hosting, setup code) is developer
// material outright; otherwise the nearest scope with any evidence decides. A page written for
// developers by its path (README, CONTRIBUTING, docs/self-hosting/…) also needs the whole page
// to lean towards the end user with no setup anywhere. When nothing says, the answer is no:
// precision over recall.
import type { MarkdownScope } from './create-markdown-scopes.js';
import type { MarkdownDocumentKind } from './get-markdown-document-kind.js';

export function isEndUserCopy(scopes: readonly MarkdownScope[], kind: MarkdownDocumentKind): boolean {
  if (kind === 'changelog') return false;
  const page = scopes[scopes.length - 1]?.totals;
  if (!page) return false;
  // The section the copy sits in: under its nearest heading, or the page when there is none.
  if ((scopes[0]?.totals.setup ?? 0) > 0) return false;
  let decided: boolean | undefined;
  for (const { totals } of scopes.slice(0, -1)) {
    if (totals.developer + totals.user === 0) continue;
    decided = totals.user > totals.developer;
    break;
  }
  decided ??= kind === 'page' && page.user > page.developer;
  return decided && (kind === 'page' || (page.setup === 0 && page.user > page.developer));
}
