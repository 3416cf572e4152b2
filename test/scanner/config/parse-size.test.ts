import { describe, expect, it } from 'vitest';
import { parseSize } from '../../../src/scanner/config/parse-size.js';
import { UsageError } from '../../../src/scanner/usage-error.js';

describe('parseSize', () => {
  it.each<[string, number]>([
    ['1000', 1000],
    ['1000B', 1000],
    ['512k', 512 * 1024],
    ['512 KB', 512 * 1024],
    ['64M', 64 * 1024 ** 2],
    ['64MB', 64 * 1024 ** 2],
    ['64mb', 64 * 1024 ** 2],
    ['1.5 MiB', 1.5 * 1024 ** 2],
    ['2GiB', 2 * 1024 ** 3],
    ['1t', 1024 ** 4],
    ['.5k', 512],
    ['0.1k', 102],
    ['  8 MB  ', 8 * 1024 ** 2],
  ])('%s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'lots', '64 XB', '-1', '0', '0.0001', '5 iB', '64Mi', '1e6', '1,000', '64 M B', '9'.repeat(20), `${'1'.repeat(100)}k`, '99999999 TB'])(
    'rejects %j with one line',
    (text) => {
      expect(() => parseSize(text)).toThrow(UsageError);
      try {
        parseSize(text);
      } catch (error) {
        expect((error as Error).message).toMatch(/^invalid size "[^\n]*": expected [^\n]+$/);
      }
    },
  );

  it('is quick on hostile input', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) expect(() => parseSize(`${'1'.repeat(60)} `)).toThrow(UsageError);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
