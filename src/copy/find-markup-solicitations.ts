// Judges markup as a page: each text node and copy attribute on its own, bare labels and masked
// example tokens only where they are about typing into a field. Shared by the ESLint rule (markup
// inside strings) and the scanner (.html/.vue/.svelte files and server-side templates).
import { getCopyMatcher } from './copy-matcher.js';
import { findSolicitationCandidate, type SolicitationCandidate } from './get-solicitation.js';
import { readMarkup, type MarkupPiece } from './read-markup.js';

export interface MarkupSolicitation {
  piece: MarkupPiece;
  candidate: SolicitationCandidate;
}

export interface MarkupSolicitationOptions {
  additionalNouns?: readonly string[];
  /**
   * Whether copy that does not name Intercom itself sits in an Intercom context. Called only for
   * such copy; `piece.context` holds the verdict of the elements around it (`none` when they name
   * no vendor and the caller must look further out).
   */
  hasIntercomContext: (piece: MarkupPiece) => boolean;
}

export function findMarkupSolicitations(markup: string, options: MarkupSolicitationOptions): MarkupSolicitation[] {
  const additionalNouns = options.additionalNouns ?? [];
  const matcher = getCopyMatcher(additionalNouns);
  const found: MarkupSolicitation[] = [];
  for (const piece of readMarkup(markup).pieces) {
    if (!matcher.quick.test(piece.text)) continue;
    const asField = piece.labelsInput;
    const candidate = findSolicitationCandidate(piece.text, {
      allowLabel: asField,
      // In page text a masked token is a stored credential on display or docs about the format.
      allowPlaceholder: asField && piece.kind === 'attribute',
      additionalNouns,
    });
    if (!candidate) continue;
    if (!candidate.namesIntercom && !options.hasIntercomContext(piece)) continue;
    found.push({ piece, candidate });
  }
  return found;
}
