// Offsets ↔ 1-based lines and columns, with ESLint's notion of a line break so findings in
// scripts land exactly where ESLint puts them.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

export interface LineIndex {
  /** 1-based line and column (UTF-16 code units) of an offset. */
  getLocation(offset: number): { line: number; column: number };
  /** The offset of a 1-based line and column, clamped to the text. */
  getOffset(line: number, column: number): number;
}

export function getLineIndex(text: string): LineIndex {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    starts.push(match.index + match[0].length);
  }
  return {
    getLocation(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - starts[low]! + 1 };
    },
    getOffset(line, column) {
      const start = starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
      return Math.min(start + Math.max(column, 1) - 1, text.length);
    },
  };
}
