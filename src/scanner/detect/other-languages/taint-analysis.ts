// Whether an expression carries client data, inside one function (and the functions it closes
// over). Values flow through assignments, string building, containers, fallbacks and the
// catalogue's wrapper functions; a call to anything else (a database lookup, an OAuth exchange)
// gives a trusted result even when its arguments are client data. Definitions are evaluated once,
// outer functions first and in source order, so a name's value is always ready when it is read;
// recursion only follows expression nesting and stops at a fixed depth.
import type { Definition } from './find-definitions.js';
import type { ScopeTree } from './find-function-scopes.js';
import { getCompactText } from './get-compact-text.js';
import { getExpressionEnd } from './get-expression-end.js';
import type { LineBlocks } from './get-line-blocks.js';
import { getParameterOrigins, type ParameterOrigins, type Taint } from './get-parameter-origins.js';
import type { LanguageCatalogue } from './language-catalogue.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';
import { getOwn } from './get-own.js';

const MAX_DEPTH = 24;
// Reaching definitions looked at per read: beyond this, a name's history is not worth the time.
const MAX_REACHING = 64;
const MAX_SEGMENTS = 64;
// Work allowed per file, in tokens visited, as a multiple of its length: a safety net that only
// hostile input (100k chained assignments, one huge expression read by every definition) reaches.
const BUDGET_PER_TOKEN = 40;
const MIN_BUDGET = 2_000_000;

const MEMBER_OPERATORS = new Set(['.', '?.', '&.', '->', '?->', '::', '\\']);
const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '>', '<=', '>=', '<=>', '=~', '!~']);
const ASSIGNMENTS = new Set(['=', ':=', '+=', '.=', '??=', '||=', '<<=', '-=']);
const BOOLEAN_WORDS = new Set(['in', 'is', 'instanceof', 'not']);
const LITERAL_WORDS = new Set(['nil', 'null', 'None', 'true', 'false', 'True', 'False', 'undefined', 'self_']);
const PREFIX_WORDS = new Set(['await', 'yield', 'ref', 'out', 'return', 'throw', 'go', 'defer', 'typeof', 'move', 'clone']);
const FUNCTION_WORDS = new Set(['lambda', 'fn', 'function', 'func', 'proc', 'delegate']);

interface Segment {
  kind: 'member' | 'index' | 'call' | 'braces';
  /** Member name token, or the group's opener (parenless Ruby calls: first argument token). */
  at: number;
  /** Exclusive end token of the segment. */
  end: number;
  /** Separator before a member (`.`, `->`, `::`). */
  op?: string;
}

export class TaintAnalysis {
  private readonly tokens: TokenList;
  private readonly language: OtherLanguage;
  private readonly catalogue: LanguageCatalogue;
  private readonly tree: ScopeTree;
  private readonly blocks: LineBlocks | undefined;
  private readonly byKey = new Map<string, Definition[]>();
  private readonly taints = new Map<Definition, Taint | null>();
  private readonly origins = new Map<number, ParameterOrigins>();
  private readonly pieces = new Map<number, [number, number][]>();
  private budget: number;

  constructor(tokens: TokenList, language: OtherLanguage, catalogue: LanguageCatalogue, tree: ScopeTree, definitions: readonly Definition[], blocks: LineBlocks | undefined) {
    this.tokens = tokens;
    this.language = language;
    this.catalogue = catalogue;
    this.tree = tree;
    this.blocks = blocks;
    this.budget = Math.max(MIN_BUDGET, BUDGET_PER_TOKEN * tokens.length);
    for (const d of definitions) {
      const key = `${d.scope}\u0000${d.key}`;
      const list = this.byKey.get(key);
      if (list === undefined) this.byKey.set(key, [d]);
      else list.push(d);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => a.at - b.at);
    const depthOf = (d: Definition) => tree.scopes[d.scope]!.depth;
    const order = [...definitions].sort((a, b) => depthOf(a) - depthOf(b) || a.at - b.at);
    for (const d of order) this.taints.set(d, this.evaluateDefinition(d) ?? null);
  }

