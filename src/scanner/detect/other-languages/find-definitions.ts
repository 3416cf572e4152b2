// Where names get values inside each function: assignments and declarations in each language's
// syntax, destructuring, augmented assignments, and out-parameters (Go `Decode(&body)`, C#
// `TryGetValue(k, out var v)`). Each definition keeps the token range of its value, evaluated later.
import type { ScopeTree } from './find-function-scopes.js';
import { getCompactText } from './get-compact-text.js';
import { getExpressionEnd } from './get-expression-end.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';

export interface Definition {
  /** Name as written (`token`, `$token`, `@token`, `self.token`, `$this->token`, `cfg.token`). */
  key: string;
  scope: number;
  /** Token of the defined name. */
  at: number;
  valueStart: number;
  valueEnd: number;
  /** Adds to the previous value rather than replacing it: `+=`, `h["k"] = v`, out-parameters. */
  adds: boolean;
  /** Runs only under a condition on its own line (`if (!t) t = …;`, `t = x if y`): never hides an earlier value. */
  conditional: boolean;
  /** Destructuring: index of this target among `parts` targets; the value is split when its parts match. */
  part: number;
  parts: number;
}

const ASSIGNMENTS = new Set(['=', ':=', '+=', '.=', '??=', '||=', '<<=']);
const REPLACING = new Set(['=', ':=']);
// Tokens that end the look-back for an assignment's target.
const TARGET_STOPS = new Set([';', '{', '}', '=', ':=', '+=', '.=', '??=', '||=', '=>', '->', '?', '<<=']);
const DECLARATION_WORDS = new Set([
  'var', 'val', 'let', 'const', 'final', 'static', 'private', 'public', 'protected', 'readonly', 'internal',
  'global', 'local', 'late', 'lateinit', 'override', 'auto', 'dynamic', 'volatile', 'transient', 'def', 'my',
  'nonlocal', 'await', 'using', 'required', 'unsafe', 'new', 'fixed', 'ref', 'scoped', 'open',
]);
const CONDITION_WORDS = new Set(['if', 'elif', 'else', 'elseif', 'while', 'for', 'foreach', 'unless', 'until', 'except', 'catch', 'when']);
const PYTHON_BLOCK_WORDS = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'async']);
const MEMBER_OPERATORS = new Set(['.', '->', '?.', '?->', '::', '&.']);

export function findDefinitions(tokens: TokenList, language: OtherLanguage, tree: ScopeTree): Definition[] {
  const out: Definition[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kinds[k] !== TokenKind.Punct) continue;
    const op = tokens.slice(k);
    if (ASSIGNMENTS.has(op)) readAssignment(tokens, language, tree, k, op, out);
    else if (op === '&' && language === 'go' && (tokens.isPunct(k + 2, ')') || tokens.isPunct(k + 2, ','))) {
      readOutParameter(tokens, tree, k, k + 1, out);
    }
  }
  if (language === 'csharp') {
    for (let k = 0; k < tokens.length; k++) {
      if (!tokens.isIdent(k, 'out')) continue;
      const p = tokens.parent[k]!;
      if (p < 0 || !tokens.isPunct(p, '(')) continue;
      let name = k + 1;
      while (tokens.isIdent(name + 1) || (tokens.kinds[name + 1] === TokenKind.Punct && /^(?:\?|<|>|\.|\[|\])$/.test(tokens.slice(name + 1)))) name++;
      if (tokens.isIdent(name)) readOutParameter(tokens, tree, k, name, out);
    }
  }
  return out;
}

