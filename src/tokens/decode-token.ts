import { DECODED_TOKEN_PATTERN } from './token-shape.js';

export interface DecodedToken {
  /** The canonical token, `tok:…`. A secret: callers hash or mask it, never print it. */
  value: string;
  region: string | undefined;
}

/** Validates text that starts with a decoded `tok:…` token; returns the token it starts with. */
export function parseDecodedToken(text: string): DecodedToken | undefined {
  const match = DECODED_TOKEN_PATTERN.exec(text);
  if (!match || isPlaceholderUuid(match[0])) return undefined;
  // The shape must end where the token does: `…:1:0:EU` or `…:1:0x` is some other string.
  if (TOKEN_CONTINUATION.test(text.charAt(match[0].length))) return undefined;
  // tok:<uuid>:<n>:<n>[:<region>] — the region is whatever follows the fourth colon.
  const parts = match[0].split(':');
  return { value: match[0], region: parts[4] };
}

/**
 * Decodes a base64 candidate (padding stripped) and validates it against the token shape, also
 * saying how many characters of the candidate the token occupies. Tokens are validated by
 * decoding, never by prefix and length: look-alikes with the right prefix decode to garbage.
 */
export function decodeToken(base64: string): (DecodedToken & { encodedLength: number }) | undefined {
  const token = parseDecodedToken(Buffer.from(base64, 'base64').toString('latin1'));
  if (!token) return undefined;
  const encodedLength = Math.ceil((token.value.length * 4) / 3);
  return encodedLength > base64.length ? undefined : { ...token, encodedLength };
}

const TOKEN_CONTINUATION = /[\w:-]/;

/** A uuid made of one repeated digit (all zeros, all f) is a documentation placeholder. */
function isPlaceholderUuid(token: string): boolean {
  return /^(.)\1*$/.test(token.slice(4, 40).replace(/_/g, ''));
}
