import { describe, expect, it } from 'vitest';
import { findTokens, getTokenFingerprint, maskToken, redactTokens } from '../../src/tokens/index.js';
import { b64, generateToken, getDecodedToken } from '../support/generate-token.js';

const REGIONS = [undefined, 'eu-west-1', 'ap-southeast-2', 'us'];
const spans = (text: string) => findTokens(text).map((m) => text.slice(m.start, m.end));

describe('findTokens: shapes', () => {
  it('finds tokens with both prefixes and every region tail, at exact spans', () => {
    for (let i = 0; i < 200; i++) {
      const token = generateToken({ region: REGIONS[i % REGIONS.length], startsWith: i % 2 ? 'digit' : 'letter' });
      expect(token.slice(0, 6)).toBe(i % 2 ? 'dG9rOj' : 'dG9rOm');
      const text = `const a = "${token}";\n`;
      expect(spans(text)).toEqual([token]);
    }
  });

  it('gives 60-character padded tokens and 72-character unpadded regional tokens', () => {
    expect(generateToken()).toHaveLength(60);
    expect(generateToken().endsWith('=')).toBe(true);
    expect(generateToken({ region: 'eu-west-1' })).toHaveLength(72);
  });

  it('finds a token that lost its padding, and %3D / JSON-escaped padding', () => {
    const token = generateToken();
    const bare = token.replace(/=+$/, '');
    expect(spans(`x=${bare}&y=1`)).toEqual([bare]);
    expect(spans(`?access_token=${bare}%3D&x`)).toEqual([`${bare}%3D`]);
    expect(spans(`{"t":"${bare}\\u003d"}`)).toEqual([`${bare}\\u003d`]);
  });

  it('never needs + or / in a token, so only the padding is ever escaped', () => {
    for (let i = 0; i < 200; i++) expect(generateToken({ region: 'eu-west-1' })).toMatch(/^[A-Za-z0-9]+=?$/);
  });

  it('finds tokens inside Bearer headers, curl lines and env files', () => {
    const token = generateToken();
    expect(spans(`curl -H 'Authorization: Bearer ${token}' https://api.intercom.io/me`)).toEqual([token]);
    expect(spans(`curl -u ${token}: https://api.intercom.io/me`)).toEqual([token]);
    expect(spans(`INTERCOM_TOKEN=${token}\n`)).toEqual([token]);
    expect(spans(`  token: ${token}\n`)).toEqual([token]);
  });

  it('finds tokens double-encoded inside Basic auth, as base64(token + ":") or base64(token)', () => {
    for (let i = 0; i < 50; i++) {
      const token = generateToken({ startsWith: i % 2 ? 'digit' : 'letter' });
      const withColon = b64(`${token}:`);
      expect(withColon.slice(0, 8)).toMatch(/^ZEc5ck9[qt]$/);
      expect(findTokens(`Authorization: Basic ${withColon}`)).toMatchObject([{ encoding: 'basic' }]);
      expect(findTokens(`const auth = "${b64(token)}"`)).toMatchObject([{ encoding: 'basic' }]);
    }
  });

  it('finds a token used as the Basic password after another username', () => {
    const token = generateToken();
    expect(findTokens(`headers: { Authorization: 'Basic ${b64(`apikey:${token}`)}' }`)).toHaveLength(1);
  });

  it('finds the decoded form, which is equally usable', () => {
    const decoded = getDecodedToken(crypto.randomUUID(), 'eu-west-1');
    expect(findTokens(`secret = "${decoded}"`)).toMatchObject([{ encoding: 'decoded', region: 'eu-west-1' }]);
  });

  it('gives every encoding of one token the same fingerprint', () => {
    const uuid = crypto.randomUUID();
    const token = generateToken({ uuid });
    const fingerprints = [token, `Basic ${b64(`${token}:`)}`, getDecodedToken(uuid)].map((t) => findTokens(t)[0]!.fingerprint);
    expect(new Set(fingerprints).size).toBe(1);
    expect(fingerprints[0]).toBe(getTokenFingerprint(getDecodedToken(uuid)));
  });

  it('finds several tokens on one minified line', () => {
    const tokens = Array.from({ length: 5 }, () => generateToken());
    const line = tokens.map((t, i) => `var a${i}="${t}";`).join('');
    expect(spans(line)).toEqual(tokens);
  });
});

describe('findTokens: look-alikes', () => {
  const lookAlikes = [
    'dG9rOm••••==',
    'dG9rOjBiM...',
    'dG9rOjBiNmYyYzFlXzlkM2FfNGM3ZV84ZjIxXzVhNmI3YzhkOWUwZjox', // truncated
    b64('token:0b6f2c1e-9d3a-4c7e-8f21-5a6b7c8d9e0f'),
    b64('tok:hello'),
    b64('tok:dev_token_here_please_replace_with_yours_ok:1:0'),
    b64('tok:0b6f2c1e-9d3a-4c7e-8f21-5a6b7c8d9e0f:1:0'), // dashes, not underscores
    b64('tok:0B6F2C1E_9D3A_4C7E_8F21_5A6B7C8D9E0F:1:0'), // upper-case hex
    b64('tok:00000000_0000_0000_0000_000000000000:1:0'), // placeholder uuid
    b64('tok:0b6f2c1e_9d3a_4c7e_8f21_5a6b7c8d9e0f:1:0:EU'), // region not in the shape
    b64('tok:0b6f2c1e_9d3a_4c7e_8f21_5a6b7c8d9e0fab:1:0'), // uuid too long
    'tok:0b6f2c1e_9d3a_4c7e_8f21_5a6b7c8d9e0f:1:0x',
    '/^dG9rO[jm][A-Za-z0-9+\\/]{54}={0,2}$/',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'tok:{uuid}:1:0',
    'Basic dXNlcjpwYXNzd29yZA==',
  ];

  it.each(lookAlikes)('does not report %s', (text) => {
    expect(findTokens(`const x = "${text}";`)).toEqual([]);
  });

  it('rejects random strings with the right prefix and length', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    for (let i = 0; i < 500; i++) {
      let s = i % 2 ? 'dG9rOj' : 'dG9rOm';
      while (s.length < 59) s += alphabet[Math.floor(Math.random() * 64)];
      expect(findTokens(`${s}=`)).toEqual([]);
    }
  });

  it('returns nothing for text without any token keyword, cheaply', () => {
    expect(findTokens('const token = process.env.INTERCOM_ACCESS_TOKEN;')).toEqual([]);
  });
});

describe('masking', () => {
  it('never returns the whole token in a match or in redacted text', () => {
    const token = generateToken();
    const text = `a ${token} b Basic ${b64(`${token}:`)} c`;
    const serialised = JSON.stringify(findTokens(text));
    expect(serialised).not.toContain(token);
    expect(serialised).not.toContain(token.slice(0, 20));
    const redacted = redactTokens(text);
    expect(redacted).not.toContain(token.slice(0, 20));
    expect(redacted).toMatch(/^a dG9rO[jm].{2}… b Basic ZEc5ck9.… c$/);
  });

  it('shows at most eight characters', () => {
    expect(maskToken(generateToken())).toHaveLength(9);
    expect(maskToken('short')).toBe('s…');
  });
});
