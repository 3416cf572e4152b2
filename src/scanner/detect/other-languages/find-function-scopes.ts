// The functions of a file, as a tree of token ranges: Python by indentation, Ruby by counting
// block keywords against `end`, the brace languages by brace matching plus a look at the header
// before each `{`. Each heuristic degrades to "part of the enclosing function", never to a crash:
// a miscounted Ruby `end` is capped by the next `def` at the same indentation.
import { getExpressionEnd } from './get-expression-end.js';
import type { LineBlocks } from './get-line-blocks.js';
import { RUBY_ROUTE_BLOCKS } from './language-catalogue.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';

export interface Scope {
  kind: 'file' | 'function' | 'lambda';
  /** Token range `[start, end)`, header included. */
  start: number;
  end: number;
  parent: number;
  depth: number;
  /** Token range of the parameter list (`-1` when none). */
  paramsStart: number;
  paramsEnd: number;
  /** First token of the decorators, annotations, attributes and modifiers before the function. */
  headerStart: number;
  name: string;
  /** Names of enclosing functions are invisible here (Ruby `def`, PHP functions and closures). */
  boundary: boolean;
  /** Names a PHP closure takes over with `use (…)`. */
  captures: readonly string[];
  /** The method of the call that registers this function (`post`, `MapPost`, `route`), when it is an argument or block of one. */
  registrar: string;
}

export interface ScopeTree {
  scopes: Scope[];
  /** Innermost scope of each token. */
  scopeOf: Int32Array;
}

type FoundScope = Omit<Scope, 'parent' | 'depth'>;

const scope = (fields: Partial<FoundScope> & Pick<FoundScope, 'start' | 'end'>): FoundScope => ({
  kind: 'function',
  paramsStart: -1,
  paramsEnd: -1,
  headerStart: fields.start,
  name: '',
  boundary: false,
  captures: [],
  registrar: '',
  ...fields,
});

export function findFunctionScopes(tokens: TokenList, language: OtherLanguage, blocks: LineBlocks | undefined): ScopeTree {
  let found: FoundScope[];
  if (language === 'python') found = findPythonScopes(tokens, blocks!);
  else if (language === 'ruby') found = findRubyScopes(tokens, blocks!);
  else found = findBraceScopes(tokens, language);
  return buildTree(tokens.length, found);
}

function buildTree(n: number, found: FoundScope[]): ScopeTree {
  const file: FoundScope = scope({ kind: 'file', start: 0, end: n });
  const list: Scope[] = [file, ...found.filter((s) => s.end > s.start && s.start >= 0)].map((s) => ({ ...s, parent: -1, depth: 0 }));
  list.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'file' ? -1 : b.kind === 'file' ? 1 : 0));
  const scopeOf = new Int32Array(n);
  const stack: number[] = [];
  let next = 0;
  for (let i = 0; i <= n; i++) {
    while (stack.length > 0 && list[stack[stack.length - 1]!]!.end <= i) stack.pop();
    while (next < list.length && list[next]!.start <= i) {
      const s = list[next]!;
      const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
      if (parent >= 0) {
        const outer = list[parent]!;
        if (s.end > outer.end) s.end = outer.end;
        s.parent = parent;
        s.depth = outer.depth + 1;
      }
      if (s.end > i || next === 0) stack.push(next);
      next++;
    }
    if (i < n) scopeOf[i] = stack.length > 0 ? stack[stack.length - 1]! : 0;
  }
  return { scopes: list, scopeOf };
}

const prevSignificant = (tokens: TokenList, i: number): number => {
  let j = i - 1;
  while (j >= 0 && tokens.kinds[j] === TokenKind.Newline) j--;
  return j;
};

const nextSignificant = (tokens: TokenList, i: number): number => {
  let j = i + 1;
  while (j < tokens.length && tokens.kinds[j] === TokenKind.Newline) j++;
  return j;
};

// ---- Python -----------------------------------------------------------------------------------

