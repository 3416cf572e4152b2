// Hardcoded tokens in any text, the same core the ESLint rule runs on a script's whole text.
import { findTokens } from '../../tokens/index.js';
import { getRuleMessage } from '../get-rule-message.js';
import type { Detection } from '../types.js';

export function findTokenDetections(text: string, allowedFingerprints: ReadonlySet<string>): Detection[] {
  const detections: Detection[] = [];
  for (const match of findTokens(text)) {
    if (allowedFingerprints.has(match.fingerprint)) continue;
    detections.push({
      rule: 'no-hardcoded-token',
      messageId: 'hardcodedToken',
      message: getRuleMessage('no-hardcoded-token', 'hardcodedToken', { masked: match.masked }),
      start: match.start,
      end: match.end,
      // Every encoding of one token shares the fingerprint, so the baseline survives re-encoding.
      key: match.fingerprint,
    });
  }
  return detections;
}
