/** Characters of a token shown in any output: the fixed prefix plus a sliver of the uuid. */
const VISIBLE_CHARS = 8;

/**
 * The only form in which a token may appear in output. Eight base64 characters decode to "tok:"
 * and one byte of the uuid (eight characters of the decoded form show two bytes): far too little
 * to use or guess the rest from.
 */
export function maskToken(token: string): string {
  return `${token.slice(0, Math.min(VISIBLE_CHARS, Math.floor(token.length / 4)))}…`;
}