function findPythonScopes(tokens: TokenList, blocks: LineBlocks): FoundScope[] {
  const out: FoundScope[] = [];
  const { match, parent, kinds } = tokens;
  for (let line = 0; line < blocks.count; line++) {
    const first = blocks.firstToken[line]!;
    let def = first;
    if (tokens.isIdent(def, 'async')) def++;
    if (!tokens.isIdent(def, 'def') || !tokens.isIdent(def + 1) || !tokens.isPunct(def + 2, '(')) continue;
    const close = match[def + 2]!;
    if (close < 0) continue;
    let colon = close + 1;
    while (colon < tokens.length && !(tokens.isPunct(colon, ':') && parent[colon] === parent[first])) {
      if (kinds[colon] === TokenKind.Newline) break;
      colon = tokens.isOpener(colon) && match[colon]! > colon ? match[colon]! + 1 : colon + 1;
    }
    if (!tokens.isPunct(colon, ':')) continue;
    let end: number;
    if (kinds[colon + 1] === TokenKind.Newline) end = blocks.blockEnd[line]!;
    else end = getExpressionEnd(tokens, colon + 1, 'python', { commas: true });
    let headerStart = first;
    for (let k = line - 1; k >= 0 && blocks.indent[k] === blocks.indent[line] && tokens.isPunct(blocks.firstToken[k]!, '@'); k--) {
      headerStart = blocks.firstToken[k]!;
    }
    out.push(scope({ start: first, end, paramsStart: def + 3, paramsEnd: close, headerStart, name: tokens.slice(def + 1) }));
  }
  return out;
}

// ---- Ruby -------------------------------------------------------------------------------------

const RUBY_OPENERS = new Set(['def', 'class', 'module', 'begin', 'case', 'if', 'unless', 'while', 'until', 'for', 'do', 'end']);
const RUBY_VALUE_PUNCT = new Set([';', '=', '(', '[', '{', ',', '||', '&&', '||=', '&&=', '+=', '-=', '=>', '?', ':', '|', '!', '<<', '==']);
// `return if x` and `yield unless y` are modifiers, so neither word is here.
const RUBY_VALUE_WORDS = new Set(['then', 'else', 'do', 'begin', 'and', 'or', 'not', 'ensure', 'rescue', 'when', 'in']);

interface RubyOpen {
  kind: 'def' | 'route' | 'loop' | 'other';
  token: number;
  scope: number;
}

function findRubyScopes(tokens: TokenList, blocks: LineBlocks): FoundScope[] {
  const out: FoundScope[] = [];
  const stack: RubyOpen[] = [];
  const { kinds, lines } = tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] !== TokenKind.Ident) continue;
    const word = tokens.slice(i);
    if (!RUBY_OPENERS.has(word)) continue;
    if (tokens.isPunct(i - 1, '.') || tokens.isPunct(i - 1, '&.') || tokens.isPunct(i - 1, '::')) continue;
    // A hash label such as `if:` or `end:`.
    if (tokens.isPunct(i + 1, ':') && tokens.starts[i + 1] === tokens.ends[i]) continue;
    switch (word) {
      case 'def': {
        const header = readRubyDefHeader(tokens, i);
        if (header.endless) break;
        out.push(scope({ start: i, end: tokens.length, paramsStart: header.paramsStart, paramsEnd: header.paramsEnd, name: header.name, boundary: true }));
        stack.push({ kind: 'def', token: i, scope: out.length - 1 });
        break;
      }
      case 'class':
      case 'module':
      case 'begin':
      case 'case':
        stack.push({ kind: 'other', token: i, scope: -1 });
        break;
      case 'if':
      case 'unless':
        if (isRubyValuePosition(tokens, i)) stack.push({ kind: 'other', token: i, scope: -1 });
        break;
      case 'while':
      case 'until':
      case 'for':
        if (isRubyValuePosition(tokens, i)) stack.push({ kind: 'loop', token: i, scope: -1 });
        break;
      case 'do': {
        const top = stack[stack.length - 1];
        if (top?.kind === 'loop' && lines[top.token] === lines[i]) {
          top.kind = 'other';
          break;
        }
        const first = getStatementStart(tokens, i);
        if (first < i && RUBY_ROUTE_BLOCKS.test(tokens.slice(first)) && !tokens.isPunct(first + 1, '.') && !tokens.isPunct(first + 1, '=')) {
          let paramsStart = -1;
          let paramsEnd = -1;
          if (tokens.isPunct(i + 1, '|')) {
            let close = i + 2;
            while (close < tokens.length && close < i + 64 && !tokens.isPunct(close, '|') && kinds[close] !== TokenKind.Newline) close++;
            if (tokens.isPunct(close, '|')) {
              paramsStart = i + 2;
              paramsEnd = close;
            }
          }
          out.push(scope({ start: i, end: tokens.length, paramsStart, paramsEnd, registrar: tokens.slice(first), headerStart: first }));
          stack.push({ kind: 'route', token: i, scope: out.length - 1 });
        } else stack.push({ kind: 'other', token: i, scope: -1 });
        break;
      }
      case 'end': {
        const top = stack.pop();
        if (top !== undefined && top.scope >= 0) out[top.scope]!.end = i + 1;
        break;
      }
    }
  }
  capRubyScopes(tokens, blocks, out);
  return out;
}

