import { normalizeCopy } from './normalize-copy.js';

const LATIN_EDGE = /[a-z0-9]/;

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regex source for one lexicon phrase, to be matched against `normalizeCopy` output.
 * Spaces and hyphens inside a phrase are optional separators; Latin edges get word boundaries
 * (Japanese/Chinese/Korean have none to check); a trailing `*` allows any word ending;
 * `plural` lets nouns end in "s" ("API keys", "Zugriffstokens").
 */
export function compilePhrase(phrase: string, { plural = false } = {}): string {
  const stem = phrase.endsWith('*');
  const words = normalizeCopy(stem ? phrase.slice(0, -1) : phrase)
    .split(/[\s-]+/)
    .filter(Boolean)
    // An apostrophe inside a word may be dropped ("dont"); one that ends it marks an elision
    // ("n'", "l'") and must be there, or "n'" would match every word starting with "n".
    .map((word) => {
      const escaped = escapeRegExp(word);
      const optional = (part: string) => part.replace(/'/g, "'?\\s*");
      return escaped.endsWith("'") ? `${optional(escaped.slice(0, -1))}'\\s*` : optional(escaped);
    });
  const body = words.join('[\\s-]*');
  const first = body.charAt(0);
  const last = words.at(-1)?.at(-1) ?? '';
  const start = LATIN_EDGE.test(first) ? '(?<![a-z0-9])' : '';
  let end = '';
  if (stem) end = '[a-z]*';
  else if (LATIN_EDGE.test(last)) end = plural ? 's?(?![a-z0-9])' : '(?![a-z0-9])';
  return `${start}${body}${end}`;
}

/** One regex matching any of the phrases, longest first so the most specific wins. */
export function compilePhrases(
  phrases: Iterable<string>,
  { plural = false, global = false }: { plural?: boolean; global?: boolean } = {},
): RegExp {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const source = unique.map((phrase) => compilePhrase(phrase, { plural })).join('|');
  return new RegExp(source, global ? 'gu' : 'u');
}
