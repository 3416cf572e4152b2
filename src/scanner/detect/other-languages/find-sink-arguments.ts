// Where a credential is handed over: the token argument of an Intercom SDK constructor, or the
// value of an Authorization header / Basic-auth option of an HTTP request (raw-HTTP sinks count
// only in functions that talk to the Intercom API: the caller checks that).
import { getExpressionEnd } from './get-expression-end.js';
import type { SdkBindings } from './get-sdk-bindings.js';
import {
  type CredentialArguments,
  JAVA_SDK_BUILDER_METHODS,
  JAVA_SDK_CLASS,
  JAVA_SDK_STATIC_METHODS,
  type LanguageCatalogue,
  PYTHON_SDK_CLASSES,
  RUBY_SDK_ARGUMENTS,
} from './language-catalogue.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';
import { getOwn } from './get-own.js';

export interface SinkArgument {
  start: number;
  end: number;
  /** A raw HTTP request: only a sink when the function talks to Intercom. */
  http: boolean;
}

interface Argument {
  start: number;
  end: number;
  name: string;
}

const AUTHORIZATION = /^\s*authorization\s*$/i;
const HEADER_LINE = /^\s*authorization\s*:/i;
const BASIC_USER_KEYS = /^(?:username|user|login|password|pass)$/;
const MEMBER_OPERATORS = new Set(['.', '?.', '&.', '->', '?->', '::']);
const CURL_CREDENTIAL_OPTIONS = /^(?:CURLOPT_USERPWD|CURLOPT_XOAUTH2_BEARER)$/;

export function findSinkArguments(tokens: TokenList, language: OtherLanguage, catalogue: LanguageCatalogue, sdk: SdkBindings): SinkArgument[] {
  return new SinkFinder(tokens, language, catalogue, sdk).run();
}

class SinkFinder {
  private readonly out: SinkArgument[] = [];

  constructor(
    private readonly tokens: TokenList,
    private readonly language: OtherLanguage,
    private readonly catalogue: LanguageCatalogue,
    private readonly sdk: SdkBindings,
  ) {}