function readAssignment(tokens: TokenList, language: OtherLanguage, tree: ScopeTree, k: number, op: string, out: Definition[]): void {
  const p = tokens.parent[k]!;
  if (p >= 0 && (tokens.isPunct(p, '(') || tokens.isPunct(p, '['))) {
    // Keyword arguments and defaults are not assignments; walrus and Go `const (…)` groups are.
    const walrus = op === ':=' && language === 'python';
    const goGroup = language === 'go' && tokens.isPunct(p, '(') && (tokens.isIdent(p - 1, 'const') || tokens.isIdent(p - 1, 'var'));
    if (!walrus && !goGroup) return;
  }
  if (p >= 0 && tokens.kinds[p] === TokenKind.HoleOpen) return;
  // The target: back to the start of the statement on this line.
  let j = k - 1;
  for (let steps = 0; j >= 0 && steps < 64; steps++) {
    const partner = tokens.match[j]!;
    if (partner >= 0 && partner < j) {
      j = partner - 1;
      continue;
    }
    if (tokens.kinds[j] === TokenKind.Newline || tokens.parent[j] !== p) break;
    if (tokens.kinds[j] === TokenKind.Punct && TARGET_STOPS.has(tokens.slice(j))) break;
    j--;
  }
  let start = j + 1;
  let conditional = false;
  const first = tokens.slice(start);
  if (language === 'python' && PYTHON_BLOCK_WORDS.has(first)) {
    // `if not t: t = default` — the assignment follows the block colon.
    let colon = -1;
    for (let i = start; i < k; i++) if (tokens.isPunct(i, ':') && tokens.parent[i] === p) colon = i;
    if (colon < 0) return;
    conditional = first !== 'try' && first !== 'finally' && first !== 'with';
    start = colon + 1;
  } else if (CONDITION_WORDS.has(first) || (language === 'go' && first === 'switch')) {
    // `if (t == null) t = …;`, `else t = …;`, Go `if t := …; t != "" {`
    conditional = true;
    start++;
    if (tokens.isPunct(start, '(') && tokens.match[start]! > start && tokens.match[start]! < k) start = tokens.match[start]! + 1;
    if (tokens.isIdent(start, 'if')) start++;
    if (tokens.isPunct(start, '(') && tokens.match[start]! > start && tokens.match[start]! < k) start = tokens.match[start]! + 1;
  }
  const header = language === 'go' && /^(?:if|for|switch)$/.test(first);
  const targets = readTargets(tokens, language, start, k);
  if (targets.length === 0) return;
  const valueStart = k + 1;
  const valueEnd = getExpressionEnd(tokens, valueStart, language, {
    commas: (targets.length > 1 || language === 'python' || language === 'ruby') && !(p >= 0 && tokens.isPunct(p, '(')),
    stopAtBrace: header,
  });
  if (valueEnd <= valueStart) return;
  // Ruby/Python statement modifiers make the whole assignment conditional: `t = x if y`.
  if (language === 'ruby' && tokens.isIdent(valueEnd) && /^(?:if|unless|while|until)$/.test(tokens.slice(valueEnd))) conditional = true;
  const scope = tree.scopeOf[k]!;
  targets.forEach((target, part) => {
    out.push({
      key: target.key,
      scope,
      at: target.at,
      valueStart,
      valueEnd,
      adds: target.adds || !REPLACING.has(op),
      conditional,
      part,
      parts: targets.length,
    });
  });
}

interface Target {
  key: string;
  at: number;
  adds: boolean;
}

function readTargets(tokens: TokenList, language: OtherLanguage, start: number, end: number): Target[] {
  let s = start;
  while (s < end && (tokens.kinds[s] === TokenKind.Newline || (tokens.isIdent(s) && DECLARATION_WORDS.has(tokens.slice(s))))) s++;
  if (s >= end) return [];
  // Python/Kotlin/Scala annotations: `token: str = …`, `val token: String = …`.
  if (language === 'python' || language === 'java') {
    for (let i = s; i < end; i++) {
      if (tokens.isPunct(i, ':') && tokens.parent[i] === tokens.parent[end]) return readTargets(tokens, language, s, i);
      const partner = tokens.match[i]!;
      if (partner > i) i = partner;
    }
  }
  // Destructuring groups: `(a, b) =`, `[$a, $b] =`, `list($a, $b) =`, `val (a, b) =`, `var (a, b) =`.
  const last = end - 1;
  if (tokens.match[last]! >= 0 && tokens.match[last]! < last) {
    const open = tokens.match[last]!;
    const groupAtStart = open === s || (open === s + 1 && tokens.isIdent(s, 'list'));
    if (groupAtStart && (tokens.isPunct(last, ')') || tokens.isPunct(last, ']'))) {
      return splitTargets(tokens, open + 1, last).flatMap((piece) => readSimpleTarget(tokens, language, piece[0], piece[1]));
    }
    if (tokens.isPunct(last, ']')) {
      // Subscript store: `headers["Authorization"] = …` adds to `headers`.
      const base = readSimpleTarget(tokens, language, s, open);
      return base.map((target) => ({ ...target, adds: true }));
    }
  }
  const pieces = splitTargets(tokens, s, end);
  if (pieces.length > 1 && (language === 'python' || language === 'ruby' || language === 'go' || language === 'php')) {
    return pieces.flatMap((piece) => readSimpleTarget(tokens, language, piece[0], piece[1]));
  }
  return readSimpleTarget(tokens, language, s, end);
}

