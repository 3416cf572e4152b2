import { countVendorMentions, type VendorMentions } from './find-vendor-mentions.js';

/** What a scope's text says about which vendor it is about. */
export type ContextVerdict = 'intercom' | 'other' | 'mixed' | 'none';

/** Adds up vendor mentions over many texts (strings, labels, identifiers of one scope). */
export function sumVendorMentions(texts: Iterable<string>): VendorMentions {
  const total: VendorMentions = { intercom: 0, other: 0 };
  for (const text of texts) {
    const mentions = countVendorMentions(text);
    total.intercom += mentions.intercom;
    total.other += mentions.other;
  }
  return total;
}

/**
 * The verdict for one scope (a form, schema object, component). Scopes are tried from the
 * innermost out and the first that names any vendor decides, so "Enter your API key" in the
 * Slack card of an integrations page is not blamed on the Intercom card next to it.
 */
export function getContextVerdict(mentions: VendorMentions): ContextVerdict {
  if (mentions.intercom > 0) return mentions.other > 0 ? 'mixed' : 'intercom';
  return mentions.other > 0 ? 'other' : 'none';
}

/**
 * Whether a larger body of text (a file, an i18n catalog, a Markdown page) is mostly about
 * Intercom: it names Intercom, and more than twice as often as all other vendors together.
 */
export function hasIntercomContext(texts: string | Iterable<string>): boolean {
  const mentions = sumVendorMentions(typeof texts === 'string' ? [texts] : texts);
  return mentions.intercom > 0 && mentions.intercom > 2 * mentions.other;
}
