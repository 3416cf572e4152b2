import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../../src/scanner/config/find-json-error.js';

const VALID = [
  '{}', '[]', '0', '-0.5e+10', '"x"', 'true', 'null', ' \n\t{ "a" : [ 1 , { "b" : null } ] }\r\n',
  '"\\u00e9\\n\\"\\\\\\/"', '[[[[]]]]', '{"a":{"b":{"c":[]}}}', '"\u2028"',
];
const INVALID = [
  '', ' ', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}", '[01]', '[1.]', '[.5]', '[+1]', '[1e]',
  '"\\x"', '"\\u12g4"', '"a\nb"', '"abc', 'tru', 'nul', '[1 2]', '{} {}', '[1]]', '// c\n{}', '[NaN]', '[-]', '{"a":}',
];

describe('findJsonError', () => {
  it.each(VALID)('accepts %j like JSON.parse', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonError(text)).toBeUndefined();
  });

  it.each(INVALID)('rejects %j like JSON.parse', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toBeDefined();
  });

  it('locates the first error', () => {
    expect(findJsonError('{"a": [1, 2,, 3]}')).toEqual({ offset: 12, reason: 'expected a value' });
    expect(findJsonError('{"a": "b\u0001"}')).toEqual({ offset: 8, reason: 'unescaped control character or line break in a string' });
    expect(findJsonError('{"a": "b')).toEqual({ offset: 6, reason: 'unterminated string' });
  });

  it('handles a million nested brackets without recursion', () => {
    const text = '['.repeat(1_000_000);
    expect(findJsonError(text)).toEqual({ offset: 1_000_000, reason: 'unexpected end of input' });
    expect(findJsonError(`${text}${']'.repeat(1_000_000)}`)).toBeUndefined();
  });
});
