// Judges one catalog or schema string the way the rule judges a string literal: plain copy through
// the copy core, markup (`<label>…</label><input>`) read as a page with each text and copy
// attribute judged on its own, and the surrounding scope asked for Intercom context only when the
// copy does not name Intercom itself.
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import { findSolicitationCandidate, type SolicitationCandidate } from '../../../copy/get-solicitation.js';
import { containsMarkup, readMarkup } from '../../../copy/read-markup.js';
import { getRuleMessage } from '../../get-rule-message.js';
import type { Detection } from '../../types.js';

export interface CopyToJudge {
  text: string;
  start: number;
  end: number;
  allowLabel: boolean;
  allowPlaceholder: boolean;
  /** Asked only when needed: whether the scope around the copy is about Intercom. */
  hasIntercomContext: () => boolean;
}

export type CopyJudge = (copy: CopyToJudge, detections: Detection[]) => void;

// A value that is only an interpolation is a reference to configuration, not copy:
// `${INTERCOM_TOKEN}`, `{{ .Values.intercom.token }}`, `${{ secrets.INTERCOM_TOKEN }}`, `%env(X)%`.
const INTERPOLATION_ONLY = /^\s*(?:\$\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{\{[^{}]*\}\}|%\{[^{}]*\}|%env\([^()]*\)%|<%=?[^%]*%>)\s*$/;
/** Longer values are documents, not UI copy: not judged. */
export const MAX_JUDGED_LENGTH = 100_000;
// Strings are often repeated across a catalog's languages or a schema's fields; verdicts on the
// text alone are remembered up to this many.
const MAX_CACHED = 4096;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function toDetection(candidate: SolicitationCandidate, start: number, end: number, text: string): Detection {
  return {
    rule: 'no-token-solicitation',
    messageId: candidate.kind,
    message: getRuleMessage('no-token-solicitation', candidate.kind, { subject: candidate.subject }),
    start,
    end,
    key: collapse(text),
  };
}

/** A judge for one file's strings, with the caller's extra credential nouns. */
export function createCopyJudge(additionalNouns: readonly string[]): CopyJudge {
  const matcher = getCopyMatcher(additionalNouns);
  const cache = new Map<string, SolicitationCandidate | null>();

  function classify(text: string, allowLabel: boolean, allowPlaceholder: boolean): SolicitationCandidate | null {
    const cacheKey = `${allowLabel ? 1 : 0}${allowPlaceholder ? 1 : 0}${text}`;
    let candidate = cache.get(cacheKey);
    if (candidate === undefined) {
      candidate = findSolicitationCandidate(text, { allowLabel, allowPlaceholder, additionalNouns });
      if (cache.size < MAX_CACHED) cache.set(cacheKey, candidate);
    }
    return candidate;
  }

  return (copy, detections) => {
    const { text } = copy;
    if (text.length > MAX_JUDGED_LENGTH || !matcher.quick.test(text) || INTERPOLATION_ONLY.test(text)) return;
    if (containsMarkup(text)) {
      for (const piece of readMarkup(text).pieces) {
        if (!matcher.quick.test(piece.text)) continue;
        // In page text a masked token is a stored credential on display or docs about its format.
        const candidate = classify(piece.text, piece.labelsInput, piece.labelsInput && piece.kind === 'attribute');
        if (!candidate) continue;
        const context = piece.context !== 'none' ? piece.context === 'intercom' : copy.hasIntercomContext();
        if (candidate.namesIntercom || context) detections.push(toDetection(candidate, copy.start, copy.end, piece.text));
      }
      return;
    }
    const candidate = classify(text, copy.allowLabel, copy.allowPlaceholder);
    if (!candidate || (!candidate.namesIntercom && !copy.hasIntercomContext())) return;
    detections.push(toDetection(candidate, copy.start, copy.end, text));
  };
}
