// A single-pass lexer for Python, Ruby, PHP, Go, the Java family (Java, Kotlin, Scala, Groovy) and
// C#. It only has to tell code from comments and strings (so neither can fake a source or a sink)
// and to expose the code inside interpolated strings. Interpolation nesting uses an explicit stack,
// never recursion, and every loop advances, so hostile input costs time linear in its length.
import { type OtherLanguage, TokenKind, TokenList } from './token-list.js';

type Interpolation = 'none' | 'brace' | 'ruby' | 'php' | 'dollar';

interface StringFrame {
  type: 'string';
  close: string;
  interpolation: Interpolation;
  escapes: boolean;
  /** C# verbatim strings escape a quote by doubling it. */
  doubled: boolean;
  multiline: boolean;
  open: number;
  /** Consumes content that cannot end the string or open a hole (see `getPlainContent`). */
  plain: RegExp;
}

interface HoleFrame {
  type: 'hole';
  /** Brackets opened inside the hole and not yet closed. */
  nest: number;
  /** Python and C# holes end with a format spec after a top-level `:` (or a `!r` conversion). */
  formatSpec: boolean;
  singleLine: boolean;
}

type Frame = StringFrame | HoleFrame;

// Deeper interpolation is read as plain string text: a bound, not a parse.
const MAX_FRAMES = 32;

const PUNCT_3 = ['===', '!==', '<=>', '**=', '<<=', '>>=', '...', '??=', '||=', '&&=', '//=', '?->'];
const PUNCT_2 = [
  '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '->', '=>', '::', ':=', '+=', '-=', '*=', '/=', '%=',
  '|=', '&=', '^=', '<<', '**', '++', '--', '..', '!!', '&.', '.=', '?:', '>>', '<-',
];
// Operators that exist only in some languages; elsewhere their characters stay separate tokens.
const PUNCT_ONLY_IN: Readonly<Record<string, readonly OtherLanguage[]>> = {
  '.=': ['php'],
  '?:': ['php', 'java'],
  '&.': ['ruby'],
  '?->': ['php'],
  '<-': ['go'],
  '!!': ['java'],
  // `List<List<String>>` must close two generics.
  '>>': ['python', 'ruby', 'php', 'go'],
  '>>=': ['python', 'ruby', 'php', 'go'],
  '//=': ['python'],
};

/** Operators of a language by first character, longest first. */
function getOperatorTable(language: OtherLanguage): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, string[]>();
  for (const op of [...PUNCT_3, ...PUNCT_2]) {
    const only = PUNCT_ONLY_IN[op];
    if (only !== undefined && !only.includes(language)) continue;
    const list = table.get(op[0]!) ?? [];
    list.push(op);
    table.set(op[0]!, list);
  }
  return table;
}

const OPERATORS = new Map<OtherLanguage, ReadonlyMap<string, readonly string[]>>();
const IDENTIFIER_REST = /[A-Za-z0-9_\u0080-\uffff]*/y;

const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;

/** Tokens of `text`, or undefined when the file holds more than `maxTokens` tokens. */
export function readTokens(text: string, language: OtherLanguage, maxTokens = 2_000_000): TokenList | undefined {
  return new Lexer(text, language, maxTokens).run();
}

class Lexer {
  private readonly text: string;
  private readonly n: number;
  private readonly language: OtherLanguage;
  private readonly maxTokens: number;
  private readonly operators: ReadonlyMap<string, readonly string[]>;
  private readonly tokens: TokenList;
  private pos = 0;
  private line = 0;
  private readonly stack: Frame[] = [];
  private html: boolean;
  /** Ruby heredocs whose bodies start after the current line. */
  private pendingHeredocs: { token: number; id: string; indented: boolean }[] = [];

