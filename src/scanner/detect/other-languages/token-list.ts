// A compact token stream for the other-language detector. Typed arrays rather than objects: a
// hostile file can hold millions of tokens, and an object per token would cost gigabytes.

export type OtherLanguage = 'python' | 'ruby' | 'php' | 'go' | 'java' | 'csharp';

export const TokenKind = {
  Ident: 1,
  Number: 2,
  /** A string literal without interpolation (also regex, char and `%w` literals). */
  String: 3,
  /** An interpolated string: its holes follow, up to the matching `StringClose` (zero width). */
  StringOpen: 4,
  StringClose: 5,
  /** Around the code of one interpolation hole. */
  HoleOpen: 6,
  HoleClose: 7,
  Punct: 8,
  /** One or more line breaks outside strings (statement ends in Python, Ruby, Go, Kotlin). */
  Newline: 9,
  /** Ruby `:name` symbols; the content range is the name. */
  Symbol: 10,
} as const;
export type TokenKindValue = (typeof TokenKind)[keyof typeof TokenKind];

const OPENERS = new Set(['(', '[', '{']);

export class TokenList {
  readonly text: string;
  length = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Strings and symbols: the range of the literal's content (heredoc bodies lie after the marker). */
  contentStarts: Int32Array;
  contentEnds: Int32Array;
  /** 0-based physical line of each token's start. */
  lines: Int32Array;
  /** Offset where each physical line starts. */
  lineStarts: Int32Array;
  lineCount = 0;
  /** Filled by `matchBrackets`: the partner of a bracket (-1 when unbalanced) … */
  match: Int32Array = new Int32Array(0);
  /** … and the innermost open bracket (or string/hole opener) around each token (-1 at top level). */
  parent: Int32Array = new Int32Array(0);

  constructor(text: string, capacity: number) {
    this.text = text;
    const size = Math.max(16, capacity);
    this.kinds = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.contentStarts = new Int32Array(size);
    this.contentEnds = new Int32Array(size);
    this.lines = new Int32Array(size);
    this.lineStarts = new Int32Array(Math.max(16, capacity >> 2));
  }

  push(kind: TokenKindValue, start: number, end: number, line: number, contentStart = -1, contentEnd = -1): number {
    if (this.length === this.kinds.length) this.grow();
    const i = this.length++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.contentStarts[i] = contentStart;
    this.contentEnds[i] = contentEnd;
    return i;
  }

  addLine(offset: number): void {
    if (this.lineCount === this.lineStarts.length) {
      const next = new Int32Array(this.lineStarts.length * 2);
      next.set(this.lineStarts);
      this.lineStarts = next;
    }
    this.lineStarts[this.lineCount++] = offset;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const widen = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.kinds = widen(this.kinds, (n) => new Uint8Array(n));
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.ends = widen(this.ends, (n) => new Int32Array(n));
    this.contentStarts = widen(this.contentStarts, (n) => new Int32Array(n));
    this.contentEnds = widen(this.contentEnds, (n) => new Int32Array(n));
    this.lines = widen(this.lines, (n) => new Int32Array(n));
  }

  slice(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  /** The literal content of a string or symbol token. */
  content(i: number): string {
    return this.text.slice(this.contentStarts[i]!, this.contentEnds[i]!);
  }

  is(i: number, text: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.starts[i]!;
    return this.ends[i]! - start === text.length && this.text.startsWith(text, start);
  }

  isPunct(i: number, text: string): boolean {
    return this.kinds[i] === TokenKind.Punct && this.is(i, text);
  }

  isIdent(i: number, text?: string): boolean {
    return i >= 0 && i < this.length && this.kinds[i] === TokenKind.Ident && (text === undefined || this.is(i, text));
  }

  isOpener(i: number): boolean {
    return this.kinds[i] === TokenKind.Punct && this.ends[i]! - this.starts[i]! === 1 && OPENERS.has(this.text[this.starts[i]!]!);
  }

  /** Column of a token on its physical line. */
  columnOf(i: number): number {
    return this.starts[i]! - this.lineStarts[this.lines[i]!]!;
  }
}