/** A `def` or route block cannot run past the next one at the same or a lower indentation. */
function capRubyScopes(tokens: TokenList, blocks: LineBlocks, scopes: FoundScope[]): void {
  const indentOf = (s: FoundScope) => tokens.columnOf(blocks.firstToken[blocks.logicalOfPhysical[tokens.lines[s.headerStart]!]!] ?? s.headerStart);
  const open: FoundScope[] = [];
  for (const s of scopes) {
    const indent = indentOf(s);
    while (open.length > 0 && indentOf(open[open.length - 1]!) >= indent) {
      const previous = open.pop()!;
      if (previous.end > s.headerStart) previous.end = s.headerStart;
    }
    open.push(s);
  }
}

function readRubyDefHeader(tokens: TokenList, def: number): { name: string; paramsStart: number; paramsEnd: number; endless: boolean } {
  let j = def + 1;
  // `def self.name`, `def Klass.name`
  if (tokens.isIdent(j) && tokens.isPunct(j + 1, '.')) j += 2;
  const name = j < tokens.length ? tokens.slice(j) : '';
  j++;
  // Setter names: `def token=(value)`.
  if (tokens.isPunct(j, '=') && tokens.starts[j] === tokens.ends[j - 1] && tokens.isPunct(j + 1, '(')) j++;
  let paramsStart = -1;
  let paramsEnd = -1;
  let after = j;
  if (tokens.isPunct(j, '(') && tokens.match[j]! > j) {
    paramsStart = j + 1;
    paramsEnd = tokens.match[j]!;
    after = paramsEnd + 1;
  } else {
    let k = j;
    while (k < tokens.length && k < j + 64 && tokens.kinds[k] !== TokenKind.Newline && !tokens.isPunct(k, ';') && !tokens.isPunct(k, '=')) k++;
    if (k > j) {
      paramsStart = j;
      paramsEnd = k;
    }
    after = k;
  }
  return { name, paramsStart, paramsEnd, endless: tokens.isPunct(after, '=') };
}

function isRubyValuePosition(tokens: TokenList, i: number): boolean {
  const p = i - 1;
  if (p < 0) return true;
  const kind = tokens.kinds[p];
  if (kind === TokenKind.Newline || kind === TokenKind.HoleOpen) return true;
  if (kind === TokenKind.Punct) return RUBY_VALUE_PUNCT.has(tokens.slice(p));
  if (kind === TokenKind.Ident) return RUBY_VALUE_WORDS.has(tokens.slice(p));
  return false;
}

/** First token of the statement holding `i` on its line (bounded look-back). */
function getStatementStart(tokens: TokenList, i: number): number {
  let j = i;
  for (let steps = 0; j > 0 && steps < 64; steps++) {
    const p = j - 1;
    if (tokens.kinds[p] === TokenKind.Newline || tokens.isPunct(p, ';') || tokens.parent[p] !== tokens.parent[i]) break;
    const partner = tokens.match[p]!;
    j = partner >= 0 && partner < p ? partner : p;
  }
  return j;
}

// ---- Brace languages --------------------------------------------------------------------------