  constructor(text: string, language: OtherLanguage, maxTokens: number) {
    this.text = text;
    this.n = text.length;
    this.language = language;
    this.maxTokens = maxTokens;
    this.tokens = new TokenList(text, Math.min(Math.ceil(text.length / 4), 1 << 16));
    this.tokens.addLine(0);
    this.html = language === 'php';
    let operators = OPERATORS.get(language);
    if (operators === undefined) {
      operators = getOperatorTable(language);
      OPERATORS.set(language, operators);
    }
    this.operators = operators;
  }

  run(): TokenList | undefined {
    while (this.pos < this.n) {
      if (this.tokens.length > this.maxTokens) return undefined;
      const top = this.stack[this.stack.length - 1];
      if (top?.type === 'string') this.readStringContent(top);
      else if (this.html) this.skipHtml();
      else this.readCode(top);
    }
    // Close whatever is still open so openers always have partners.
    while (this.stack.length > 0) {
      const frame = this.stack.pop()!;
      if (frame.type === 'hole') this.tokens.push(TokenKind.HoleClose, this.n, this.n, this.line);
      else this.finishString(frame, this.n, this.n);
    }
    return this.tokens;
  }

  // ---- shared helpers -------------------------------------------------------------------------

  private code(offset: number): number {
    return offset < this.n ? this.text.charCodeAt(offset) : -1;
  }

  private newline(offset: number): void {
    this.line++;
    this.tokens.addLine(offset + 1);
  }

  /** Moves to `end`, counting the line breaks passed over. */
  private advanceTo(end: number): void {
    const stop = Math.min(end, this.n);
    let at = this.text.indexOf('\n', this.pos);
    while (at !== -1 && at < stop) {
      this.newline(at);
      at = this.text.indexOf('\n', at + 1);
    }
    this.pos = stop;
  }

  private skipToLineEnd(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end === -1 ? this.n : end;
  }

  private lastKind(): number {
    return this.tokens.length === 0 ? 0 : this.tokens.kinds[this.tokens.length - 1]!;
  }

