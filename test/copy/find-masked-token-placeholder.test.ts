import { describe, expect, it } from 'vitest';
import { findMaskedTokenPlaceholder, maskPlaceholder } from '../../src/copy/index.js';
import { generateToken } from '../support/generate-token.js';

describe('findMaskedTokenPlaceholder', () => {
  it.each(['dG9rOm••••==', 'dG9rOjBiM...', 'dG9rOj…', 'dG9rOmxxxxxxxx', 'dG9rOm****', 'e.g. dG9rOjAb___'])('%s', (text) => {
    const found = findMaskedTokenPlaceholder(text);
    expect(found?.intercomShaped).toBe(true);
    expect(maskPlaceholder(found!)).toMatch(/^dG9rO[jm]…$/);
  });

  it('recognises a masked plain prefix, which is not Intercom-specific', () => {
    expect(findMaskedTokenPlaceholder('tok:••••••')).toEqual({ prefix: 'tok:', intercomShaped: false });
  });

  it.each(['dG9rOj', 'Tokens start with dG9rOj or dG9rOm', 'dG9rZW46••••', 'stock:xxxx', 'tok:abc'])('not %s', (text) => {
    expect(findMaskedTokenPlaceholder(text)).toBeNull();
  });

  it('does not take a real token for a placeholder', () => {
    expect(findMaskedTokenPlaceholder(generateToken())).toBeNull();
  });
});
