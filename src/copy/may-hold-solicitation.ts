import { getCopyMatcher } from './copy-matcher.js';
import { mayHoldIntercomCopy } from './has-intercom-file-context.js';

// A JS escape or an HTML character reference can spell a credential noun the raw text doesn't
// show (`'\u0074oken'`, `&#116;oken`): such a file always goes on to the full check.
const ESCAPE = /\\[ux]|&#/;

/**
 * The gate before any copy work on a source file, shared by the rule and the scanner: the file
 * could tie copy to Intercom, and some text in it could name a credential. Every piece of copy
 * the detector judges must pass the lexicon's quick test itself, so a file that fails it as a
 * whole holds none.
 */
export function mayHoldSolicitation(text: string, filename: string, additionalNouns: readonly string[] = []): boolean {
  return mayHoldIntercomCopy(text, filename) && (getCopyMatcher(additionalNouns).quick.test(text) || ESCAPE.test(text));
}