const CONTROL_WORDS = new Set([
  'if', 'for', 'foreach', 'while', 'switch', 'catch', 'using', 'lock', 'fixed', 'synchronized', 'try', 'when',
  'elseif', 'else', 'return', 'checked', 'unchecked', 'do', 'select', 'match', 'sizeof', 'typeof', 'nameof',
  'in', 'is', 'as', 'new', 'await', 'throw', 'case', 'default', 'list', 'array', 'isset', 'empty', 'unset', 'echo',
]);
const TYPE_WORDS = new Set([
  'class', 'struct', 'record', 'interface', 'enum', 'object', 'trait', 'namespace', 'package', 'annotation',
  'else', 'try', 'finally', 'do', 'switch', 'select', 'if', 'for', 'while', 'new', 'static', 'init', 'companion',
  'impl', 'extends', 'implements', 'go', 'defer', 'return', 'unsafe', 'checked', 'unchecked', 'then', 'when',
]);
const TYPE_TAIL_PUNCT = new Set(['.', ',', ':', '?', '*', '[', ']', '<', '>', '&', '|', '\\', '!', '::', '...']);
const CLASS_WORDS = new Set(['class', 'struct', 'record', 'interface', 'enum', 'object', 'trait', 'new', 'data', 'annotation']);

function findBraceScopes(tokens: TokenList, language: OtherLanguage): FoundScope[] {
  const out: FoundScope[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (tokens.kinds[i] !== TokenKind.Punct) continue;
    if (tokens.isPunct(i, '{')) {
      const found = classifyBrace(tokens, language, i);
      if (found !== undefined) out.push(found);
    } else if ((tokens.isPunct(i, '=>') && (language === 'csharp' || language === 'php')) || (tokens.isPunct(i, '->') && language === 'java')) {
      const found = expressionLambda(tokens, language, i);
      if (found !== undefined) out.push(found);
    } else if (language === 'java' && tokens.isPunct(i, '=')) {
      const found = kotlinExpressionFunction(tokens, i);
      if (found !== undefined) out.push(found);
    }
  }
  return out;
}

function endOfBrace(tokens: TokenList, brace: number): number {
  const close = tokens.match[brace]!;
  return close >= 0 ? close + 1 : tokens.length;
}

