import { findTokens } from './find-tokens.js';

/**
 * Replaces every token in `text` by its masked form. Every path that echoes scanned text (a
 * snippet, a parser error, a log line) goes through this so no output can carry a token.
 */
export function redactTokens(text: string): string {
  const matches = findTokens(text);
  let out = '';
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + m.masked;
    at = m.end;
  }
  return out + text.slice(at);
}