function splitTargets(tokens: TokenList, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let pieceStart = start;
  for (let i = start; i < end; i++) {
    const partner = tokens.match[i]!;
    if (partner > i) {
      i = partner;
      continue;
    }
    if (tokens.isPunct(i, ',')) {
      pieces.push([pieceStart, i]);
      pieceStart = i + 1;
    }
  }
  pieces.push([pieceStart, end]);
  return pieces.filter(([a, b]) => b > a);
}

/** A name or member path: `token`, `String token`, `*rest`, `self.token`, `$this->token`, `@token`, `$k => $v` (PHP keyed list). */
function readSimpleTarget(tokens: TokenList, language: OtherLanguage, start: number, end: number): Target[] {
  let s = start;
  let e = end;
  while (s < e && tokens.kinds[s] === TokenKind.Newline) s++;
  // PHP keyed destructuring `'token' => $t`.
  for (let i = s; i < e; i++) if (tokens.isPunct(i, '=>')) s = i + 1;
  while (s < e && tokens.kinds[s] === TokenKind.Punct && /^(?:\*|\*\*|&|\.\.\.)$/.test(tokens.slice(s))) s++;
  if (s >= e || !tokens.isIdent(e - 1)) return [];
  // A member path ending at the last name.
  let head = e - 1;
  while (head - 2 >= s && MEMBER_OPERATORS.has(tokens.slice(head - 1)) && tokens.kinds[head - 1] === TokenKind.Punct && tokens.isIdent(head - 2)) head -= 2;
  if (head > s) {
    // Something before the path: a type (`String token`, `Map<K, V> h`) — keep only the name.
    const before = head - 1;
    const typed = tokens.kinds[before] === TokenKind.Ident || /^(?:>|\]|\?|\*)$/.test(tokens.slice(before));
    if (!typed) return [];
    // Go declares the name before its type: `var token string = …`.
    if (language === 'go' && tokens.isIdent(s)) return [{ key: tokens.slice(s), at: s, adds: false }];
    if (language === 'python' || language === 'ruby' || language === 'php') return [];
    head = e - 1;
  }
  const key = getCompactText(tokens, head, e, 120);
  return [{ key, at: e - 1, adds: false }];
}

/** Go `Decode(&body)`, C# `TryGetValue(k, out var v)`: the call's result flows into the name. */
function readOutParameter(tokens: TokenList, tree: ScopeTree, marker: number, name: number, out: Definition[]): void {
  if (!tokens.isIdent(name)) return;
  const p = tokens.parent[marker]!;
  if (p < 1 || !tokens.isPunct(p, '(') || !tokens.isIdent(p - 1)) return;
  const previous = marker - 1;
  if (!(previous === p || tokens.isPunct(previous, ','))) return;
  const close = tokens.match[p]!;
  if (close < 0) return;
  const callStart = getChainStart(tokens, p - 1);
  out.push({
    key: tokens.slice(name),
    scope: tree.scopeOf[marker]!,
    at: name,
    valueStart: callStart,
    valueEnd: close + 1,
    adds: true,
    conditional: false,
    part: 0,
    parts: 1,
  });
}

/** First token of the call chain that ends with the name at `name`: `json.NewDecoder(r.Body).Decode`. */
function getChainStart(tokens: TokenList, name: number): number {
  let head = name;
  for (let steps = 0; steps < 32; steps++) {
    const op = head - 1;
    if (op < 1 || tokens.kinds[op] !== TokenKind.Punct || !MEMBER_OPERATORS.has(tokens.slice(op))) break;
    let q = op - 1;
    const partner = tokens.match[q]!;
    if (partner >= 0 && partner < q && (tokens.isPunct(q, ')') || tokens.isPunct(q, ']'))) {
      q = partner;
      if (tokens.isIdent(q - 1)) q--;
    }
    if (!tokens.isIdent(q) && !tokens.isPunct(q, '(') && !tokens.isPunct(q, '[')) break;
    head = q;
  }
  if (tokens.isIdent(head - 1, 'new')) head--;
  return head;
}
