// Text around a token in a property is random, but a random character glued onto a token can
// legitimately change it: base64 characters extend the run (and change what it decodes to), and
// `[A-Za-z0-9_:-]` right after the decoded form continues its shape. So a token is always set
// apart from the random text by one of these, none of which is a base64 character.
import fc from 'fast-check';

export const DELIMITERS = [
  '"', "'", '`', ' ', '\t', '\n', '\r\n', '=', ':', ';', ',', '(', ')', '<', '>', '[', ']', '{', '}', '|', '&', '#', '!', '?',
] as const;

/**
 * A delimiter to put around a token. `afterDecoded`: the core ends the decoded `tok:…` form only
 * where its shape cannot go on, and `:` could start another field (`…:1:0:`), so it is left out.
 */
export function arbitraryDelimiter(options: { afterDecoded?: boolean } = {}): fc.Arbitrary<string> {
  return fc.constantFrom(...DELIMITERS.filter((d) => !(options.afterDecoded && d === ':')));
}
