// Failure reports print counterexamples and assertion messages, which may hold the very token a
// property failed to find (so the core's own redaction would miss it). This masks anything shaped
// like part of a token, whether or not the core recognises it, before a report is shown.
import { redactTokens } from '../../../src/tokens/index.js';

const SECRET_SHAPES: readonly RegExp[] = [
  // base64 of `tok:` (dG9rO…) and of a base64 token (ZEc5ck9…), escapes and all.
  /(dG9rO|ZEc5ck9)(?:[A-Za-z0-9+/]|%3[Dd]|\\u003[Dd]|=){4,}/g,
  // A Basic credential may hide a token behind another username: its base64 is not prefixed.
  /(Basic\s+)[A-Za-z0-9+/]{8,}={0,2}/g,
  // The decoded form, whatever follows `tok:`.
  /(tok:)[0-9A-Za-z_-]{4,}/g,
  // A uuid alone is the whole secret (the rest of a token is fixed), with `-` or `_`.
  /([0-9a-fA-F]{4})[0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{12}/g,
  // Any other long base64 run: a double-encoded token, or base64 cut up by the shrinker.
  /([A-Za-z0-9+/]{6})[A-Za-z0-9+/]{34,}={0,2}/g,
];

/** `text` safe to print: recognised tokens masked by the core, anything token-like cut short. */
export function maskSecrets(text: string): string {
  let out = redactTokens(text);
  for (const shape of SECRET_SHAPES) out = out.replace(shape, (_whole, kept: string) => `${kept}…`);
  return out;
}