  run(): SinkArgument[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const kind = tokens.kinds[i];
      if (kind === TokenKind.Ident) {
        this.sdkCall(i);
        this.httpCall(i);
        this.identifierKey(i);
      } else if (kind === TokenKind.String || kind === TokenKind.StringOpen) {
        this.stringKey(i);
      } else if (kind === TokenKind.Symbol) {
        const name = tokens.content(i);
        if (tokens.isPunct(i + 1, '=>')) this.keyValue(name, i + 2);
      }
    }
    return this.out;
  }

  private add(start: number, end: number, http: boolean): void {
    const { tokens } = this;
    while (start < end && tokens.kinds[start] === TokenKind.Newline) start++;
    while (end > start && tokens.kinds[end - 1] === TokenKind.Newline) end--;
    if (end > start) this.out.push({ start, end, http });
  }

  private valueEnd(start: number): number {
    return getExpressionEnd(this.tokens, start, this.language);
  }

  // ---- arguments ------------------------------------------------------------------------------

  /** Arguments of the call whose `(` is at `open`, or Ruby's parenless arguments after a method name. */
  private getArguments(afterName: number): Argument[] | undefined {
    const { tokens } = this;
    if (tokens.isPunct(afterName, '(') && tokens.match[afterName]! > afterName) return this.splitArguments(afterName + 1, tokens.match[afterName]!);
    if (this.language === 'ruby' && afterName < tokens.length && tokens.starts[afterName] !== tokens.ends[afterName - 1]) {
      const kind = tokens.kinds[afterName];
      if (kind === TokenKind.Newline || kind === TokenKind.Punct) return undefined;
      return this.splitArguments(afterName, getExpressionEnd(tokens, afterName, 'ruby', { commas: true }));
    }
    return undefined;
  }

  private splitArguments(start: number, end: number): Argument[] {
    const { tokens, language } = this;
    const args: Argument[] = [];
    let pieceStart = start;
    const push = (s: number, e: number) => {
      while (s < e && tokens.kinds[s] === TokenKind.Newline) s++;
      if (e <= s) return;
      let name = '';
      let valueStart = s;
      if (tokens.isIdent(s) && tokens.isPunct(s + 1, '=') && (language === 'python' || language === 'java')) {
        name = tokens.slice(s);
        valueStart = s + 2;
      } else if (tokens.isIdent(s) && tokens.isPunct(s + 1, ':') && language !== 'python' && language !== 'go') {
        name = tokens.slice(s);
        valueStart = s + 2;
      } else if (tokens.kinds[s] === TokenKind.Symbol && tokens.isPunct(s + 1, '=>')) {
        name = tokens.content(s);
        valueStart = s + 2;
      }
      args.push({ start: valueStart, end: e, name });
    };
    for (let i = start; i < end; ) {
      const partner = tokens.match[i]!;
      if (partner > i) {
        i = partner + 1;
        continue;
      }
      if (tokens.isPunct(i, ',')) {
        push(pieceStart, i);
        pieceStart = i + 1;
      }
      i++;
    }
    push(pieceStart, end);
    return args;
  }

  private addSelected(args: readonly Argument[], spec: CredentialArguments, http: boolean): void {
    const positional = args.filter((a) => a.name === '');
    for (const position of spec.positions) {
      const arg = position === -1 ? positional[positional.length - 1] : positional[position];
      if (arg !== undefined) this.add(arg.start, arg.end, http);
    }
    for (const arg of args) if (arg.name !== '' && spec.names?.includes(arg.name) === true) this.add(arg.start, arg.end, http);
  }

  private isMemberName(i: number): boolean {
    const { tokens } = this;
    let p = i - 1;
    // Chains wrap before the dot in some styles and after it in Go: `R().\n SetAuthToken(t)`.
    while (p >= 0 && tokens.kinds[p] === TokenKind.Newline) p--;
    return tokens.kinds[p] === TokenKind.Punct && MEMBER_OPERATORS.has(tokens.slice(p));
  }

  // ---- SDK constructors -----------------------------------------------------------------------

  private sdkCall(i: number): void {
    const { tokens, sdk } = this;
    const name = tokens.slice(i);
    switch (this.language) {
      case 'python': {
        const spec = sdk.callees.get(name);
        if (spec !== undefined && !this.isMemberName(i) && !tokens.isIdent(i - 1, 'def') && !tokens.isIdent(i - 1, 'class')) {
          const args = this.getArguments(i + 1);
          if (args !== undefined) this.addSelected(args, spec, false);
          return;
        }
        // `intercom.Intercom(…)`, `intercom.client.Client(…)`
        if (sdk.modules.has(name) && !this.isMemberName(i)) {
          let j = i;
          while (tokens.isPunct(j + 1, '.') && tokens.isIdent(j + 2)) j += 2;
          const cls = getOwn(PYTHON_SDK_CLASSES, tokens.slice(j));
          const args = j > i && cls !== undefined ? this.getArguments(j + 1) : undefined;
          if (args !== undefined) this.addSelected(args, cls!, false);
        }
        return;
      }
      case 'ruby':
        if (sdk.rubyClient && name === 'Intercom' && tokens.isPunct(i + 1, '::') && tokens.isIdent(i + 2, 'Client') && tokens.isPunct(i + 3, '.') && tokens.isIdent(i + 4, 'new')) {
          const args = this.getArguments(i + 5);
          if (args !== undefined) this.addSelected(args, RUBY_SDK_ARGUMENTS, false);
        }
        return;
      case 'php':
      case 'csharp': {
        if (name !== 'new') return;
        let j = i + 1;
        const start = j;
        while (tokens.isIdent(j) || tokens.isPunct(j, '\\') || (tokens.isPunct(j, '.') && this.language === 'csharp')) j++;
        const callee = tokens.text.slice(tokens.starts[start]!, tokens.ends[j - 1]!).replace(/\s+/g, '');
        const short = callee.replace(/^.*[.\\]/, '');
        const spec = sdk.callees.get(callee) ?? (this.language === 'csharp' ? sdk.callees.get(short) : undefined);
        if (spec === undefined || j === start) return;
        const args = this.getArguments(j);
        if (args !== undefined) this.addSelected(args, spec, false);
        return;
      }
      case 'go': {
        if (!tokens.isPunct(i + 1, '.') || !tokens.isIdent(i + 2) || this.isMemberName(i)) return;
        const spec = sdk.callees.get(`${name}.${tokens.slice(i + 2)}`);
        const args = spec !== undefined ? this.getArguments(i + 3) : undefined;
        if (args !== undefined) this.addSelected(args, spec!, false);
        return;
      }
      case 'java': {
        if (!sdk.javaClass || name !== JAVA_SDK_CLASS || !tokens.isPunct(i + 1, '.') || !tokens.isIdent(i + 2)) return;
        if (this.isMemberName(i) && !tokens.isIdent(i - 2, 'api')) return;
        const method = tokens.slice(i + 2);
        const spec = getOwn(JAVA_SDK_STATIC_METHODS, method);
        if (spec !== undefined) {
          const args = this.getArguments(i + 3);
          if (args !== undefined) this.addSelected(args, spec, false);
        } else if (method === 'builder') this.javaBuilder(i + 3);
        return;
      }
    }
  }

  /** `Intercom.builder()\n .token(t)\n .build()`: the builder's credential methods. */
  private javaBuilder(open: number): void {
    const { tokens } = this;
    let j = open;
    for (let steps = 0; steps < 32 && tokens.isPunct(j, '(') && tokens.match[j]! > j; steps++) {
      j = tokens.match[j]! + 1;
      while (tokens.kinds[j] === TokenKind.Newline) j++;
      if (!(tokens.isPunct(j, '.') || tokens.isPunct(j, '?.')) || !tokens.isIdent(j + 1)) return;
      const spec = getOwn(JAVA_SDK_BUILDER_METHODS, tokens.slice(j + 1));
      if (spec !== undefined) {
        const args = this.getArguments(j + 2);
        if (args !== undefined) this.addSelected(args, spec, false);
      }
      j += 2;
    }
  }

  // ---- HTTP clients ---------------------------------------------------------------------------

  private httpCall(i: number): void {
    const { tokens, catalogue, language } = this;
    const name = tokens.slice(i);
    const called = tokens.isPunct(i + 1, '(') || language === 'ruby';
    if (!called) return;
    // Kotlin DSLs and Python/Ruby helpers call these without a receiver: `header(HttpHeaders.Authorization, v)`.
    const viaMember = this.isMemberName(i) || tokens.isIdent(i - 1, 'new') || language === 'python' || language === 'java' || language === 'ruby';
    // `setHeader("Authorization", v)`, `Map.of("Authorization", v)`, `add_field "Authorization", v`
    if (catalogue.headerSetters.has(name) && viaMember) {
      const args = this.getArguments(i + 1);
      if (args !== undefined) {
        for (let k = 0; k + 1 < args.length; k++) {
          if (this.isAuthorizationKey(args[k]!.start, args[k]!.end)) this.add(args[k + 1]!.start, args[k + 1]!.end, true);
        }
      }
    }
    // `setBearerAuth(t)`, `HTTPBasicAuth(t, "")`, `new AuthenticationHeaderValue("Bearer", t)`
    const credential = getOwn(catalogue.credentialCalls, name);
    if (credential !== undefined && (viaMember || language === 'csharp')) {
      const args = this.getArguments(i + 1);
      if (args !== undefined && !(name === 'AuthenticationHeaderValue' && args.length < 2)) this.addSelected(args, credential, true);
    }
    // Faraday: `conn.request :authorization, 'Bearer', token`
    if (language === 'ruby' && name === 'request' && viaMember) {
      const args = this.getArguments(i + 1);
      const first = args?.[0];
      if (args !== undefined && args.length >= 2 && first !== undefined && tokens.kinds[first.start] === TokenKind.Symbol && /^(?:authorization|basic_auth|token_auth)$/.test(tokens.content(first.start))) {
        const last = args[args.length - 1]!;
        this.add(last.start, last.end, true);
      }
    }
    // PHP `curl_setopt($ch, CURLOPT_USERPWD, $token . ':')`
    if (language === 'php' && name === 'curl_setopt') {
      const args = this.getArguments(i + 1);
      if (args !== undefined && args.length === 3 && tokens.isIdent(args[1]!.start) && CURL_CREDENTIAL_OPTIONS.test(tokens.slice(args[1]!.start))) {
        this.add(args[2]!.start, args[2]!.end, true);
      }
    }
  }

  /** A header name: the string `"Authorization"` or a constant such as `HttpHeaders.AUTHORIZATION`. */
  private isAuthorizationKey(start: number, end: number): boolean {
    const { tokens } = this;
    if (end === start + 1 && tokens.kinds[start] === TokenKind.String) return AUTHORIZATION.test(tokens.content(start));
    if (!tokens.isIdent(end - 1) || !/^authorization$/i.test(tokens.slice(end - 1))) return false;
    for (let j = start; j < end - 1; j++) if (!(tokens.isIdent(j) || tokens.isPunct(j, '.') || tokens.isPunct(j, '::'))) return false;
    return end - 1 > start;
  }

  /** Keys written as names: Ruby `Authorization:` labels, Python `Authorization=`, C# `.Authorization =`, curl options. */
  private identifierKey(i: number): void {
    const { tokens, language } = this;
    const name = tokens.slice(i);
    const adjacentColon = tokens.isPunct(i + 1, ':') && tokens.starts[i + 1] === tokens.ends[i];
    if (language === 'ruby' && adjacentColon) this.keyValue(name, i + 2);
    else if (language === 'python' && tokens.isPunct(i + 1, '=') && tokens.isPunct(tokens.parent[i]!, '(')) this.keyValue(name, i + 2);
    else if (language === 'php' && CURL_CREDENTIAL_OPTIONS.test(name) && tokens.isPunct(i + 1, '=>')) this.add(i + 2, this.valueEnd(i + 2), true);
    if (tokens.isPunct(i + 1, '=') && this.isMemberName(i)) {
      // `client.DefaultRequestHeaders.Authorization = …`, Python `session.auth = (t, "")`
      if (AUTHORIZATION.test(name) && language !== 'python') this.add(i + 2, this.valueEnd(i + 2), true);
      else if (name === 'auth' && language === 'python') this.authValue(i + 2);
    }
  }

  private stringKey(i: number): void {
    const { tokens, language } = this;
    const content = tokens.content(i);
    const close = tokens.kinds[i] === TokenKind.StringOpen ? Math.max(tokens.match[i]!, i) : i;
    const after = close + 1;
    if (HEADER_LINE.test(content)) {
      // `"Authorization: Bearer " . $token` in a header list, but not PHP's response `header(…)`.
      const p = tokens.parent[i]!;
      const phpResponseHeader = language === 'php' && p >= 0 && tokens.isIdent(p - 1, 'header') && !this.isMemberName(p - 1);
      if (!phpResponseHeader) this.add(i, this.valueEnd(i), true);
      return;
    }
    if (tokens.kinds[i] !== TokenKind.String) return;
    if (tokens.isPunct(after, ':') && language !== 'java' && language !== 'csharp') this.keyValue(content, after + 1);
    else if (tokens.isPunct(after, '=>')) this.keyValue(content, after + 1);
    else if (language === 'java' && tokens.isIdent(after, 'to')) this.keyValue(content, after + 1);
    else if (tokens.isPunct(after, ']') && tokens.isPunct(i - 1, '[') && tokens.isPunct(after + 1, '=') && AUTHORIZATION.test(content)) {
      // `headers["Authorization"] = …`
      this.add(after + 2, this.valueEnd(after + 2), true);
    } else if (language === 'csharp' && tokens.isPunct(i - 1, '{') && tokens.isPunct(after, ',') && AUTHORIZATION.test(content)) {
      // Collection initializer `{ "Authorization", value }`
      const close = tokens.match[i - 1]!;
      if (close > after) this.add(after + 1, close, true);
    }
  }

  /** A `key: value` / `key => value` entry. */
  private keyValue(key: string, valueStart: number): void {
    if (AUTHORIZATION.test(key) || this.catalogue.tokenOptionKeys?.has(key) === true) this.add(valueStart, this.valueEnd(valueStart), true);
    else if (this.catalogue.authOptionKeys.has(key)) this.authValue(valueStart);
  }

  /** Basic credentials: `(t, "")` / `[t, '']` give their first two elements, `{ username: t }` its user and password. */
  private authValue(start: number): void {
    const { tokens } = this;
    while (tokens.kinds[start] === TokenKind.Newline) start++;
    const close = tokens.match[start]!;
    const end = this.valueEnd(start);
    if (close > start && close + 1 === end) {
      const args = this.splitArguments(start + 1, close);
      if (tokens.isPunct(start, '{')) {
        for (const arg of args) {
          if (arg.name !== '') {
            if (BASIC_USER_KEYS.test(arg.name)) this.add(arg.start, arg.end, true);
          } else if (tokens.kinds[arg.start] === TokenKind.String && (tokens.isPunct(arg.start + 1, '=>') || tokens.isPunct(arg.start + 1, ':'))) {
            if (BASIC_USER_KEYS.test(tokens.content(arg.start))) this.add(arg.start + 2, arg.end, true);
          }
        }
      } else for (const arg of args.slice(0, 2)) this.add(arg.start, arg.end, true);
      return;
    }
    if (this.language === 'python') this.add(start, end, true);
  }
}