  /** Where the value of tokens `[start, end)` comes from, if from the user or the command line. */
  evaluate(start: number, end: number, position = start, depth = 0): Taint | undefined {
    const { tokens } = this;
    if (depth > MAX_DEPTH || this.budget <= 0) return undefined;
    while (start < end && tokens.kinds[start] === TokenKind.Newline) start++;
    while (end > start && tokens.kinds[end - 1] === TokenKind.Newline) end--;
    if (start >= end) return undefined;
    // Kotlin `if (c) a else b` as a value.
    if (this.language === 'java' && tokens.isIdent(start, 'if') && tokens.isPunct(start + 1, '(') && tokens.match[start + 1]! > start) {
      start = tokens.match[start + 1]! + 1;
    }
    const operands: [number, number][] = [];
    let operandStart = start;
    let ternary = false;
    // A comparison makes the value a boolean, unless it only sits in a ternary's condition.
    let comparison = false;
    for (let i = start; i < end; ) {
      if (--this.budget <= 0) return undefined;
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      const kind = tokens.kinds[i];
      if (kind === TokenKind.Punct) {
        const op = tokens.slice(i);
        if (op === '<' && this.isGenericOpen(i)) {
          i = this.skipGeneric(i);
          continue;
        }
        if (COMPARISONS.has(op)) comparison = true;
        if (ASSIGNMENTS.has(op)) {
          // Chained assignment: the value is what follows the last one.
          operands.length = 0;
          operandStart = i + 1;
        } else if (op === '=>' || (op === '->' && this.language === 'java')) {
          return undefined;
        } else if (op === '?' && this.language !== 'python' && this.language !== 'go' && this.findPunct(i + 1, end, ':') >= 0) {
          // `cond ? a : b`: the condition is not a value.
          operandStart = i + 1;
          ternary = true;
          comparison = false;
        } else if (op === ':' && ternary) {
          operands.push([operandStart, i]);
          operandStart = i + 1;
          ternary = false;
        } else if (this.isValueOperator(op) && this.isAfterValue(i, operandStart)) {
          operands.push([operandStart, i]);
          operandStart = i + 1;
        }
      } else if (kind === TokenKind.Ident) {
        const word = tokens.slice(i);
        if ((this.language === 'python' || this.language === 'ruby') && (word === 'or' || word === 'and') && i > operandStart) {
          operands.push([operandStart, i]);
          operandStart = i + 1;
        } else if (BOOLEAN_WORDS.has(word) && i > operandStart && (this.language === 'python' || word === 'instanceof' || word === 'is')) {
          return undefined;
        } else if (word === 'if' && this.language === 'python' && i > operandStart) {
          // `a if cond else b`: the condition is not a value.
          operands.push([operandStart, i]);
          const otherwise = this.findWord(i + 1, end, 'else');
          if (otherwise < 0) return this.evaluateOperands(operands, position, depth);
          operandStart = otherwise + 1;
          i = otherwise + 1;
          continue;
        } else if (word === 'else' && this.language === 'java' && i > operandStart) {
          operands.push([operandStart, i]);
          operandStart = i + 1;
        }
      }
      i++;
    }
    if (comparison) return undefined;
    operands.push([operandStart, end]);
    return this.evaluateOperands(operands, position, depth);
  }

  /** The best source among operands; stops at the first user-input one (long concatenations stay cheap). */
  private evaluateOperands(operands: readonly [number, number][], position: number, depth: number): Taint | undefined {
    let found: Taint | undefined;
    for (const [s, e] of operands) {
      const taint = this.evaluateTerm(s, e, position, depth);
      if (taint !== undefined && !taint.cli) return taint;
      found ??= taint;
      if (this.budget <= 0) break;
    }
    return found;
  }

  // ---- definitions and names ------------------------------------------------------------------

  private evaluateDefinition(d: Definition): Taint | undefined {
    let start = d.valueStart;
    let end = d.valueEnd;
    if (d.parts > 1) {
      // Targets of one destructuring share their value: split it once.
      let pieces = this.pieces.get(start);
      if (pieces === undefined) {
        pieces = this.splitTopLevel(start, end);
        this.pieces.set(start, pieces);
      }
      if (pieces.length === d.parts) [start, end] = pieces[d.part]!;
    }
    return this.evaluate(start, end, Math.min(d.at, d.valueStart));
  }

