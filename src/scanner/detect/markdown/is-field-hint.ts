// A bare credential noun in a table cell or before a colon labels a field only when the text
// beside it is about filling that field in: where the value is found ("from Settings →
// Developers"), which screen or button it involves, or a request ("paste the token from step 2").
// Beside a value ("| Access token | dG9rOm•••• |") or a definition ("stored encrypted") it is a
// term on display, not a form.
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import { normalizeCopy } from '../../../copy/index.js';
import { countAudienceEvidence } from './count-audience-evidence.js';

const WHERE_HINT =
  /^(?:from|in|under|at|via|see|found|available|located|get|generated|created|copied|shown|listed|desde|en|dans|depuis|sous|aus|unter|im|em|no|na|から|で)(?![\p{L}\p{N}])/u;

export function isFieldHint(description: string): boolean {
  const normalized = normalizeCopy(description);
  if (normalized.length === 0) return false;
  return WHERE_HINT.test(normalized) || getCopyMatcher().verb.test(normalized) || countAudienceEvidence(description).user > 0;
}