function classifyBrace(tokens: TokenList, language: OtherLanguage, brace: number): FoundScope | undefined {
  const end = endOfBrace(tokens, brace);
  let p = prevSignificant(tokens, brace);
  if (p < 0) return undefined;
  // `(a, b) => {`, `x -> {`
  if ((tokens.isPunct(p, '=>') && language === 'csharp') || (tokens.isPunct(p, '->') && language === 'java')) {
    const params = getArrowParameters(tokens, p);
    if (params === undefined) return undefined;
    return scope({ kind: 'lambda', start: params.start, end, paramsStart: params.paramsStart, paramsEnd: params.paramsEnd, registrar: getRegistrar(tokens, params.start) });
  }
  if (language === 'java') {
    // Kotlin lambdas: `{ a, b -> … }`
    const arrow = findKotlinLambdaArrow(tokens, brace);
    if (arrow !== -1) return scope({ kind: 'lambda', start: brace, end, paramsStart: brace + 1, paramsEnd: arrow, registrar: getRegistrar(tokens, brace) });
  }
  if (language === 'csharp' && tokens.isIdent(p) && /^(?:get|set|init|add|remove)$/.test(tokens.slice(p))) {
    return scope({ start: p, end, name: tokens.slice(p) });
  }
  // Scala/Groovy `def f(…): T = {`
  if (language === 'java' && tokens.isPunct(p, '=')) p = prevSignificant(tokens, p);
  // Walk back over a return type, throws clause or constraint to the parameter list's `)`.
  let j = p;
  for (let steps = 0; j >= 0 && !tokens.isPunct(j, ')'); steps++) {
    if (steps > 40) return undefined;
    const kind = tokens.kinds[j];
    if (kind === TokenKind.Ident) {
      if (TYPE_WORDS.has(tokens.slice(j))) return undefined;
    } else if (kind === TokenKind.Punct) {
      if (!TYPE_TAIL_PUNCT.has(tokens.slice(j))) return undefined;
    } else if (kind === TokenKind.Newline) {
      // A header may wrap after its parameters or inside a throws list, not anywhere else.
      if (!tokens.isPunct(j - 1, ')') && !tokens.isPunct(j - 1, ',')) return undefined;
    } else return undefined;
    j--;
  }
  if (j < 0) return undefined;
  let close = j;
  let open = tokens.match[close]!;
  if (open < 0) return undefined;
  let before = open - 1;
  // C# constructor chaining: `Name(params) : base(args) {`
  if (language === 'csharp' && tokens.isIdent(before) && /^(?:base|this)$/.test(tokens.slice(before)) && tokens.isPunct(before - 1, ':') && tokens.isPunct(before - 2, ')')) {
    close = before - 2;
    open = tokens.match[close]!;
    if (open < 0) return undefined;
    before = open - 1;
  }
  // Go: `func (r *T) Name(params) (results) {`
  if (language === 'go' && tokens.isPunct(before, ')')) {
    close = before;
    open = tokens.match[close]!;
    if (open < 0) return undefined;
    before = open - 1;
  }
  let captures: string[] = [];
  if (language === 'php' && tokens.isIdent(before, 'use')) {
    captures = collectIdents(tokens, open + 1, close);
    if (!tokens.isPunct(before - 1, ')')) return undefined;
    close = before - 1;
    open = tokens.match[close]!;
    if (open < 0) return undefined;
    before = open - 1;
  }
  if (!tokens.isIdent(before)) return undefined;
  const word = tokens.slice(before);
  if (CONTROL_WORDS.has(word)) return undefined;
  const beforeName = before - 1;
  if (tokens.isIdent(beforeName) && CLASS_WORDS.has(tokens.slice(beforeName))) return undefined;
  // Kotlin `class X : Base() {`: a class body, not a function.
  if (language === 'java' && tokens.isPunct(beforeName, ':')) return undefined;
  if (language === 'go') {
    if (word === 'func') return scope({ kind: 'lambda', start: before, end, paramsStart: open + 1, paramsEnd: close, registrar: getRegistrar(tokens, before) });
    const receiverClose = beforeName;
    const namedFunc =
      tokens.isIdent(beforeName, 'func') ||
      (tokens.isPunct(receiverClose, ')') && tokens.match[receiverClose]! > 0 && tokens.isIdent(tokens.match[receiverClose]! - 1, 'func'));
    if (!namedFunc) return undefined;
    return scope({ start: getHeaderStart(tokens, before), end, paramsStart: open + 1, paramsEnd: close, name: word });
  }
  if (language === 'php' && word === 'function') {
    return scope({ kind: 'lambda', start: before, end, paramsStart: open + 1, paramsEnd: close, boundary: true, captures, registrar: getRegistrar(tokens, before) });
  }
  const headerStart = getHeaderStart(tokens, before);
  return scope({
    start: Math.min(headerStart, open),
    end,
    paramsStart: open + 1,
    paramsEnd: close,
    headerStart,
    name: word,
    boundary: language === 'php' && tokens.isIdent(beforeName, 'function'),
  });
}

/** Parameters of an arrow lambda whose arrow is at `arrow`: a parenthesized list or one name. */
function getArrowParameters(tokens: TokenList, arrow: number): { start: number; paramsStart: number; paramsEnd: number } | undefined {
  const q = prevSignificant(tokens, arrow);
  if (tokens.isPunct(q, ')')) {
    const open = tokens.match[q]!;
    if (open < 0) return undefined;
    const start = tokens.isIdent(open - 1, 'async') ? open - 1 : open;
    return { start, paramsStart: open + 1, paramsEnd: q };
  }
  if (tokens.isIdent(q)) {
    const start = tokens.isIdent(q - 1, 'async') ? q - 1 : q;
    return { start, paramsStart: q, paramsEnd: q + 1 };
  }
  return undefined;
}

function findKotlinLambdaArrow(tokens: TokenList, brace: number): number {
  for (let j = brace + 1; j < tokens.length && j < brace + 40; j++) {
    if (tokens.isPunct(j, '->')) return j;
    const kind = tokens.kinds[j];
    if (kind === TokenKind.Ident) continue;
    if (kind === TokenKind.Punct && /^(?:,|:|<|>|\?|\.|\(|\))$/.test(tokens.slice(j))) continue;
    return -1;
  }
  return -1;
}

