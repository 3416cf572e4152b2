import { createHash } from 'node:crypto';

/**
 * A stable, irreversible id for a token: the same token gets the same fingerprint whatever its
 * encoding (plain, Basic, escaped), so baselines and allowlists survive re-encoding and edits.
 */
export function getTokenFingerprint(canonicalToken: string): string {
  return createHash('sha256').update(canonicalToken).digest('hex');
}
