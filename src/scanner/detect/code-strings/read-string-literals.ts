// The string literals of a source file (or of the code inside template tags), and the language
// lexer's literals put in the same shape. Template tags hold snippets of Ruby, PHP, Python or JS
// that no one lexer reads, so they get this quotes-only pass; whole source files of the other
// languages are read by the other-language detector's lexer (`readTokens`), which knows their
// comments, prefixes, heredocs and interpolation. Unterminated strings end at the end of the line
// (or of the file for multi-line delimiters), so one stray quote cannot swallow a whole file.
import { readTokens } from '../other-languages/read-tokens.js';
import { TokenKind, type OtherLanguage } from '../other-languages/token-list.js';
import type { StringSyntax } from './string-syntax.js';

export interface StringLiteral {
  /** Offsets of the content, between the delimiters. */
  start: number;
  end: number;
  /** The content with simple escapes resolved (`\n`, `\"`, `\'`, `\\`). */
  text: string;
  /** The whole literal, delimiters and prefixes (`f`, `@`, `$`) included. */
  literalStart: number;
  literalEnd: number;
  /** Triple-quoted, heredoc or other block literal (a docstring when it stands alone). */
  block: boolean;
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
        literals.push({
          start,
          end,
          text: delimiter.escapes ? unescape(raw) : raw,
          literalStart: index,
          literalEnd: Math.min(to, end + delimiter.close.length),
          block: delimiter.open.length === 3,
        });
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

/** The string literals the language lexer finds in a whole source file of another language. */
export function readLanguageStringLiterals(source: string, language: OtherLanguage): StringLiteral[] {
  const tokens = readTokens(source, language);
  if (!tokens) return [];
  const literals: StringLiteral[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kinds[i];
    if (kind !== TokenKind.String && kind !== TokenKind.StringOpen) continue;
    const start = tokens.contentStarts[i]!;
    const end = tokens.contentEnds[i]!;
    if (start < 0 || end < start || end - start > MAX_LITERAL) continue;
    const literalStart = tokens.starts[i]!;
    literals.push({
      start,
      end,
      text: unescape(source.slice(start, end)),
      literalStart,
      literalEnd: tokens.ends[i]!,
      block: start - literalStart >= 3 || source.slice(literalStart, start).includes('<<'),
    });
  }
  return literals;
}
