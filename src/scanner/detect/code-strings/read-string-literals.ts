// The string literals of a source file, found by one linear pass that skips comments, so copy in
// Python, Ruby, PHP, Go, Java and C# can be judged like strings in JS. Not a parser: it only
// needs to know where strings start and end. Unterminated strings end at the end of the line
// (or of the file for multi-line delimiters), so one stray quote cannot swallow a whole file.
import type { StringSyntax } from './string-syntax.js';

export interface StringLiteral {
  /** Offsets of the content, between the delimiters. */
  start: number;
  end: number;
  /** The content with simple escapes resolved (`\n`, `\"`, `\'`, `\\`). */
  text: string;
  /** The opening delimiter (`"`, `'''`, `@"`, `` ` ``). */
  delimiter: string;
}

// Longer literals are data (embedded documents, base64, bundles), not UI copy.
const MAX_LITERAL = 4000;

/** The literals of `source`, or of its `[from, to)` part (a template tag), with offsets in `source`. */
export function readStringLiterals(source: string, syntax: StringSyntax, from = 0, to = source.length): StringLiteral[] {
  const literals: StringLiteral[] = [];
  const length = to;
  let index = from;
  outer: while (index < length) {
    const char = source[index]!;
    if (char === '\n' || char === ' ' || char === '\t') {
      index++;
      continue;
    }
    for (const marker of syntax.lineComments) {
      if (source.startsWith(marker, index) && !(marker === '#' && source[index + 1] === '[')) {
        const newline = source.indexOf('\n', index);
        index = newline < 0 || newline >= length ? length : newline + 1;
        continue outer;
      }
    }
    for (const [open, close] of syntax.blockComments) {
      if (source.startsWith(open, index)) {
        const end = source.indexOf(close, index + open.length);
        index = end < 0 || end >= length ? length : end + close.length;
        continue outer;
      }
    }
    for (const delimiter of syntax.strings) {
      if (!source.startsWith(delimiter.open, index)) continue;
      const start = index + delimiter.open.length;
      const multiline = delimiter.close.length === 3 || !delimiter.escapes;
      const end = findClose(source, start, length, delimiter.close, delimiter.escapes, multiline);
      if (end - start <= MAX_LITERAL) {
        const raw = source.slice(start, end);
        literals.push({ start, end, text: delimiter.escapes ? unescape(raw) : raw, delimiter: delimiter.open });
      }
      index = Math.min(length, end + delimiter.close.length);
      continue outer;
    }
    index++;
  }
  return literals;
}

function findClose(source: string, from: number, to: number, close: string, escapes: boolean, multiline: boolean): number {
  let index = from;
  while (index < to) {
    const char = source[index]!;
    if (escapes && char === '\\') {
      index += 2;
      continue;
    }
    if (char === '\n' && !multiline) return index;
    if (source.startsWith(close, index)) return index;
    index++;
  }
  return to;
}

function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\([nrt"'\\])/g, (_, char: string) => (char === 'n' ? '\n' : char === 'r' ? '\r' : char === 't' ? '\t' : char));
}
