import { toWellFormed } from './to-well-formed.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references so attribute-value normalisation and CRLF folding keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, LF
// and CR, and the non-characters U+FFFE/U+FFFF. Lone surrogates become U+FFFD first.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"'\t\n\r]/g;

/** Text safe in both XML content and (double- or single-quoted) attribute values. */
export function escapeXml(text: string): string {
  return toWellFormed(text).replace(ILLEGAL, '').replace(SPECIAL, (char) => ENTITIES[char] ?? char);
}