  /** The value a name holds at token `position` in `scope`: local definitions, then parameters, then enclosing functions. */
  resolveName(key: string, scope: number, position: number): Taint | undefined {
    let s = scope;
    let local = true;
    for (let hops = 0; s >= 0 && hops < 512; hops++) {
      const list = this.byKey.get(`${s}\u0000${key}`);
      if (list !== undefined) {
        const reaching = local ? this.getReaching(list, position) : list.slice(-MAX_REACHING);
        if (reaching.length > 0) return this.union(reaching.map((d) => this.taints.get(d) ?? undefined));
      }
      const origins = this.getOrigins(s);
      if (origins.names.has(key)) return origins.sources.get(key);
      const current = this.tree.scopes[s]!;
      if (current.kind === 'file' || (current.boundary && !current.captures.includes(key))) return undefined;
      s = current.parent;
      local = false;
    }
    return undefined;
  }

  private hasDefinitions(key: string, scope: number): boolean {
    let s = scope;
    for (let hops = 0; s >= 0 && hops < 512; hops++) {
      if (this.byKey.has(`${s}\u0000${key}`)) return true;
      const current = this.tree.scopes[s]!;
      if (current.kind === 'file' || current.boundary) return false;
      s = current.parent;
    }
    return false;
  }

  /** Definitions that may supply the value read at `position`, latest first, up to one that always runs before it. */
  private getReaching(list: readonly Definition[], position: number): Definition[] {
    let high = list.length;
    let low = 0;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.at < position) low = mid + 1;
      else high = mid;
    }
    const out: Definition[] = [];
    for (let k = low - 1; k >= 0 && out.length < MAX_REACHING; k--) {
      const d = list[k]!;
      out.push(d);
      if (!d.adds && !d.conditional && this.dominates(d, position)) break;
    }
    return out;
  }

  /** Whether a definition's block (bracket and, for Python/Ruby, indentation) still holds `position`. */
  private dominates(d: Definition, position: number): boolean {
    const { tokens, blocks } = this;
    const opener = tokens.parent[d.at]!;
    if (opener >= 0 && tokens.match[opener]! >= 0 && position > tokens.match[opener]!) return false;
    if (blocks !== undefined) {
      const line = blocks.logicalOfPhysical[tokens.lines[d.at]!]!;
      if (line >= 0 && position >= blocks.enclosingEnd[line]!) return false;
    }
    return true;
  }

  private getOrigins(scope: number): ParameterOrigins {
    let origins = this.origins.get(scope);
    if (origins === undefined) {
      origins = getParameterOrigins(this.tokens, this.language, this.tree.scopes[scope]!, this.catalogue);
      this.origins.set(scope, origins);
    }
    return origins;
  }

  /** The role of a chain's first name: a parameter's, none for a local variable, else ambient or its own name. */
  private getRole(name: string, scope: number): string | undefined {
    let s = scope;
    for (let hops = 0; s >= 0 && hops < 512; hops++) {
      const origins = this.getOrigins(s);
      const role = origins.roles.get(name);
      if (role !== undefined) return role;
      if (origins.names.has(name)) break;
      if (this.byKey.has(`${s}\u0000${name}`)) return undefined;
      const current = this.tree.scopes[s]!;
      if (current.kind === 'file' || current.boundary) break;
      s = current.parent;
    }
    return getOwn(this.catalogue.ambientRoles, name) ?? name;
  }

  // ---- terms ----------------------------------------------------------------------------------

  private evaluateTerm(start: number, end: number, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    let i = start;
    while (i < end && tokens.kinds[i] === TokenKind.Newline) i++;
    // Prefixes: spread, dereference, address-of, await, casts; negation gives a boolean.
    for (let steps = 0; i < end && steps < 16; steps++) {
      const kind = tokens.kinds[i];
      if (kind === TokenKind.Punct) {
        const op = tokens.slice(i);
        if (op === '!' || op === '~') return undefined;
        if (/^(?:\*|\*\*|&|\.\.\.|@|-|\+|\^|<-)$/.test(op)) {
          i++;
          continue;
        }
        if (op === '(' && this.isCast(i, end)) {
          i = tokens.match[i]! + 1;
          continue;
        }
      } else if (kind === TokenKind.Ident) {
        const word = tokens.slice(i);
        if (word === 'not') return undefined;
        if (PREFIX_WORDS.has(word) && i + 1 < end) {
          i++;
          continue;
        }
      }
      break;
    }
    if (i >= end) return undefined;
    const kind = tokens.kinds[i];
    if (kind === TokenKind.Ident) {
      const word = tokens.slice(i);
      if (FUNCTION_WORDS.has(word) || LITERAL_WORDS.has(word)) return undefined;
      if (this.language === 'php' && /^array$/i.test(word) && tokens.isPunct(i + 1, '(')) {
        const close = tokens.match[i + 1]!;
        if (close < 0) return undefined;
        return this.walkSegments(this.evaluateElements(i + 2, close, position, depth), close + 1, end, position, depth, undefined);
      }
      return this.evaluateChain(i, end, position, depth);
    }
    let state: Taint | undefined;
    let next: number;
    if (kind === TokenKind.String) {
      next = i + 1;
    } else if (kind === TokenKind.StringOpen) {
      const close = tokens.match[i]!;
      state = this.evaluateHoles(i, close < 0 ? end : close, position, depth);
      next = close < 0 ? end : close + 1;
    } else if (tokens.isOpener(i)) {
      const close = tokens.match[i]!;
      if (close < 0) return undefined;
      const after = close + 1;
      if (tokens.isPunct(after, '=>') || tokens.isPunct(after, '->')) return undefined;
      if (tokens.isPunct(i, '(')) state = this.evaluate(i + 1, close, position, depth + 1);
      else if (tokens.isPunct(i, '[') && close === i + 1 && this.language === 'go') return this.evaluateGoConversion(after, end, position, depth);
      else state = this.evaluateElements(i + 1, close, position, depth);
      next = after;
    } else return undefined;
    return this.walkSegments(state, next, end, position, depth, undefined);
  }

  /** Go `[]byte(x)` conversions and `[]string{x}` literals. */
  private evaluateGoConversion(start: number, end: number, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    let j = start;
    while (j < end && (tokens.isIdent(j) || tokens.isPunct(j, '.') || tokens.isPunct(j, '*'))) j++;
    if (j >= end || tokens.match[j]! <= j) return undefined;
    const close = tokens.match[j]!;
    const inner = tokens.isPunct(j, '(') ? this.evaluate(j + 1, close, position, depth + 1) : this.evaluateElements(j + 1, close, position, depth);
    return this.walkSegments(inner, close + 1, end, position, depth, undefined);
  }

  private evaluateHoles(open: number, close: number, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    const found: (Taint | undefined)[] = [];
    for (let j = open + 1; j < close; j++) {
      if (tokens.kinds[j] !== TokenKind.HoleOpen) continue;
      const holeEnd = tokens.match[j]! > j ? tokens.match[j]! : close;
      found.push(this.evaluate(j + 1, holeEnd, position, depth + 1));
      j = holeEnd;
    }
    return this.union(found);
  }

  /** Elements of a list, dict, hash, array or initializer: the values, not the keys. */
  private evaluateElements(start: number, end: number, position: number, depth: number): Taint | undefined {
    if (depth + 1 > MAX_DEPTH) return undefined;
    return this.union(this.splitTopLevel(start, end).map(([s, e]) => this.evaluate(this.skipKey(s, e), e, position, depth + 1)));
  }

  /** Start of an element's or argument's value after a key or name (`"k": v`, `k => v`, `k: v`, `k=v`, `"k" to v`). */
  private skipKey(start: number, end: number): number {
    const { tokens } = this;
    let s = start;
    while (s < end && tokens.kinds[s] === TokenKind.Newline) s++;
    for (let i = s; i < end; ) {
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      if (tokens.kinds[i] === TokenKind.Punct) {
        const op = tokens.slice(i);
        if (op === '=>' && this.language !== 'csharp') return i + 1;
        if (op === ':' && i === s + 1) return i + 1;
        if (op === '=' && i === s + 1 && tokens.isIdent(s)) return i + 1;
        if (op === ':' && this.language === 'python') return i + 1;
        if (op === ':' && this.language === 'go') return i + 1;
      } else if (tokens.isIdent(i, 'to') && this.language === 'java' && i > s) return i + 1;
      i++;
    }
    if (tokens.kinds[s] === TokenKind.Punct && /^(?:\*|\*\*|&|\.\.\.)$/.test(tokens.slice(s))) return s + 1;
    return s;
  }

  // ---- call chains ----------------------------------------------------------------------------

  private evaluateChain(head: number, end: number, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    let h = head;
    if (tokens.isIdent(h, 'new')) {
      h++;
      while (h < end && (tokens.isPunct(h, '\\') || tokens.isPunct(h, '::'))) h++;
      if (!tokens.isIdent(h)) return undefined;
    }
    // Each chain costs a name lookup and the source patterns: charge them to the budget.
    this.budget -= 16;
    const segments = this.readSegments(h + 1, end);
    const name = tokens.slice(h);
    const scope = this.tree.scopeOf[h]!;
    const source = this.matchSource(h, name, scope, segments);
    if (source !== undefined) return this.afterSource(source.taint, segments.slice(source.segment + 1));
    // Member paths that were assigned as a whole: `self.token`, `$this->token`, `cfg.token`.
    let state = this.resolveName(name, scope, position);
    let key = name;
    let index = 0;
    for (; index < segments.length && index < 4; index++) {
      const segment = segments[index]!;
      if (segment.kind !== 'member') break;
      key += segment.op! + tokens.slice(segment.at);
      if (this.hasDefinitions(key, scope)) state = this.resolveName(key, scope, position);
    }
    return this.applySegments(state, segments, name, position, depth);
  }

  /** Reads `.name`, `[index]`, `(args)` (and Ruby parenless arguments) after a chain's head. */
  private readSegments(start: number, end: number): Segment[] {
    const { tokens, language } = this;
    const segments: Segment[] = [];
    let j = start;
    while (j < end && segments.length < MAX_SEGMENTS) {
      this.budget--;
      const kind = tokens.kinds[j];
      if (kind === TokenKind.Newline) {
        // Method chains continue on the next line: `builder\n  .header(…)`.
        const next = j + 1;
        if (next < end && tokens.kinds[next] === TokenKind.Punct && /^(?:\.|\?\.|&\.|->|\?->)$/.test(tokens.slice(next))) {
          j = next;
          continue;
        }
        break;
      }
      if (kind === TokenKind.Punct) {
        const op = tokens.slice(j);
        if (MEMBER_OPERATORS.has(op) && (tokens.isIdent(j + 1) || (op === '::' && tokens.isIdent(j + 1)))) {
          segments.push({ kind: 'member', at: j + 1, end: j + 2, op: op === '?.' || op === '&.' ? '.' : op === '?->' ? '->' : op });
          j += 2;
          continue;
        }
        if ((op === '!!' || op === '!') && j + 1 < end && /^(?:\.|\?\.|\[|\()$/.test(tokens.slice(j + 1))) {
          j++;
          continue;
        }
        if (op === '<' && this.isGenericOpen(j)) {
          j = this.skipGeneric(j);
          continue;
        }
        const close = tokens.match[j]!;
        if (close > j && (op === '[' || op === '(')) {
          segments.push({ kind: op === '[' ? 'index' : 'call', at: j, end: close + 1 });
          j = close + 1;
          continue;
        }
        if (close > j && op === '{' && language !== 'python' && language !== 'php') {
          segments.push({ kind: 'braces', at: j, end: close + 1 });
          j = close + 1;
          continue;
        }
        break;
      }
      if (language === 'ruby' && this.startsRubyArgument(j)) {
        const argsEnd = getExpressionEnd(tokens, j, 'ruby', { commas: true });
        segments.push({ kind: 'call', at: j, end: argsEnd });
        j = argsEnd;
      }
      break;
    }
    return segments;
  }

  /** Ruby calls without parentheses: `params.fetch :token`, `Workspace.find_by token: x`. */
  private startsRubyArgument(j: number): boolean {
    const { tokens } = this;
    if (tokens.starts[j] === tokens.ends[j - 1]) return false;
    const kind = tokens.kinds[j];
    if (kind === TokenKind.Ident) return !/^(?:if|unless|while|until|and|or|then|do|end|rescue|else|elsif|when|in|not)$/.test(tokens.slice(j));
    return kind === TokenKind.String || kind === TokenKind.StringOpen || kind === TokenKind.Symbol || kind === TokenKind.Number;
  }

  private matchSource(head: number, name: string, scope: number, segments: readonly Segment[]): { taint: Taint; segment: number } | undefined {
    const { tokens } = this;
    const role = this.getRole(name, scope);
    if (role === undefined && !this.catalogue.sources.some((s) => s.role === '*')) return undefined;
    // The chain after its head, whitespace removed, with where each segment ends.
    let rest = '';
    const ends: number[] = [];
    for (const segment of segments) {
      if (rest.length > 240) break;
      rest += segment.kind === 'member' ? segment.op! + tokens.slice(segment.at) : getCompactText(tokens, segment.at, segment.end, 80);
      ends.push(rest.length);
    }
    for (const source of this.catalogue.sources) {
      if (source.role !== '*' && source.role !== role) continue;
      const m = source.rest.exec(rest);
      if (m === null) continue;
      const matchEnd = m.index + m[0].length;
      let k = ends.findIndex((e) => e >= matchEnd && e > 0);
      if (matchEnd === 0) k = -1;
      // Show the read with its key: `request.form.get("token")`, `params[:token]`.
      let labelSegment = k;
      for (let extra = k + 1; extra < segments.length && extra <= k + 2; extra++) {
        if (segments[labelSegment]?.kind === 'call' || segments[labelSegment]?.kind === 'index') break;
        labelSegment = extra;
        if (segments[extra]!.kind !== 'member') break;
      }
      const labelEnd = labelSegment >= 0 ? segments[labelSegment]!.end : head + 1;
      const start = tokens.isIdent(head - 1, 'new') ? head - 1 : head;
      return { taint: { cli: source.cli === true, label: getCompactText(tokens, start, labelEnd, 160) }, segment: Math.max(k, labelSegment) };
    }
    return undefined;
  }

  /** Client data stays client data through members, indexes and method calls, except opaque ones (`len`, `isEmpty`). */
  private afterSource(taint: Taint, segments: readonly Segment[]): Taint | undefined {
    const opaque = this.catalogue.opaqueMethods;
    for (const segment of segments) if (segment.kind === 'member' && opaque?.has(this.tokens.slice(segment.at))) return undefined;
    return taint;
  }

  private applySegments(initial: Taint | undefined, segments: readonly Segment[], headName: string, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    let state = initial;
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      if (segment.kind === 'member' || segment.kind === 'index') {
        if (segment.kind === 'member' && state !== undefined && this.catalogue.opaqueMethods?.has(tokens.slice(segment.at))) state = undefined;
        continue;
      }
      if (segment.kind === 'braces') {
        if (this.language === 'go' || this.language === 'csharp') state = this.union([state, this.evaluateElements(segment.at + 1, segment.end - 1, position, depth)]);
        continue;
      }
      // A call: on client data it keeps it; otherwise only wrappers pass their arguments on.
      if (state !== undefined) continue;
      const previous = segments[k - 1];
      const callee = previous?.kind === 'member' ? tokens.slice(previous.at) : k === 0 ? headName : '';
      const qualifier = previous?.kind === 'member' ? (k >= 2 && segments[k - 2]!.kind === 'member' ? tokens.slice(segments[k - 2]!.at) : k === 1 ? headName : '') : '';
      const wrappers = this.catalogue.wrappers;
      if (wrappers.has(callee) || wrappers.has(`${qualifier}::${callee}`) || wrappers.has(`${qualifier}.${callee}`)) {
        state = this.evaluateArguments(segment, position, depth);
      }
    }
    return state;
  }

  private walkSegments(state: Taint | undefined, start: number, end: number, position: number, depth: number, head: string | undefined): Taint | undefined {
    if (start >= end) return state;
    return this.applySegments(state, this.readSegments(start, end), head ?? '', position, depth);
  }

  private evaluateArguments(segment: Segment, position: number, depth: number): Taint | undefined {
    const { tokens } = this;
    const parenthesized = tokens.isPunct(segment.at, '(');
    const start = parenthesized ? segment.at + 1 : segment.at;
    const end = parenthesized ? segment.end - 1 : segment.end;
    if (depth + 1 > MAX_DEPTH) return undefined;
    return this.union(this.splitTopLevel(start, end).map(([s, e]) => this.evaluate(this.skipKey(s, e), e, position, depth + 1)));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private splitTopLevel(start: number, end: number): [number, number][] {
    const { tokens } = this;
    const pieces: [number, number][] = [];
    let pieceStart = start;
    for (let i = start; i < end; ) {
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      if (tokens.isPunct(i, ',') || tokens.isPunct(i, ';')) {
        pieces.push([pieceStart, i]);
        pieceStart = i + 1;
      }
      i++;
    }
    pieces.push([pieceStart, end]);
    return pieces.filter(([s, e]) => e > s && !(e === s + 1 && tokens.kinds[s] === TokenKind.Newline));
  }

  /** A top-level punctuator within a bounded look-ahead. */
  private findPunct(start: number, end: number, punct: string): number {
    const { tokens } = this;
    const stop = Math.min(end, start + 512);
    for (let i = start; i < stop; ) {
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      if (tokens.isPunct(i, punct)) return i;
      i++;
    }
    return -1;
  }

  private findWord(start: number, end: number, word: string): number {
    const { tokens } = this;
    for (let i = start; i < end; ) {
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      if (tokens.isIdent(i, word)) return i;
      i++;
    }
    return -1;
  }

  private isValueOperator(op: string): boolean {
    switch (op) {
      case '+':
      case '||':
      case '??':
      case ',':
      case '-':
      case '*':
      case '/':
        return true;
      case '.':
        return this.language === 'php';
      case '%':
      case '|':
        return this.language === 'python';
      case '&&':
      case '<<':
        return this.language === 'ruby';
      case '?:':
        return this.language === 'php' || this.language === 'java';
      default:
        return false;
    }
  }

  private isAfterValue(i: number, operandStart: number): boolean {
    const { tokens } = this;
    let p = i - 1;
    // Operators may start a continuation line: `'Bearer '\n . $token`.
    while (p > operandStart && tokens.kinds[p] === TokenKind.Newline) p--;
    if (p < operandStart) return false;
    const kind = tokens.kinds[p];
    if (kind === TokenKind.Ident) return !PREFIX_WORDS.has(tokens.slice(p));
    if (kind === TokenKind.Number || kind === TokenKind.String || kind === TokenKind.StringClose || kind === TokenKind.Symbol) return true;
    return kind === TokenKind.Punct && /^(?:\)|\]|\}|\+\+|--|!!)$/.test(tokens.slice(p));
  }

  /** `List<String>`, `ReadFromJsonAsync<Body>(` — a generic argument list rather than a comparison. */
  private isGenericOpen(i: number): boolean {
    if (this.language !== 'java' && this.language !== 'csharp') return false;
    return this.skipGeneric(i) > i + 1;
  }

  private skipGeneric(i: number): number {
    const { tokens } = this;
    if (!tokens.isIdent(i - 1)) return i + 1;
    let nest = 0;
    for (let j = i; j < tokens.length && j < i + 24; j++) {
      if (tokens.isPunct(j, '<')) nest++;
      else if (tokens.isPunct(j, '>')) {
        nest--;
        if (nest === 0) {
          const after = j + 1;
          const follows = after >= tokens.length || tokens.kinds[after] === TokenKind.Newline || /^(?:\(|\.|::|\{|\)|,|;|>|\[|\?)$/.test(tokens.slice(after));
          return follows ? after : i + 1;
        }
      } else if (!(tokens.isIdent(j) || /^(?:,|\.|\?|\[|\]|\*|::)$/.test(tokens.slice(j)))) return i + 1;
    }
    return i + 1;
  }

  /** `(string) $x`, `(String) obj`: a cast in front of a value. */
  private isCast(open: number, end: number): boolean {
    if (this.language !== 'php' && this.language !== 'csharp' && this.language !== 'java') return false;
    const { tokens } = this;
    const close = tokens.match[open]!;
    if (close < 0 || close + 1 >= end) return false;
    for (let j = open + 1; j < close; j++) if (!(tokens.isIdent(j) || /^(?:\.|\?|\[|\]|<|>)$/.test(tokens.slice(j)))) return false;
    const next = close + 1;
    const kind = tokens.kinds[next];
    return kind === TokenKind.Ident || kind === TokenKind.String || kind === TokenKind.StringOpen || tokens.isPunct(next, '(');
  }

  private union(taints: readonly (Taint | undefined)[]): Taint | undefined {
    let best: Taint | undefined;
    for (const t of taints) {
      if (t === undefined) continue;
      if (best === undefined || (best.cli && !t.cli)) best = t;
    }
    return best;
  }
}
