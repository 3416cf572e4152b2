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

// What the first piece of a split token still shows: a prefix cut after three or four characters.
const PIECE_KEYWORDS = [
  ...new Set([
    ...TOKEN_BASE64_PREFIXES.map((p) => p.slice(0, 3)),
    ...BASIC_DOUBLE_ENCODED_PREFIXES.map((p) => p.slice(0, 4)),
    TOKEN_PLAIN_PREFIX,
  ]),
];

/** Whether folding the file's constant strings could reveal a token split into pieces. */
export function mightContainTokenPiece(text: string): boolean {
  return PIECE_KEYWORDS.some((keyword) => text.includes(keyword));
}
