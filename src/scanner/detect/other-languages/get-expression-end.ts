// Where an expression that starts at a token ends: at a statement end, a separator, or the end of
// the group it sits in. The ends of every token are computed once per file in a backward pass, so
// asking for them (once per assignment, argument or lambda) costs O(1) even on hostile input.
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';

export interface ExpressionEndOptions {
  /** Read through top-level commas (Python/Ruby/Go tuples). */
  commas?: boolean;
  /** Stop at a `{` (Go `if`/`for`/`switch` headers, where a brace opens the block). */
  stopAtBrace?: boolean;
}

// Ruby keywords that end the value before them: statement modifiers, low-precedence `and`/`or`, blocks.
const RUBY_STOPPERS = new Set(['if', 'unless', 'while', 'until', 'rescue', 'and', 'or', 'do', 'then']);
// A line that ends with one of these continues on the next (Ruby, Go, Kotlin).
const CLOSING_PUNCT = new Set([')', ']', '}', ';', '++', '--', '!!']);
// A line that starts with one of these continues the previous one (method chains, operators).
const CONTINUING_PUNCT = new Set(['.', '?.', '&.', '?:', '&&', '||', '+', '?', ':', '::', '->', '|>']);

interface Ends {
  language: OtherLanguage;
  /** First end at the same level at or after each token, commas excluded … */
  withoutCommas: Int32Array;
  /** … and included. */
  withCommas: Int32Array;
}

const CACHE = new WeakMap<TokenList, Ends>();

export function getExpressionEnd(tokens: TokenList, start: number, language: OtherLanguage, options: ExpressionEndOptions = {}): number {
  const n = tokens.length;
  if (start >= n) return n;
  let ends = CACHE.get(tokens);
  if (ends?.language !== language) {
    ends = computeEnds(tokens, language);
    CACHE.set(tokens, ends);
  }
  // A line break or a Ruby modifier right at the start does not end an empty expression.
  let from = start;
  if ((tokens.kinds[from] === TokenKind.Newline && language !== 'python') || isRubyStopper(tokens, from, language)) from++;
  if (from >= n) return n;
  const end = (options.commas === true ? ends.withoutCommas : ends.withCommas)[from]!;
  if (options.stopAtBrace !== true) return end;
  // Go headers: the first top-level `{` opens the block (bounded by the header's own length).
  for (let j = from + 1; j < end; ) {
    if (tokens.isPunct(j, '{')) return j;
    const partner = tokens.match[j]!;
    j = partner > j ? partner + 1 : j + 1;
  }
  return end;
}

function computeEnds(tokens: TokenList, language: OtherLanguage): Ends {
  const n = tokens.length;
  const withoutCommas = new Int32Array(n);
  const withCommas = new Int32Array(n);
  // Pending ends per level, indexed by the level's opener + 1 (0 for the top level).
  const pendingWithout = new Int32Array(n + 1).fill(n);
  const pendingWith = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const level = tokens.parent[i]! + 1;
    if (isEnd(tokens, i, language)) {
      pendingWithout[level] = i;
      pendingWith[level] = i;
    } else if (tokens.isPunct(i, ',')) pendingWith[level] = i;
    withoutCommas[i] = pendingWithout[level]!;
    withCommas[i] = pendingWith[level]!;
  }
  return { language, withoutCommas, withCommas };
}

/** Whether a token ends the expression around it, whatever it started with. */
function isEnd(tokens: TokenList, i: number, language: OtherLanguage): boolean {
  const kind = tokens.kinds[i];
  if (kind === TokenKind.StringClose || kind === TokenKind.HoleClose) return true;
  if (kind === TokenKind.Punct) {
    if (tokens.ends[i]! - tokens.starts[i]! !== 1) return false;
    const c = tokens.text[tokens.starts[i]!];
    return c === ')' || c === ']' || c === '}' || c === ';';
  }
  if (kind === TokenKind.Newline) return endsAtNewline(tokens, i, language);
  return isRubyStopper(tokens, i, language);
}

function isRubyStopper(tokens: TokenList, i: number, language: OtherLanguage): boolean {
  return (
    language === 'ruby' &&
    tokens.kinds[i] === TokenKind.Ident &&
    RUBY_STOPPERS.has(tokens.slice(i)) &&
    !tokens.isPunct(i - 1, '.') &&
    !tokens.isPunct(i - 1, '&.') &&
    !tokens.isPunct(i - 1, '::')
  );
}

function endsAtNewline(tokens: TokenList, newline: number, language: OtherLanguage): boolean {
  if (language === 'php' || language === 'csharp') return false;
  const p = tokens.parent[newline]!;
  if (language === 'python') return p === -1;
  const inParens = p >= 0 && (tokens.isPunct(p, '(') || tokens.isPunct(p, '['));
  if (inParens && language !== 'go') return false;
  const before = newline - 1;
  const after = newline + 1;
  const kindBefore = tokens.kinds[before];
  if (language === 'go') {
    // Go's automatic semicolons: after a name, literal, closer or ++/--.
    if (kindBefore === TokenKind.Ident || kindBefore === TokenKind.Number || kindBefore === TokenKind.String || kindBefore === TokenKind.StringClose) return true;
    return kindBefore === TokenKind.Punct && CLOSING_PUNCT.has(tokens.slice(before));
  }
  if (kindBefore === TokenKind.Punct && !CLOSING_PUNCT.has(tokens.slice(before))) return false;
  if (language === 'ruby' && kindBefore === TokenKind.Ident && /^(?:and|or|not)$/.test(tokens.slice(before))) return false;
  if (after < tokens.length && tokens.kinds[after] === TokenKind.Punct && CONTINUING_PUNCT.has(tokens.slice(after))) return false;
  return true;
}
