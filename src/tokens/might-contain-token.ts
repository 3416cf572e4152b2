import {
  BASIC_DOUBLE_ENCODED_PREFIXES,
  TOKEN_BASE64_PREFIXES,
  TOKEN_PLAIN_PREFIX,
} from './token-shape.js';

const KEYWORDS = [...TOKEN_BASE64_PREFIXES, ...BASIC_DOUBLE_ENCODED_PREFIXES, TOKEN_PLAIN_PREFIX];

/**
 * The cheap pre-filter run before any regex: nearly every file fails it, so most files cost one
 * search. `Basic ` catches tokens wrapped in a Basic header after other usernames.
 */
export function mightContainToken(text: string): boolean {
  for (const keyword of KEYWORDS) if (text.includes(keyword)) return true;
  return text.includes('Basic ');
}

// What the first piece of a split token still shows: a prefix cut after three or four characters,
// or the `Basic ` before a credential whose base64 shows nothing (the token as a password).
const PIECE_KEYWORDS = [
  ...new Set([
    ...TOKEN_BASE64_PREFIXES.map((p) => p.slice(0, 3)),
    ...BASIC_DOUBLE_ENCODED_PREFIXES.map((p) => p.slice(0, 4)),
    TOKEN_PLAIN_PREFIX,
    'Basic ',
  ]),
];
// A piece ends where its string does (a quote, a backtick or `${`), before the whole token is
// spelled out: so the keyword is followed by at most a token's length of token characters
// (escaped padding included) and a string end. A keyword deep in a base64 blob is no piece.
const MAX_PIECE_TAIL = 256;
const TAIL_CHARACTERS = new Uint8Array(128);
for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=%:.\\-') {
  TAIL_CHARACTERS[character.charCodeAt(0)] = 1;
}
const STRING_ENDS = new Set(['\'', '"', '`', '$']);
const isTailCharacter = (code: number) => code < 128 && TAIL_CHARACTERS[code] === 1;

/**
 * Whether folding the file's constant strings could reveal a token split into pieces. Linear:
 * each run of token characters is walked once, however many keywords it holds.
 */
export function mightContainTokenPiece(text: string): boolean {
  for (const keyword of PIECE_KEYWORDS) {
    let at = text.indexOf(keyword);
    while (at >= 0) {
      let end = at + keyword.length;
      while (end < text.length && isTailCharacter(text.charCodeAt(end))) end++;
      // The keyword nearest the run's end is the one that could start a piece.
      const last = text.lastIndexOf(keyword, end - keyword.length);
      if (STRING_ENDS.has(text[end] ?? '') && end - (last + keyword.length) <= MAX_PIECE_TAIL) return true;
      at = text.indexOf(keyword, end);
    }
  }
  return false;
}