  /** Whether the previous token ends a value, so `/`, `%` or `<<` that follow are operators. */
  private afterValue(): boolean {
    const i = this.tokens.length - 1;
    if (i < 0) return false;
    const kind = this.tokens.kinds[i];
    if (kind === TokenKind.Ident) return !/^(?:if|unless|while|until|and|or|not|return|when|in|puts|print|p|then|else|elsif|do|case)$/.test(this.tokens.slice(i));
    if (kind === TokenKind.Number || kind === TokenKind.String || kind === TokenKind.StringClose || kind === TokenKind.Symbol) return true;
    return kind === TokenKind.Punct && /^[)\]}]$/.test(this.tokens.slice(i));
  }

  // ---- PHP outside <?php ----------------------------------------------------------------------

  private skipHtml(): void {
    const open = this.text.indexOf('<?', this.pos);
    if (open === -1) {
      this.advanceTo(this.n);
      return;
    }
    let end = open + 2;
    if (this.text.startsWith('php', end)) end += 3;
    else if (this.text[end] === '=') end += 1;
    this.advanceTo(end);
    this.html = false;
  }

  // ---- code -----------------------------------------------------------------------------------

  private readCode(hole: HoleFrame | undefined): void {
    const { text, language } = this;
    const start = this.pos;
    const c = text.charCodeAt(start);
    const next = this.code(start + 1);

    if (c === 10) {
      if (hole?.singleLine) {
        this.closeUnterminatedHole();
        return;
      }
      if (this.tokens.length > 0 && this.lastKind() !== TokenKind.Newline) this.tokens.push(TokenKind.Newline, start, start + 1, this.line);
      this.newline(start);
      this.pos = start + 1;
      if (this.pendingHeredocs.length > 0) this.skipHeredocBodies();
      if (language === 'ruby' && text.startsWith('=begin', this.pos)) this.skipRubyBlockComment();
      return;
    }
    if (isSpace(c)) {
      this.pos = start + 1;
      return;
    }
    // Line continuation.
    if (c === 92 && (next === 10 || (next === 13 && this.code(start + 2) === 10)) && (language === 'python' || language === 'ruby')) {
      this.pos = start + (next === 13 ? 2 : 1);
      this.newline(this.pos);
      this.pos++;
      return;
    }
    if (start === 0 && language === 'ruby' && text.startsWith('=begin', 0)) {
      this.skipRubyBlockComment();
      return;
    }
    if (this.readComment(c, next)) return;
    if (language === 'php' && c === 63 && next === 62 && hole === undefined) {
      // `?>` leaves PHP and ends the statement.
      this.tokens.push(TokenKind.Newline, start, start + 2, this.line);
      this.pos = start + 2;
      this.html = true;
      return;
    }
    if (this.readStringStart(c, next)) return;
    if (isIdentStart(c) || this.isSigilIdent(c, next)) {
      this.readIdentifier();
      return;
    }
    if (isDigit(c)) {
      this.readNumber();
      return;
    }
    this.readPunct(hole);
  }

  private readComment(c: number, next: number): boolean {
    const { language } = this;
    const hash = c === 35;
    const slashes = c === 47 && next === 47;
    if ((hash && (language === 'python' || language === 'ruby')) || (slashes && language !== 'python' && language !== 'ruby')) {
      this.skipToLineEnd();
      return true;
    }
    if (language === 'php' && (slashes || (hash && next !== 91))) {
      // A PHP line comment also ends at `?>`.
      const lineEnd = this.text.indexOf('\n', this.pos);
      const stop = lineEnd === -1 ? this.n : lineEnd;
      const close = this.text.indexOf('?>', this.pos);
      this.pos = close !== -1 && close < stop ? close : stop;
      return true;
    }
    if (c === 47 && next === 42 && language !== 'python' && language !== 'ruby') {
      const end = this.text.indexOf('*/', this.pos + 2);
      this.advanceTo(end === -1 ? this.n : end + 2);
      return true;
    }
    if (hash && language === 'csharp' && this.atLineStart(this.pos)) {
      this.skipToLineEnd();
      return true;
    }
    return false;
  }

  private atLineStart(offset: number): boolean {
    const lineStart = this.tokens.lineStarts[this.line]!;
    for (let i = lineStart; i < offset; i++) if (!isSpace(this.text.charCodeAt(i))) return false;
    return true;
  }

  private skipRubyBlockComment(): void {
    const end = this.text.indexOf('\n=end', this.pos);
    if (end === -1) {
      this.advanceTo(this.n);
      return;
    }
    this.advanceTo(end + 5);
    this.skipToLineEnd();
  }

  private isSigilIdent(c: number, next: number): boolean {
    const { language } = this;
    if (language === 'php') return c === 36 && isIdentStart(next);
    if (language === 'ruby') {
      if (c === 64) return isIdentStart(next) || (next === 64 && isIdentStart(this.code(this.pos + 2)));
      return c === 36 && (isIdentStart(next) || next === 33 || next === 48);
    }
    if (language === 'csharp') return c === 64 && isIdentStart(next);
    return false;
  }

  private readIdentifier(): void {
    const { text, language } = this;
    const start = this.pos;
    let end = start;
    // Sigils: PHP/Ruby `$`, Ruby `@` and `@@`, C# verbatim `@`.
    while (end < this.n && (text[end] === '$' || text[end] === '@') && end - start < 2) end++;
    if (end > start && !isIdentStart(this.code(end))) {
      // Ruby special globals: `$!`, `$0`.
      this.tokens.push(TokenKind.Ident, start, end + 1, this.line);
      this.pos = end + 1;
      return;
    }
    IDENTIFIER_REST.lastIndex = end;
    IDENTIFIER_REST.test(text);
    end = IDENTIFIER_REST.lastIndex;
    const after = this.code(end);
    // String prefixes: Python r/b/u/f pairs, Scala s/f/raw interpolators.
    if (after === 34 || after === 39) {
      const word = text.slice(start, end);
      if (language === 'python' && /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(word)) {
        this.pos = end;
        this.startPythonString(start, /[fF]/.test(word), /[rR]/.test(word));
        return;
      }
      if (language === 'java' && after === 34 && /^(?:s|f|raw)$/.test(word)) {
        this.pos = end;
        this.startQuoted(start, '"', 'dollar', word !== 'raw', false);
        return;
      }
    }
    // Ruby method names may end in ? or ! (`empty?`, `save!`), not before `=` (`a != b`).
    if (language === 'ruby' && (after === 63 || after === 33) && this.code(end + 1) !== 61 && !isIdentPart(this.code(end + 1))) {
      const word = text.slice(start, end);
      if (!/^[A-Z]/.test(word) && !/^(?:if|unless|while|until|and|or|not|return|defined)$/.test(word)) end++;
    }
    this.tokens.push(TokenKind.Ident, start, end, this.line);
    this.pos = end;
  }

  private readNumber(): void {
    const { text } = this;
    let end = this.pos + 1;
    while (end < this.n && isIdentPart(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) === 46 && isDigit(this.code(end + 1))) {
      end++;
      while (end < this.n && isIdentPart(text.charCodeAt(end))) end++;
    }
    this.tokens.push(TokenKind.Number, this.pos, end, this.line);
    this.pos = end;
  }

  private readPunct(hole: HoleFrame | undefined): void {
    const { text } = this;
    const start = this.pos;
    const c = text[start]!;
    if (hole !== undefined) {
      if (c === '{' || c === '(' || c === '[') hole.nest++;
      else if (c === '}' || c === ')' || c === ']') {
        if (hole.nest === 0 && c === '}') {
          this.tokens.push(TokenKind.HoleClose, start, start + 1, this.line);
          this.stack.pop();
          this.pos = start + 1;
          return;
        }
        hole.nest = Math.max(0, hole.nest - 1);
      } else if (hole.formatSpec && hole.nest === 0 && this.startsFormatSpec(start)) {
        this.skipFormatSpec();
        return;
      }
    }
    for (const op of this.operators.get(c) ?? []) {
      if (!text.startsWith(op, start)) continue;
      this.tokens.push(TokenKind.Punct, start, start + op.length, this.line);
      this.pos = start + op.length;
      return;
    }
    this.tokens.push(TokenKind.Punct, start, start + 1, this.line);
    this.pos = start + 1;
  }

  private startsFormatSpec(at: number): boolean {
    const c = this.text[at];
    if (c === ':') return this.text[at + 1] !== ':' && this.text[at + 1] !== '=';
    if (c === '!') return /^[rsa][:}]/.test(this.text.slice(at + 1, at + 3));
    return false;
  }

  /** Skips `:>10` / `!r` up to the hole's closing brace, which is emitted as the hole's end. */
  private skipFormatSpec(): void {
    let depth = 0;
    let at = this.pos;
    while (at < this.n) {
      const c = this.text[at];
      if (c === '\n') break;
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) break;
        depth--;
      }
      at++;
    }
    this.advanceTo(at);
    if (this.text[at] === '}') {
      this.tokens.push(TokenKind.HoleClose, at, at + 1, this.line);
      this.pos = at + 1;
    } else this.tokens.push(TokenKind.HoleClose, at, at, this.line);
    this.stack.pop();
  }

  private closeUnterminatedHole(): void {
    this.tokens.push(TokenKind.HoleClose, this.pos, this.pos, this.line);
    this.stack.pop();
    const frame = this.stack[this.stack.length - 1];
    if (frame?.type === 'string') {
      this.stack.pop();
      this.finishString(frame, this.pos, this.pos);
    }
  }

  // ---- strings --------------------------------------------------------------------------------

  private canInterpolate(): boolean {
    return this.stack.length < MAX_FRAMES;
  }

  private startQuoted(tokenStart: number, close: string, interpolation: Interpolation, escapes: boolean, multiline: boolean, doubled = false): void {
    const contentStart = this.pos + close.length;
    const open = this.tokens.push(TokenKind.String, tokenStart, contentStart, this.line, contentStart, contentStart);
    const effective = this.canInterpolate() ? interpolation : 'none';
    this.stack.push({ type: 'string', close, interpolation: effective, escapes, doubled, multiline, open, plain: getPlainContent(close, effective, escapes) });
    this.pos = contentStart;
  }

  private startPythonString(tokenStart: number, formatted: boolean, raw: boolean): void {
    const q = this.text[this.pos]!;
    const triple = this.text.startsWith(q + q + q, this.pos);
    this.startQuoted(tokenStart, triple ? q + q + q : q, formatted ? 'brace' : 'none', !raw, triple);
  }

  private readStringStart(c: number, next: number): boolean {
    const { text, language, pos } = this;
    switch (language) {
      case 'python':
        if (c === 34 || c === 39) {
          this.startPythonString(pos, false, false);
          return true;
        }
        return false;
      case 'ruby':
        return this.readRubyStringStart(c, next);
      case 'php':
        if (c === 39) this.startQuoted(pos, "'", 'none', true, true);
        else if (c === 34) this.startQuoted(pos, '"', 'php', true, true);
        else if (c === 96) this.startQuoted(pos, '`', 'none', true, true);
        else if (c === 60 && text.startsWith('<<<', pos)) return this.readPhpHeredoc();
        else return false;
        return true;
      case 'go':
        if (c === 34) this.startQuoted(pos, '"', 'none', true, false);
        else if (c === 96) this.startQuoted(pos, '`', 'none', false, true);
        else if (c === 39) this.startQuoted(pos, "'", 'none', true, false);
        else return false;
        return true;
      case 'java':
        if (c === 34) {
          if (text.startsWith('"""', pos)) this.startQuoted(pos, '"""', 'dollar', true, true);
          else this.startQuoted(pos, '"', 'dollar', true, false);
        } else if (c === 39) {
          if (text.startsWith("'''", pos)) this.startQuoted(pos, "'''", 'none', true, true);
          else this.startQuoted(pos, "'", 'none', true, false);
        } else if (c === 96) this.startQuoted(pos, '`', 'none', false, false);
        else return false;
        return true;
      case 'csharp':
        return this.readCSharpStringStart(c);
    }
  }

  private readCSharpStringStart(c: number): boolean {
    const { text, pos } = this;
    if (c !== 34 && c !== 39 && c !== 36 && c !== 64) return false;
    if (c === 39) {
      this.startQuoted(pos, "'", 'none', true, false);
      return true;
    }
    let at = pos;
    let interpolated = false;
    let verbatim = false;
    while (at < pos + 4 && (text[at] === '$' || text[at] === '@')) {
      if (text[at] === '$') interpolated = true;
      else verbatim = true;
      at++;
    }
    if (text[at] !== '"') return false;
    let quotes = 0;
    while (text[at + quotes] === '"') quotes++;
    this.pos = at;
    const interpolation: Interpolation = interpolated ? 'brace' : 'none';
    if (quotes >= 3 && !verbatim) {
      this.startQuoted(pos, '"'.repeat(quotes), interpolation, false, true);
    } else if (verbatim) this.startQuoted(pos, '"', interpolation, false, true, true);
    else this.startQuoted(pos, '"', interpolation, true, false);
    return true;
  }

  private readRubyStringStart(c: number, next: number): boolean {
    const { text, pos } = this;
    if (c === 39) this.startQuoted(pos, "'", 'none', true, true);
    else if (c === 34 || c === 96) this.startQuoted(pos, text[pos]!, 'ruby', true, true);
    else if (c === 58 && next === 34) {
      this.pos = pos + 1;
      this.startQuoted(pos, '"', 'ruby', true, true);
    } else if (c === 58 && isIdentStart(next) && !this.afterColonValue()) {
      let end = pos + 1;
      while (end < this.n && isIdentPart(text.charCodeAt(end))) end++;
      if (text[end] === '?' || text[end] === '!') end++;
      this.tokens.push(TokenKind.Symbol, pos, end, this.line, pos + 1, end);
      this.pos = end;
    } else if (c === 60 && next === 60 && this.readRubyHeredocStart()) return true;
    else if (c === 37 && !this.afterValue() && this.readPercentLiteral()) return true;
    else if (c === 47 && !this.afterValue() && next !== 32 && next !== 61 && this.readRegex()) return true;
    else return false;
    return true;
  }

  /** `a ? b :c` and `x::Y` are not symbols. */
  private afterColonValue(): boolean {
    const before = this.code(this.pos - 1);
    return before === 58 || isIdentPart(before) || before === 41 || before === 93;
  }

  private readRubyHeredocStart(): boolean {
    const match = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(this.text.slice(this.pos, this.pos + 80));
    if (match === null) return false;
    const [whole, flag, quote, id] = match;
    if (flag === '' && quote === '' && (this.afterValue() || !/^[A-Z_]+$/.test(id!))) return false;
    const end = this.pos + whole.length;
    const token = this.tokens.push(TokenKind.String, this.pos, end, this.line, end, end);
    this.pendingHeredocs.push({ token, id: id!, indented: flag !== '' });
    this.pos = end;
    return true;
  }

  private skipHeredocBodies(): void {
    const pending = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const heredoc of pending) {
      const bodyStart = this.pos;
      let lineStart = this.pos;
      let bodyEnd = this.n;
      let resume = this.n;
      while (lineStart < this.n) {
        const lineEnd = this.text.indexOf('\n', lineStart);
        const stop = lineEnd === -1 ? this.n : lineEnd;
        let line = this.text.slice(lineStart, Math.min(stop, lineStart + heredoc.id.length + 200)).replace(/\r$/, '');
        if (heredoc.indented) line = line.trimStart();
        if (line === heredoc.id) {
          bodyEnd = lineStart;
          resume = stop;
          break;
        }
        lineStart = stop + 1;
      }
      this.tokens.contentStarts[heredoc.token] = bodyStart;
      this.tokens.contentEnds[heredoc.token] = bodyEnd;
      this.advanceTo(resume);
      // Stand on the terminator's line break so the next heredoc (or code) starts after it.
      if (this.pos < this.n && this.text[this.pos] === '\n') {
        this.newline(this.pos);
        this.pos++;
      }
    }
  }

  private readPercentLiteral(): boolean {
    const { text, pos } = this;
    let at = pos + 1;
    if (/[qQwWiIrsx]/.test(text[at] ?? '')) at++;
    const open = text[at];
    if (open === undefined || /[\w\s]/.test(open) || (at === pos + 1 && open === '=')) return false;
    const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
    const close = pairs[open] ?? open;
    let depth = 0;
    let end = at + 1;
    while (end < this.n) {
      const ch = text[end];
      if (ch === '\\') end++;
      else if (ch === close && depth === 0) break;
      else if (ch === open && close !== open) depth++;
      else if (ch === close) depth--;
      end++;
    }
    const contentStart = at + 1;
    const contentEnd = Math.min(end, this.n);
    const token = this.tokens.push(TokenKind.String, pos, Math.min(end + 1, this.n), this.line, contentStart, contentEnd);
    this.advanceTo(Math.min(end + 1, this.n));
    this.tokens.ends[token] = this.pos;
    return true;
  }

  private readRegex(): boolean {
    const { text, pos } = this;
    let at = pos + 1;
    let inClass = false;
    while (at < this.n) {
      const ch = text[at];
      if (ch === '\n') return false;
      if (ch === '\\') at++;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      at++;
    }
    if (at >= this.n) return false;
    let end = at + 1;
    while (end < this.n && /[a-z]/.test(text[end]!)) end++;
    this.tokens.push(TokenKind.String, pos, end, this.line, pos + 1, at);
    this.pos = end;
    return true;
  }

  private readPhpHeredoc(): boolean {
    const { text, pos } = this;
    const match = /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n/.exec(text.slice(pos, pos + 100));
    if (match === null) return false;
    const id = match[2]!;
    const bodyStart = pos + match[0].length;
    let lineStart = bodyStart;
    let bodyEnd = this.n;
    let end = this.n;
    while (lineStart < this.n) {
      const lineEnd = text.indexOf('\n', lineStart);
      const stop = lineEnd === -1 ? this.n : lineEnd;
      let at = lineStart;
      while (at < stop && (text[at] === ' ' || text[at] === '\t')) at++;
      if (text.startsWith(id, at) && !isIdentPart(this.code(at + id.length))) {
        bodyEnd = lineStart;
        end = at + id.length;
        break;
      }
      lineStart = stop + 1;
    }
    this.tokens.push(TokenKind.String, pos, end, this.line, bodyStart, bodyEnd);
    this.advanceTo(end);
    return true;
  }

  private readStringContent(frame: StringFrame): void {
    const { text } = this;
    const { plain } = frame;
    let at = this.pos;
    while (at < this.n) {
      // Jump over plain text and escape pairs to the next character that can end the string or open a hole.
      plain.lastIndex = at;
      plain.test(text);
      if (plain.lastIndex > at) {
        at = plain.lastIndex;
        continue;
      }
      const c = text.charCodeAt(at);
      if (text.startsWith(frame.close, at)) {
        if (frame.doubled && text[at + 1] === '"') {
          at += 2;
          continue;
        }
        this.advanceTo(at);
        this.stack.pop();
        this.finishString(frame, at, at + frame.close.length);
        this.pos = at + frame.close.length;
        return;
      }
      if (c === 92 && frame.escapes) {
        at += 2;
        continue;
      }
      // `{{` is a literal brace in Python f-strings and C# interpolated strings.
      if (c === 123 && frame.interpolation === 'brace' && text.charCodeAt(at + 1) === 123) {
        at += 2;
        continue;
      }
      if (c === 10 && !frame.multiline) {
        this.advanceTo(at);
        this.stack.pop();
        this.finishString(frame, at, at);
        return;
      }
      if (frame.interpolation !== 'none' && this.startsHole(frame, at)) return;
      at++;
    }
    this.advanceTo(this.n);
    // Unterminated at the end of the file: the frame is closed by `run`.
  }

  private finishString(frame: StringFrame, contentEnd: number, end: number): void {
    const { tokens } = this;
    tokens.ends[frame.open] = end;
    tokens.contentEnds[frame.open] = contentEnd;
    if (tokens.kinds[frame.open] === TokenKind.StringOpen) tokens.push(TokenKind.StringClose, end, end, this.line);
  }

  /** Opens a hole at `at` when one starts there (and then returns true, with `pos` inside it). */
  private startsHole(frame: StringFrame, at: number): boolean {
    const { text } = this;
    const c = text[at];
    const next = text[at + 1];
    switch (frame.interpolation) {
      case 'brace':
        if (c === '{') {
          if (next === '{') return false;
          this.openHole(frame, at, at + 1, true);
          return true;
        }
        return false;
      case 'ruby':
        if (c === '#' && next === '{') {
          this.openHole(frame, at, at + 2, false);
          return true;
        }
        return false;
      case 'php':
        if (c === '{' && next === '$') {
          this.openHole(frame, at, at + 1, false);
          return true;
        }
        if (c === '$' && next === '{') {
          this.openHole(frame, at, at + 2, false);
          return true;
        }
        if (c === '$' && isIdentStart(this.code(at + 1))) {
          this.readSimpleHole(frame, at, true);
          return true;
        }
        return false;
      case 'dollar':
        if (c === '$' && next === '{') {
          this.openHole(frame, at, at + 2, false);
          return true;
        }
        if (c === '$' && /[A-Za-z_]/.test(next ?? '')) {
          this.readSimpleHole(frame, at, false);
          return true;
        }
        return false;
      case 'none':
        return false;
    }
  }

  private openHole(frame: StringFrame, start: number, end: number, formatSpec: boolean): void {
    this.advanceTo(start);
    this.tokens.kinds[frame.open] = TokenKind.StringOpen;
    this.tokens.push(TokenKind.HoleOpen, start, end, this.line);
    this.stack.push({ type: 'hole', nest: 0, formatSpec, singleLine: !frame.multiline });
    this.pos = end;
  }

  /** `"$name"`, PHP `"$a->b"` / `"$a[key]"`, Kotlin `"$name"`: tokens without a frame. */
  private readSimpleHole(frame: StringFrame, at: number, php: boolean): void {
    const { text, tokens } = this;
    this.advanceTo(at);
    tokens.kinds[frame.open] = TokenKind.StringOpen;
    tokens.push(TokenKind.HoleOpen, at, at, this.line);
    let end = at + 1;
    while (end < this.n && isIdentPart(text.charCodeAt(end)) && text.charCodeAt(end) < 0x80) end++;
    tokens.push(TokenKind.Ident, php ? at : at + 1, end, this.line);
    if (php && text.startsWith('->', end) && isIdentStart(this.code(end + 2))) {
      tokens.push(TokenKind.Punct, end, end + 2, this.line);
      let nameEnd = end + 2;
      while (nameEnd < this.n && isIdentPart(text.charCodeAt(nameEnd))) nameEnd++;
      tokens.push(TokenKind.Ident, end + 2, nameEnd, this.line);
      end = nameEnd;
    } else if (php && text[end] === '[') {
      const key = /^\[(-?\d+|\$?[A-Za-z_]\w*)\]/.exec(text.slice(end, end + 64));
      if (key !== null) {
        const word = key[1]!;
        tokens.push(TokenKind.Punct, end, end + 1, this.line);
        const kind = /^-?\d/.test(word) ? TokenKind.Number : word.startsWith('$') ? TokenKind.Ident : TokenKind.String;
        tokens.push(kind, end + 1, end + 1 + word.length, this.line, end + 1, end + 1 + word.length);
        tokens.push(TokenKind.Punct, end + 1 + word.length, end + 2 + word.length, this.line);
        end += key[0].length;
      }
    }
    tokens.push(TokenKind.HoleClose, end, end, this.line);
    this.pos = end;
  }
}

const PLAIN_CACHE = new Map<string, RegExp>();

/**
 * A sticky pattern for string content that needs no closer look: anything but the closing
 * delimiter's first character, a line break, hole openers and (with escapes) backslash pairs.
 * Its two alternatives cannot both match at one position, so it runs in linear time; the
 * repetition is bounded because each one costs the regex engine a backtracking entry.
 */
function getPlainContent(close: string, interpolation: Interpolation, escapes: boolean): RegExp {
  const key = `${close[0]}|${interpolation}|${escapes}`;
  let pattern = PLAIN_CACHE.get(key);
  if (pattern === undefined) {
    const holes = { none: '', brace: '{', ruby: '#', php: '{$', dollar: '$' }[interpolation];
    const stops = [...new Set([close[0]!, '\n', '\\', ...holes])].map((c) => (c === '\n' ? '\\n' : `\\${c}`)).join('');
    pattern = new RegExp(escapes ? `(?:[^${stops}]|\\\\[^]){0,4096}` : `[^${stops}]*`, 'y');
    PLAIN_CACHE.set(key, pattern);
  }
  return pattern;
}
