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
