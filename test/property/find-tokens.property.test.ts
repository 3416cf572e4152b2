// The detection core under random input: findTokens and redactTokens never throw and keep their
// offsets inside the text; a token in any encoding the core supports, in any surrounding text,
// is found where it is written; and redaction leaves none of its secret forms behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTokens, getTokenFingerprint, redactTokens, type TokenMatch } from '../../src/tokens/index.js';
import { arbitraryDelimiter } from './support/arbitrary-delimiter.js';
import { arbitraryToken } from './support/arbitrary-token.js';
import { encodeToken, TOKEN_ENCODINGS, type TokenEncoding } from './support/encode-token.js';
import { getPropertySettings, getPropertyTimeout } from './support/fc-settings.js';
import { getTokenSecrets } from './support/get-token-secrets.js';

function expectWellFormed(text: string, matches: readonly TokenMatch[]): void {
  let previous = 0;
  for (const m of matches) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previous);
    previous = m.start;
    // The masked form shows at most eight characters of what was written.
    expect(m.masked.length).toBeLessThanOrEqual(9);
    expect(m.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  }
}

// Pieces the core's patterns react to, so random text reaches its regexes and decoders rather
// than stopping at the keyword pre-filter.
const FRAGMENTS = [
  'dG9rOj', 'dG9rOm', 'ZEc5ck9q', 'ZEc5ck9t', 'tok:', 'Basic ', 'Bearer ', '=', '==', '%3D', '%3d',
  '\\u003d', '\\u003D', '_', ':', ':1:0', ':1:0:eu-west-1', '-', ' ', '\n', '\u2028', '"', '…',
];
const arbitraryHex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef_'), maxLength: 40 });
const arbitraryBase64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), maxLength: 90 });
const arbitraryTokenSlice = fc
  .tuple(arbitraryToken(), fc.constantFrom(...TOKEN_ENCODINGS), fc.nat(), fc.nat())
  .map(([t, encoding, a, b]) => {
    const text = encodeToken(t, encoding).text;
    const from = a % text.length;
    return text.slice(from, from + (b % (text.length - from + 1)));
  });
const arbitraryKeywordSoup = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), arbitraryHex, arbitraryBase64, arbitraryTokenSlice, fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 30,
  })
  .map((pieces) => pieces.join(''));

describe('findTokens / redactTokens on random input', () => {
  it('never throw, on any unicode string, and return offsets inside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const matches = findTokens(text);
        expectWellFormed(text, matches);
        if (matches.length === 0) expect(redactTokens(text)).toBe(text);
      }),
      getPropertySettings({ numRuns: 300 }),
    );
  }, getPropertyTimeout({ numRuns: 300 }, 5));

  it('never throw on random bytes read as latin1 or utf8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('latin1' as const, 'utf8' as const), (bytes, encoding) => {
        const text = Buffer.from(bytes).toString(encoding);
        expectWellFormed(text, findTokens(text));
        expect(typeof redactTokens(text)).toBe('string');
      }),
      getPropertySettings({ numRuns: 300 }),
    );
  }, getPropertyTimeout({ numRuns: 300 }, 5));

  it('never throw on text made of token prefixes, padding escapes, hex and base64 runs and token pieces', () => {
    fc.assert(
      fc.property(arbitraryKeywordSoup, (text) => {
        const matches = findTokens(text);
        expectWellFormed(text, matches);
        // Redaction replaces exactly the matches it keeps, so what is left between them is untouched.
        const redacted = redactTokens(text);
        if (matches.length === 0) expect(redacted).toBe(text);
        for (const m of matches) expect(redacted).not.toContain(text.slice(m.start, m.end));
      }),
      getPropertySettings({ numRuns: 400 }),
    );
  }, getPropertyTimeout({ numRuns: 400 }, 5));
});

const EXPECTED_ENCODING: Record<TokenEncoding, TokenMatch['encoding']> = {
  padded: 'base64',
  unpadded: 'base64',
  'percent-padding': 'base64',
  'percent-padding-lowercase': 'base64',
  'json-padding': 'base64',
  bearer: 'base64',
  decoded: 'decoded',
  'double-encoded': 'basic',
  'double-encoded-no-colon': 'basic',
  'basic-username': 'basic',
  'basic-password': 'basic',
  'basic-password-decoded': 'basic',
};

// Padding the core may legitimately take from a delimiter or the text after it (`…=` + `=`).
const TRAILING_PADDING = /^(?:=|%3[Dd]|\\u003[Dd]){0,2}$/;

// An encoding with the delimiter that may follow it: `:` cannot follow the decoded form.
const arbitraryEncoding = fc
  .constantFrom(...TOKEN_ENCODINGS)
  .chain((encoding) => fc.tuple(fc.constant(encoding), arbitraryDelimiter({ afterDecoded: encoding === 'decoded' })));

// Usernames before a token in a Basic credential, some ending like a token keyword.
const arbitraryUser = fc.oneof(
  fc.constantFrom('api', 'apikey', 'user', 'tok', 'mytok', 'token', 'Basic', ''),
  fc.stringMatching(/^[A-Za-z0-9._@-]{0,20}$/),
);

describe('a generated token in random text', () => {
  it('is found in every supported encoding, where it is written, as that token, and redacted', () => {
    fc.assert(
      fc.property(
        arbitraryToken(),
        arbitraryEncoding,
        arbitraryUser,
        fc.string({ unit: 'binary', maxLength: 40 }),
        arbitraryDelimiter(),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (generated, [encoding, after], user, prefix, before, suffix) => {
          const encoded = encodeToken(generated, encoding, user);
          const at = prefix.length + before.length;
          const text = `${prefix}${before}${encoded.text}${after}${suffix}`;
          const start = at + encoded.secretStart;
          const end = at + encoded.text.length;
          const matches = findTokens(text);
          const match = matches.find((m) => m.start === start);
          expect(match, `no match at ${start} among ${JSON.stringify(matches.map((m) => [m.start, m.end]))}`).toBeDefined();
          expect(match!.end).toBeGreaterThanOrEqual(end);
          expect(text.slice(end, match!.end)).toMatch(TRAILING_PADDING);
          expect(match!.encoding).toBe(EXPECTED_ENCODING[encoding]);
          expect(match!.fingerprint).toBe(getTokenFingerprint(generated.decoded));
          expect(match!.region).toBe(generated.region);
          const redacted = redactTokens(text);
          for (const secret of getTokenSecrets(generated, encoded)) expect(redacted.includes(secret)).toBe(false);
        },
      ),
      getPropertySettings({ numRuns: 600 }),
    );
  }, getPropertyTimeout({ numRuns: 600 }, 5));
});
