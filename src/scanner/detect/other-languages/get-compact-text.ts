// Source text of a token range without whitespace, capped: what patterns over call chains,
// types and annotations are tested on. Interpolated strings are taken whole, once.
import { TokenKind, type TokenList } from './token-list.js';

export function getCompactText(tokens: TokenList, start: number, end: number, max = 200): string {
  let out = '';
  let i = start;
  while (i < end && out.length < max) {
    const kind = tokens.kinds[i];
    if (kind === TokenKind.Newline || kind === TokenKind.StringClose) {
      i++;
      continue;
    }
    out += tokens.slice(i);
    if (kind === TokenKind.StringOpen) {
      const close = tokens.match[i]!;
      i = close > i ? close + 1 : end;
    } else i++;
  }
  return out.length > max ? out.slice(0, max) : out;
}
