// Pairs brackets, interpolated strings and holes, and records the innermost opener around every
// token. Unbalanced input degrades: a stray closer is ignored, an unclosed opener keeps match -1.
// Each stack entry is pushed and popped once, so 10k nested braces cost 10k steps, not 10k².
import { TokenKind, type TokenList } from './token-list.js';

const [OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = [...'()[]{}'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
];

export function matchBrackets(tokens: TokenList): void {
  const n = tokens.length;
  const match = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const { kinds, starts, text } = tokens;
  const stack: number[] = [];
  // Stack heights of `{` and string/hole openers: a `}` or a hole's end finds its partner in O(1).
  const barriers: number[] = [];

  const closeAt = (height: number, closer: number) => {
    const opener = stack[height]!;
    match[opener] = closer;
    match[closer] = opener;
    stack.length = height;
  };

  for (let i = 0; i < n; i++) {
    parent[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    const kind = kinds[i];
    if (kind === TokenKind.StringOpen || kind === TokenKind.HoleOpen) {
      barriers.push(stack.length);
      stack.push(i);
      continue;
    }
    if (kind === TokenKind.StringClose || kind === TokenKind.HoleClose) {
      const want = kind === TokenKind.StringClose ? TokenKind.StringOpen : TokenKind.HoleOpen;
      while (barriers.length > 0) {
        const height = barriers.pop()!;
        if (kinds[stack[height]!] === want) {
          closeAt(height, i);
          break;
        }
      }
      continue;
    }
    if (kind !== TokenKind.Punct || tokens.ends[i]! - starts[i]! !== 1) continue;
    const c = text.charCodeAt(starts[i]!);
    if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (c === OPEN_BRACE) barriers.push(stack.length);
      stack.push(i);
    } else if (c === CLOSE_PAREN || c === CLOSE_BRACKET) {
      const top = stack.length - 1;
      const want = c === CLOSE_PAREN ? OPEN_PAREN : OPEN_BRACKET;
      if (top >= 0 && kinds[stack[top]!] === TokenKind.Punct && text.charCodeAt(starts[stack[top]!]!) === want) closeAt(top, i);
    } else if (c === CLOSE_BRACE) {
      const height = barriers[barriers.length - 1];
      if (height !== undefined && kinds[stack[height]!] === TokenKind.Punct) {
        barriers.pop();
        closeAt(height, i);
      }
    }
  }
  tokens.match = match;
  tokens.parent = parent;
}
