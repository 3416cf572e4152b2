import { getSecretForms } from '../../scanner/support/get-secret-forms.js';
import type { GeneratedToken } from './arbitrary-token.js';
import type { EncodedToken } from './encode-token.js';

/**
 * What output must never hold for a token written as `encoded`: the token's own secret forms
 * (whole, unpadded, decoded, its uuid, a long middle slice) and the credential as written, when
 * that is a secret in itself (a Basic credential, a double-encoded token).
 */
export function getTokenSecrets(generated: GeneratedToken, encoded?: EncodedToken): string[] {
  const written = encoded ? [encoded.text.slice(encoded.secretStart)] : [];
  return [...new Set([...getSecretForms(generated.token), generated.uuid, ...written])].filter((s) => s.length >= 20);
}
