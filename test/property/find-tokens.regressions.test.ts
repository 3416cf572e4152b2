// Counterexamples the properties in this folder found in the detection core, kept as plain tests
// (tokens generated at run time) so they stay fixed whatever the seed.
import { describe, expect, it } from 'vitest';
import { findTokens } from '../../src/tokens/index.js';
import { b64, generateToken, getDecodedToken } from '../support/generate-token.js';

describe('findTokens regressions', () => {
  // When `user + ":"` is a multiple of three bytes, the token's own base64 starts a fresh run inside
  // the credential and reads as a double-encoded token (`ZEc5ck9…`) eight characters in: that inner
  // match used to win, so the finding started mid-credential and left the username's base64 outside.
  it.each(['Basic', 'ab', 'apikey12'])('covers a whole Basic credential whose username is %j', (user) => {
    const token = generateToken();
    const credential = b64(`${user}:${token}`);
    const text = `headers: { Authorization: 'Basic ${credential}' }`;
    const start = text.indexOf(credential);
    expect(findTokens(text).map((m) => [m.start, m.end, m.encoding])).toEqual([[start, start + credential.length, 'basic']]);
  });

  // The decoded token as a Basic password was looked for at the first `tok:` only, so a username
  // ending in "tok" (`mytok:tok:…`) hid it.
  it.each(['tok', 'mytok'])('finds a decoded token as the Basic password of user %j', (user) => {
    const credential = b64(`${user}:${getDecodedToken(crypto.randomUUID())}`);
    const text = `Authorization: Basic ${credential}`;
    const start = text.indexOf(credential);
    expect(findTokens(text).map((m) => [m.start, m.end, m.encoding])).toEqual([[start, start + credential.length, 'basic']]);
  });
});
