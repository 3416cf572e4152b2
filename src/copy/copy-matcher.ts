import { TOKEN_BASE64_PREFIXES, TOKEN_PLAIN_PREFIX } from '../tokens/token-shape.js';
import { compilePhrase, compilePhrases, escapeRegExp } from './compile-phrases.js';
import {
  CLIPBOARD_WORDS,
  CREDENTIAL_NOUNS,
  CREDENTIAL_REFERENCES,
  DEVELOPER_HINTS,
  LABEL_HINT_LEADS,
  LABEL_LEAD_WORDS,
  NEGATIONS_AFTER,
  NEGATIONS_BEFORE,
  NEGATIONS_EXCEPT_PORTUGUESE,
  NEGATIONS_RIGHT_BEFORE,
  OTHER_VENDORS,
  REQUEST_VERBS,
} from './lexicon.js';

/** The lexicon compiled into regexes, once per set of extra nouns. */
export interface CopyMatcher {
  /** Cheap test on raw text: could it contain a credential noun or a token placeholder at all? */
  quick: RegExp;
  /** Global: every credential noun. */
  nouns: RegExp;
  /** Global: every request verb. */
  verbs: RegExp;
  /** The same verbs, for a stateless `test`. */
  verb: RegExp;
  negationBefore: RegExp;
  negationAfter: RegExp;
  /** A negation that is the last word(s) before the verb: Spanish "no envíe". Anchored at the end. */
  negationRightBefore: RegExp;
  /** "no" before any but a Portuguese verb, where it is often "in the". */
  negationExceptPortuguese: RegExp;
  /** A whole matched verb that is Portuguese. */
  portugueseVerb: RegExp;
  developerHints: RegExp;
  vendors: RegExp;
  /** A whole text that is just a credential noun with determiners/qualifiers: a field label. */
  label: RegExp;
  /** A word pointing back at a credential named earlier ("paste a valid token", "enter it"). */
  references: RegExp;
  /** A trailing "where to find it" hint after a label: ", from Settings → Developers". */
  labelHint: RegExp;
  clipboard: RegExp;
}

// Raw-text keywords for every noun in the lexicon, plus the placeholder prefixes. Deliberately
// loose: it only has to be cheap and never miss.
const QUICK_KEYWORDS = [
  String.raw`token|key|cl[eé]|chave|clave|llave|jeton|schl|sleutel|chiave|トークン|キー|令牌|密[钥鑰]|金鑰|權杖|토큰|키`,
  ...[...TOKEN_BASE64_PREFIXES, TOKEN_PLAIN_PREFIX].map(escapeRegExp),
].join('|');

function buildMatcher(additionalNouns: readonly string[]): CopyMatcher {
  const nouns = [...Object.values(CREDENTIAL_NOUNS).flat(), ...additionalNouns];
  const nounSource = compilePhrases(nouns, { plural: true }).source;
  const lead = LABEL_LEAD_WORDS.map((word) => compilePhrase(word)).join('|');
  const intercom = String.raw`intercom(?:'s|の|의|的)?`;
  const owner = String.raw`(?:for|from|of|de|da|do|del|di|du|d'|pour|fur|van|von|bei)\s*intercom`;
  const here = String.raw`(?:here|aqui|ici|hier|qui|goes here|va aqui)`;
  const extraQuick = additionalNouns.map((noun) => escapeRegExp(noun.split(/\s+/)[0] ?? noun));
  return {
    quick: new RegExp([QUICK_KEYWORDS, ...extraQuick].join('|'), 'i'),
    nouns: new RegExp(nounSource, 'gu'),
    verbs: compilePhrases(Object.values(REQUEST_VERBS).flat(), { global: true }),
    verb: compilePhrases(Object.values(REQUEST_VERBS).flat()),
    negationBefore: compilePhrases(NEGATIONS_BEFORE),
    negationAfter: compilePhrases(NEGATIONS_AFTER),
    negationExceptPortuguese: compilePhrases(NEGATIONS_EXCEPT_PORTUGUESE),
    portugueseVerb: new RegExp(`^(?:${compilePhrases(REQUEST_VERBS.pt).source})$`, 'u'),
    negationRightBefore: new RegExp(`(?:^|\\s)(?:${compilePhrases(NEGATIONS_RIGHT_BEFORE).source})\\s*$`, 'u'),
    developerHints: compilePhrases(DEVELOPER_HINTS),
    vendors: compilePhrases(OTHER_VENDORS),
    label: new RegExp(
      String.raw`^(?:(?:${lead}|${intercom})[\s-]*)*(?:${nounSource})(?:\s*(?:or|and|/|o|ou|oder|y|e|et|und)\s*(?:${nounSource}))?(?:[\s-]*(?:${owner}|intercom))?(?:\s+${here})?$`,
      'u',
    ),
    references: compilePhrases(CREDENTIAL_REFERENCES, { plural: true }),
    labelHint: new RegExp(String.raw`(?:[,;:]|\s[–—-])\s*(?:${compilePhrases(LABEL_HINT_LEADS).source})[\s\S]*$`, 'u'),
    clipboard: compilePhrases(CLIPBOARD_WORDS),
  };
}

const cache = new Map<string, CopyMatcher>();

/** The compiled lexicon, extended with caller-supplied nouns; cached so rules compile once. */
export function getCopyMatcher(additionalNouns: readonly string[] = []): CopyMatcher {
  const key = additionalNouns.join('\u0000');
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = buildMatcher(additionalNouns);
    cache.set(key, matcher);
  }
  return matcher;
}
