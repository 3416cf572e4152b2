// Copy reaches the detector as JSX text, HTML, i18n catalogs or Markdown, so the same words come
// with entities, odd spaces, accents, full-width letters and markup. Normalising once lets the
// lexicon stay a plain list of words.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: "'", lsquo: "'",
  ldquo: '"', rdquo: '"', hellip: '…', mdash: '-', ndash: '-', rarr: '→', szlig: 'ss',
  bull: '•', middot: '·', shy: '', zwj: '', zwnj: '', ensp: ' ', emsp: ' ', thinsp: ' ',
};

// `&eacute;` and friends: the accent is dropped later anyway, so only the letter matters.
const ACCENTED_ENTITY = /&([a-z])(?:acute|grave|circ|uml|tilde|cedil|ring|slash);/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
// Only common HTML tags: "<your access token>" is copy, not markup, and must survive.
const MARKUP_TAG =
  /<\/?(?:a|abbr|b|bdi|big|blockquote|br|button|code|dd|del|div|dl|dt|em|fieldset|form|h[1-6]|hr|i|img|input|ins|kbd|label|legend|li|mark|ol|option|p|pre|q|s|samp|select|small|span|strong|sub|sup|table|tbody|td|textarea|th|thead|tr|u|ul|var|wbr)(?:\s[^<>]*)?\/?>/gi;
// Latin combining accents only: Japanese (han)dakuten (U+3099/309A) must survive.
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Line breaks survive (as one "\n"): they separate sentences, table cells, list items. SPACES
// runs first, so at most one space precedes a break: ` ?` there, where `\s*` retried a long
// run of spaces from each of them.
const SPACES = /[^\S\n]+/g;
const LINE_BREAKS = / ?\n\s*/g;

/** Decodes the HTML entities copy commonly carries (`&nbsp;`, `&#39;`, `&eacute;`). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ACCENTED_ENTITY, '$1').replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Folds text for matching but keeps letter case, so callers can still tell "Acme" from "acme".
 * Markup tags become spaces; entities, accents, full-width forms and exotic spaces are folded.
 */
export function foldCopy(text: string): string {
  return decodeHtmlEntities(text.replace(MARKUP_TAG, ' '))
    .normalize('NFKD')
    .replace(LATIN_COMBINING_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'")
    .replace(INVISIBLES, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(SPACES, ' ')
    .replace(LINE_BREAKS, '\n')
    .trim();
}

/** `foldCopy`, lower-cased: the form every lexicon phrase and every text is matched in. */
export function normalizeCopy(text: string): string {
  return foldCopy(text).toLowerCase();
}