/** Expression-bodied lambdas and members: `x => expr`, `(a) -> expr`, PHP `fn($x) => expr`, C# `T M() => expr;`. */
function expressionLambda(tokens: TokenList, language: OtherLanguage, arrow: number): FoundScope | undefined {
  const next = nextSignificant(tokens, arrow);
  if (next >= tokens.length || tokens.isPunct(next, '{')) return undefined;
  const params = getArrowParameters(tokens, arrow);
  if (params === undefined) return undefined;
  const before = params.paramsStart - 2;
  if (language === 'php' && !(tokens.isPunct(params.paramsStart - 1, '(') && tokens.isIdent(before, 'fn'))) return undefined;
  if (language === 'java') {
    const lead = prevSignificant(tokens, params.start);
    if (tokens.isIdent(lead, 'case') || tokens.isPunct(lead, '{') || tokens.isPunct(lead, ',') && tokens.isPunct(tokens.parent[lead]!, '{')) return undefined;
  }
  const end = getExpressionEnd(tokens, next, language);
  let start = params.start;
  let name = '';
  let kind: Scope['kind'] = 'lambda';
  if (language === 'php') start = before;
  else if (language === 'csharp' && tokens.isPunct(params.paramsEnd, ')') && tokens.isIdent(before) && !CONTROL_WORDS.has(tokens.slice(before)) && before !== params.start) {
    // `public string Name(…) => …;`
    kind = 'function';
    name = tokens.slice(before);
    start = getHeaderStart(tokens, before);
  }
  return scope({ kind, start, end, paramsStart: params.paramsStart, paramsEnd: params.paramsEnd, name, headerStart: start, registrar: kind === 'lambda' ? getRegistrar(tokens, start) : '' });
}

/** Kotlin `fun name(params): T = expression`. */
function kotlinExpressionFunction(tokens: TokenList, equals: number): FoundScope | undefined {
  let j = prevSignificant(tokens, equals);
  for (let steps = 0; j >= 0 && !tokens.isPunct(j, ')') && steps < 20; steps++) {
    if (tokens.kinds[j] === TokenKind.Ident || (tokens.kinds[j] === TokenKind.Punct && TYPE_TAIL_PUNCT.has(tokens.slice(j)))) j--;
    else return undefined;
  }
  if (!tokens.isPunct(j, ')')) return undefined;
  const open = tokens.match[j]!;
  if (open < 1 || !tokens.isIdent(open - 1) || !tokens.isIdent(open - 2, 'fun')) return undefined;
  const end = getExpressionEnd(tokens, equals + 1, 'java');
  const headerStart = getHeaderStart(tokens, open - 1);
  return scope({ start: headerStart, end, paramsStart: open + 1, paramsEnd: j, headerStart, name: tokens.slice(open - 1) });
}

/** Walks back from a function's name over modifiers, types, annotations and attributes. */
function getHeaderStart(tokens: TokenList, name: number): number {
  let j = name - 1;
  for (let steps = 0; j >= 0 && steps < 200; steps++) {
    const kind = tokens.kinds[j];
    if (kind === TokenKind.Punct && /^(?:;|\{|\}|=|=>|,|\(|\[)$/.test(tokens.slice(j))) break;
    // Annotation arguments and attribute lists: `@PostMapping("/x")`, `[HttpPost]`.
    const partner = tokens.match[j]!;
    if (partner >= 0 && partner < j) {
      j = partner - 1;
      continue;
    }
    if (kind === TokenKind.StringOpen || kind === TokenKind.HoleOpen) break;
    j--;
  }
  let start = j + 1;
  while (start < name && tokens.kinds[start] === TokenKind.Newline) start++;
  return start;
}

/** The method name of the call whose arguments (or trailing block) hold the token at `at`. */
function getRegistrar(tokens: TokenList, at: number): string {
  const p = tokens.parent[at]!;
  if (p >= 0 && tokens.isPunct(p, '(') && tokens.isIdent(p - 1)) return tokens.slice(p - 1);
  const before = prevSignificant(tokens, at);
  if (tokens.isPunct(before, ')')) {
    const open = tokens.match[before]!;
    if (open > 0 && tokens.isIdent(open - 1)) return tokens.slice(open - 1);
  }
  return '';
}

function collectIdents(tokens: TokenList, start: number, end: number): string[] {
  const names: string[] = [];
  for (let i = start; i < end; i++) if (tokens.kinds[i] === TokenKind.Ident) names.push(tokens.slice(i));
  return names;
}
