import {
  BASIC_DOUBLE_ENCODED_PREFIXES,
  TOKEN_BASE64_PREFIXES,
  TOKEN_PLAIN_PREFIX,
} from './token-shape.js';

// One alternation of literals: a single pass, twice as fast as a search per keyword.
const KEYWORDS = new RegExp([...TOKEN_BASE64_PREFIXES, ...BASIC_DOUBLE_ENCODED_PREFIXES, TOKEN_PLAIN_PREFIX, 'Basic '].join('|'));

/**
 * The cheap pre-filter run before any other regex: nearly every file fails it, so most files
 * cost one search. `Basic ` catches tokens wrapped in a Basic header after other usernames.
 */
export function mightContainToken(text: string): boolean {
  return KEYWORDS.test(text);
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

const BASIC = 'Basic ';
// What follows a string that ends right after `Basic `, when it plainly joins something no fold
// can read: a call or a member (`Basic ${Buffer.from(…)…}`, `'Basic ' + btoa(…)`, `opts.auth`),
// save the `join`/`concat` calls folding understands. HTTP libraries are full of these.
const JOINS_COMPUTED_VALUE = /^(?:\$\{|['"`]\s*\+)[\s(]*[A-Za-z_$][\w$]*\s*(?:\((?!\s*\))|\.(?!\s*(?:join|concat)\b)|\[)/;

/** After a piece that is just `Basic `: could the next piece be a constant string? */
function mayJoinConstant(text: string, end: number): boolean {
  return !JOINS_COMPUTED_VALUE.test(text.slice(end, end + 120));
}

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
      if (STRING_ENDS.has(text[end] ?? '') && end - (last + keyword.length) <= MAX_PIECE_TAIL) {
        if (keyword !== BASIC || end > last + BASIC.length || mayJoinConstant(text, end)) return true;
      }
      at = text.indexOf(keyword, end);
    }
  }
  return false;
}
