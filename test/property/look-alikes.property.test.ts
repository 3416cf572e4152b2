// Look-alikes are never reported: each is a real generated token broken in one way validation
// checks (truncated, masked, a bad uuid, a placeholder uuid, a wrong region or version, another
// keyword, random content), in random text, bare or as another user's Basic password.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTokens } from '../../src/tokens/index.js';
import { b64 } from '../support/generate-token.js';
import { arbitraryDelimiter } from './support/arbitrary-delimiter.js';
import { arbitraryLookAlike } from './support/arbitrary-look-alike.js';
import { getPropertySettings, getPropertyTimeout } from './support/fc-settings.js';

describe('look-alikes', () => {
  it('are never reported, in random text or inside a Basic credential', () => {
    fc.assert(
      fc.property(
        arbitraryLookAlike(),
        fc.boolean(),
        fc.string({ unit: 'binary', maxLength: 40 }),
        arbitraryDelimiter(),
        arbitraryDelimiter(),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (lookAlike, inBasic, prefix, before, after, suffix) => {
          const written = inBasic ? `Basic ${b64(`api:${lookAlike.text}`)}` : lookAlike.text;
          const text = `${prefix}${before}${written}${after}${suffix}`;
          expect(findTokens(text).map((m) => [m.start, m.end, m.encoding]), lookAlike.kind).toEqual([]);
        },
      ),
      getPropertySettings({ numRuns: 600 }),
    );
  }, getPropertyTimeout({ numRuns: 600 }, 5));
});
