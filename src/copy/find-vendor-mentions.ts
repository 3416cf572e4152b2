import { OTHER_VENDORS } from './lexicon.js';

export interface VendorMentions {
  /** How often "Intercom" is named. */
  intercom: number;
  /** How often any other product from the lexicon is named. */
  other: number;
}

const escape = (name: string) => name.replace(/[.]/g, '\\.');
const VENDOR_NAMES = new RegExp(
  ['intercom', ...OTHER_VENDORS].sort((a, b) => b.length - a.length).map(escape).join('|'),
  'g',
);

const isLower = (char: string | undefined) => char !== undefined && char >= 'a' && char <= 'z';
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/**
 * A name is a separate word when it doesn't run into letters on either side, except across a
 * camelCase seam, so `IntercomClient`, `hubspotApiKey` and `SLACK_TOKEN` count but "laws" does
 * not name AWS and "notional" does not name Notion.
 */
function isWordAt(original: string, start: number, end: number): boolean {
  const before = original[start - 1];
  const after = original[end];
  const leftOk = !isLetter(before) || (isLower(before) && !isLower(original[start]));
  const rightOk = !isLetter(after) || (!isLower(after) && isLower(original[end - 1]));
  return leftOk && rightOk;
}

export interface VendorMention {
  /** Offset of the name in the text (in its lower-cased form, which almost always lines up). */
  index: number;
  intercom: boolean;
}

/**
 * Every vendor a piece of copy or an identifier names, in order. Works on case-preserved text
 * (`foldCopy` output or raw source) so camelCase seams can be seen.
 */
export function findVendorMentions(text: string): VendorMention[] {
  const found: VendorMention[] = [];
  const lower = text.toLowerCase();
  // Lower-casing changes lengths for a few scripts; then only plain boundaries can be checked.
  const original = lower.length === text.length ? text : lower;
  for (const match of lower.matchAll(VENDOR_NAMES)) {
    if (!isWordAt(original, match.index, match.index + match[0].length)) continue;
    found.push({ index: match.index, intercom: match[0] === 'intercom' });
  }
  return found;
}

/**
 * Counts the vendors a piece of copy or an identifier names. Works on case-preserved text
 * (`foldCopy` output or raw source) so camelCase seams can be seen.
 */
export function countVendorMentions(text: string): VendorMentions {
  const mentions: VendorMentions = { intercom: 0, other: 0 };
  for (const mention of findVendorMentions(text)) {
    if (mention.intercom) mentions.intercom += 1;
    else mentions.other += 1;
  }
  return mentions;
}

/** Whether a text or identifier names Intercom as a word (`Intercom`, `intercomToken`, `INTERCOM_`). */
export function mentionsIntercom(text: string): boolean {
  return /intercom/i.test(text) && countVendorMentions(text).intercom > 0;
}
