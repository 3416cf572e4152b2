import { redactTokens } from '../../tokens/index.js';

const MAX_LENGTH = 60;

/**
 * User-written text (a key, a rule name from a comment) quoted for a one-line message: tokens
 * masked, control characters escaped by JSON quoting, long text cut.
 */
export function getQuotedText(text: string): string {
  const short = text.length > MAX_LENGTH * 4 ? text.slice(0, MAX_LENGTH * 4) : text;
  const safe = redactTokens(short);
  return JSON.stringify(safe.length > MAX_LENGTH ? `${safe.slice(0, MAX_LENGTH - 1)}…` : safe);
}
