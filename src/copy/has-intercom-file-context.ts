import { countVendorMentions, type VendorMentions } from './find-vendor-mentions.js';
import { TOKEN_BASE64_PREFIXES } from '../tokens/token-shape.js';

// A file named after Intercom counts as this many mentions of it.
const FILENAME_WEIGHT = 3;
// Nothing in a file can be Intercom copy unless the file mentions Intercom somewhere (or shows an
// Intercom-shaped placeholder): one scan of the text lets most files skip all the work.
const FILE_SIGNAL = new RegExp(['intercom', ...TOKEN_BASE64_PREFIXES].join('|'), 'i');

const getBasename = (filename: string) => filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);

/** The cheap gate before any copy work: the text or the file's name could tie copy to Intercom. */
export function mayHoldIntercomCopy(text: string, filename: string): boolean {
  return FILE_SIGNAL.test(text) || /intercom/i.test(filename);
}

/**
 * `hasIntercomFileContext` for a caller that has already counted the vendor mentions of the
 * file's text (the scanner counts them once for every scope of a catalog).
 */
export function isMostlyAboutIntercom(textMentions: VendorMentions, filename: string): boolean {
  const intercom = textMentions.intercom + (countVendorMentions(getBasename(filename)).intercom > 0 ? FILENAME_WEIGHT : 0);
  return intercom > 0 && intercom > 2 * textMentions.other;
}

/**
 * The outermost context scope: a file (source, catalog, schema) is about Intercom when its name
 * clearly outnumbers every other vendor's in its text (comments included), a file named after
 * Intercom counting as a few mentions. One pass over the raw text.
 */
export function hasIntercomFileContext(text: string, filename: string): boolean {
  return isMostlyAboutIntercom(countVendorMentions(text), filename);
}
