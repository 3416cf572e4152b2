/**
 * findTokens on 10 MB of token prefixes: every `dG9rOj` starts a candidate that fails to decode,
 * and the search resumes one character later. Each candidate used to be split into base64 units
 * and decoded in full (about 6 s per MB), so the default 30 s test timeout catches that
 * regression; no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { findTokens } from '../../src/tokens/index.js';
import { generateToken } from '../support/generate-token.js';

const SIZE = 10_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

describe('findTokens on megabytes of look-alikes', () => {
  it.each([
    ['dG9rOj', fill('dG9rOj')],
    ['dG9rOjdG9rOm', fill('dG9rOjdG9rOm')],
    ['dG9rOj + 49 base64 characters', fill(`dG9rOj${'Q'.repeat(49)}`)],
    // Every candidate starts like a token (`tok:01234`) and fails further on.
    ['base64 of "tok:01234"', fill(Buffer.from('tok:01234').toString('base64'))],
  ])('%s: nothing reported, and a real token after them is found', (_, lookAlikes) => {
    expect(findTokens(lookAlikes)).toEqual([]);
    const token = generateToken();
    const matches = findTokens(`${lookAlikes}\ntoken: ${token}\n`);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.start).toBe(lookAlikes.length + '\ntoken: '.length);
    expect(matches[0]!.end - matches[0]!.start).toBe(token.length);
  });
});
