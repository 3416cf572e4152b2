// Copy in a markup file (HTML page, Vue/Svelte template, server-side template, PHP view): each
// text node and copy attribute judged as the rule judges markup strings, with the page itself as
// the outermost Intercom context.
import { getCopyMatcher } from '../../copy/copy-matcher.js';
import { findMarkupSolicitations, hasIntercomContext } from '../../copy/index.js';
import { getRuleMessage } from '../get-rule-message.js';
import type { Detection } from '../types.js';

/**
 * `markup` is the file's text, possibly with code regions blanked (PHP blocks); `page` the whole
 * text, for what the file as a whole is about.
 */
export function findMarkupFileSolicitations(markup: string, additionalNouns: readonly string[], page: string = markup): Detection[] {
  const text = markup;
  if (!getCopyMatcher(additionalNouns).quick.test(text)) return [];
  let pageContext: boolean | undefined;
  const found = findMarkupSolicitations(text, {
    additionalNouns,
    hasIntercomContext(piece) {
      // The elements around the copy decide first; a page that names no vendor there falls back
      // to what the whole file (scripts included: it is one component) is about.
      if (piece.context !== 'none') return piece.context === 'intercom';
      pageContext ??= hasIntercomContext(page);
      return pageContext;
    },
  });
  return found.map(({ piece, candidate }) => ({
    rule: 'no-token-solicitation',
    messageId: candidate.kind,
    message: getRuleMessage('no-token-solicitation', candidate.kind, { subject: candidate.subject }),
    start: piece.start,
    end: piece.end,
    key: piece.text.replace(/\s+/g, ' ').trim(),
  }));
}
