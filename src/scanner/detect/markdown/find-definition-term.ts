// A definition-like line: "**Intercom access token**: from Settings → Developers", "Access token —
// shown under Authentication". The term may be a bare field label when its description says
// where the value comes from or which field it goes in; otherwise it is just a term being defined.
import { isFieldHint } from './is-field-hint.js';

export interface DefinitionTerm {
  /** `[start, end)` of the term in the copy. */
  start: number;
  end: number;
  term: string;
}

const MAX_TERM_LENGTH = 80;
const SEPARATORS = [':', '：', ' — ', ' – ', ' - '];

export function findDefinitionTerm(copy: string): DefinitionTerm | undefined {
  const head = copy.slice(0, MAX_TERM_LENGTH + 4);
  let cut = -1;
  let separator = '';
  for (const mark of SEPARATORS) {
    const at = head.indexOf(mark);
    if (at > 0 && (cut < 0 || at < cut)) {
      cut = at;
      separator = mark;
    }
  }
  if (cut < 0) return undefined;
  const raw = copy.slice(0, cut);
  const term = raw.trim();
  if (term.length < 2 || term.length > MAX_TERM_LENGTH || /[.!?。！？]/.test(term)) return undefined;
  if (!isFieldHint(copy.slice(cut + separator.length))) return undefined;
  const start = raw.length - raw.trimStart().length;
  return { start, end: start + term.length, term };
}
