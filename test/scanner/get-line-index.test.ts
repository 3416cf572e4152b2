import { describe, expect, it } from 'vitest';
import { getLineIndex } from '../../src/scanner/get-line-index.js';

describe('getLineIndex', () => {
  it('counts \\r\\n, \\n and \\r as one line break each, both ways', () => {
    const lines = getLineIndex('ab\r\ncd\nef\rgh');
    expect([0, 4, 8, 10].map((offset) => lines.getLocation(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 2 },
      { line: 4, column: 1 },
    ]);
    expect([lines.getOffset(1, 1), lines.getOffset(2, 1), lines.getOffset(3, 2), lines.getOffset(4, 1)]).toEqual([0, 4, 8, 10]);
  });

  it('breaks lines where ESLint does, at U+2028 and U+2029 too', () => {
    expect(getLineIndex('a\u2028b\u2029c').getLocation(4)).toEqual({ line: 3, column: 1 });
  });

  it('clamps offsets past the end of a line or the text', () => {
    const lines = getLineIndex('abc\nde');
    expect(lines.getOffset(9, 1)).toBe(4);
    expect(lines.getOffset(2, 99)).toBe(6);
  });
});
