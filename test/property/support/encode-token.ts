// Every way of writing a token that the core says it finds (see src/tokens/find-tokens.ts and
// test/tokens): the issued form, lost or escaped padding, Bearer, the decoded form, and Basic
// credentials holding the token as username or as another user's password.
import { b64 } from '../../support/generate-token.js';
import type { GeneratedToken } from './arbitrary-token.js';

export const TOKEN_ENCODINGS = [
  'padded',
  'unpadded',
  'percent-padding',
  'percent-padding-lowercase',
  'json-padding',
  'bearer',
  'decoded',
  'double-encoded', // base64(token + ":") on its own, as a precomputed Basic credential
  'double-encoded-no-colon', // base64(token)
  'basic-username', // Basic base64(token + ":")
  'basic-password', // Basic base64(user + ":" + token)
  'basic-password-decoded', // Basic base64(user + ":" + decoded)
] as const;
export type TokenEncoding = (typeof TOKEN_ENCODINGS)[number];

export interface EncodedToken {
  /** What is written into the text. */
  text: string;
  /** Where in `text` the secret part starts (after `Bearer ` / `Basic `); it runs to the end. */
  secretStart: number;
}

export function encodeToken(generated: GeneratedToken, encoding: TokenEncoding, user = 'api'): EncodedToken {
  const { token, decoded } = generated;
  const body = token.replace(/=+$/, '');
  const pads = token.length - body.length;
  switch (encoding) {
    case 'padded':
      return { text: token, secretStart: 0 };
    case 'unpadded':
      return { text: body, secretStart: 0 };
    case 'percent-padding':
      return { text: body + '%3D'.repeat(pads), secretStart: 0 };
    case 'percent-padding-lowercase':
      return { text: body + '%3d'.repeat(pads), secretStart: 0 };
    case 'json-padding':
      return { text: body + '\\u003d'.repeat(pads), secretStart: 0 };
    case 'bearer':
      return { text: `Bearer ${token}`, secretStart: 7 };
    case 'decoded':
      return { text: decoded, secretStart: 0 };
    case 'double-encoded':
      return { text: b64(`${token}:`), secretStart: 0 };
    case 'double-encoded-no-colon':
      return { text: b64(token), secretStart: 0 };
    case 'basic-username':
      return { text: `Basic ${b64(`${token}:`)}`, secretStart: 6 };
    case 'basic-password':
      return { text: `Basic ${b64(`${user}:${token}`)}`, secretStart: 6 };
    case 'basic-password-decoded':
      return { text: `Basic ${b64(`${user}:${decoded}`)}`, secretStart: 6 };
  }
}
