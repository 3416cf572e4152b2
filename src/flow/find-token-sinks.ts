import type { TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY, type CallLike, isCallLike, keyMatches } from './ast-types.js';
import {
  CHAIN_AUTH_METHODS,
  CHAIN_HEADER_METHODS,
  CREDENTIAL_OPTION_PATHS,
  INTERCOM_VERSION_HEADER,
  README_API_MODULE,
  README_AUTH_METHOD,
  README_CODEGEN_MODULES,
  README_INTERCOM_SPEC_PREFIX,
  SDK_SINKS,
  type SdkSink,
  TOP_LEVEL_CREDENTIAL_CLIENTS,
  TOP_LEVEL_CREDENTIAL_KEYS,
  URL_OPTION_KEYS,
} from './catalogue.js';
import { includes, pushAll } from './collections.js';
import type { FlowAnalysis, Frame, ValueAt } from './flow-analysis.js';
import { getConstantInit } from './get-constant-init.js';
import { getFunctionUses } from './get-function-uses.js';
import { getEnclosingFunction } from './get-function-returns.js';
import { getImportOrigin } from './get-import-origin.js';
import { getPatternPath } from './get-pattern-path.js';
import { getCalleeName, getMemberKey, getPropertyKey } from './get-static-key.js';
import { getStaticShape } from './get-static-shape.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { getVariable } from './get-variable.js';
import { isIntercomApiUrl, isOAuthTokenUrl } from './is-intercom-url.js';
import { isWithin } from './is-within.js';

/** A credential entering an Intercom SDK or an Intercom API request. */
export interface TokenSink {
  /** Where to report: the value as written at the sink, or the sink argument that carries it. */
  reportNode: TSESTree.Node;
  /** The credential value, for `FlowAnalysis.originOf(value.node, value.path, value.frame)`. */
  value: ValueAt;
  kind: 'sdk' | 'http';
  /** The sink itself: the SDK call, the request, the header assignment. */
  site: TSESTree.Node;
}

const MAX_TARGET_DEPTH = 6;
type RequestTarget = 'intercom' | 'oauth' | undefined;

/** The key a value was stored under: `{ key: value }` or `o.key = value`. */
function getWrittenKey(value: TSESTree.Node): string | undefined {
  const parent = value.parent;
  if (parent?.type === 'Property' && parent.value === value) return getPropertyKey(parent);
  if (parent?.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'MemberExpression') {
    return getMemberKey(parent.left);
  }
  return undefined;
}

/** Follows inline object literals down `path` as far as they go: the most precise place to report. */
function descend(node: TSESTree.Node, path: readonly string[]): TSESTree.Node {
  let current = getUnwrappedExpression(node);
  for (const key of path) {
    if (current.type !== 'ObjectExpression') break;
    const property = current.properties.find(
      (candidate): candidate is TSESTree.Property => candidate.type === 'Property' && keyMatches(getPropertyKey(candidate), key),
    );
    if (!property) break;
    current = getUnwrappedExpression(property.value);
  }
  return current;
}

/**
 * Finds the credentials a call, `new` or assignment hands to Intercom: SDK constructors matched
 * by import source (catalogue plus user-defined sinks), readme.io `.auth()`, and raw HTTP
 * requests whose URL resolves to an Intercom API host or that carry an `Intercom-Version` header.
 */
export class TokenSinkFinder {
  private readonly sdkSinks: readonly SdkSink[];
  private readonly targets = new WeakMap<CallLike, RequestTarget>();

  /**
   * @param checkHttp false when the file has no Intercom host or `Intercom-Version` header, so no
   * raw HTTP request in it can reach Intercom (saves the URL resolution on every call).
   */
  constructor(
    private readonly analysis: FlowAnalysis,
    extraSinks: readonly SdkSink[] = [],
    private readonly checkHttp = true,
  ) {
    this.sdkSinks = [...SDK_SINKS, ...extraSinks];
  }

  private get sourceCode() {
    return this.analysis.sourceCode;
  }

  private shape(node: TSESTree.Node): string | undefined {
    return getStaticShape(this.sourceCode, node);
  }

  /** Sinks at a call or `new`. */
  findAtCall(call: CallLike): TokenSink[] {
    const sinks = [...this.findSdkSinks(call), ...this.findReadmeSinks(call)];
    return this.checkHttp ? [...sinks, ...this.findHttpSinks(call), ...this.findXhrSinks(call)] : sinks;
  }

  /**
   * The value is reported where it takes the credential's place: the `token:` value, the
   * Authorization header value, the `.auth()` argument, even when that is built in a variable
   * of the same function first. A value whose path is not used up (the whole options object
   * taken from elsewhere, or a non-object argument) is reported at the sink's argument, never
   * where that object was read, however far away.
   */
  private sink(kind: TokenSink['kind'], site: TSESTree.Node, argument: TSESTree.Node, path: readonly string[], value: ValueAt): TokenSink {
    const sameFunction = getEnclosingFunction(value.node) === getEnclosingFunction(site);
    const placed = value.path.length === 0 || value.consumed > 0;
    const reportNode = placed && (isWithin(value.node, site) || sameFunction) ? value.node : descend(argument, path);
    return { kind, reportNode, value, site };
  }

  private valuesAt(
    kind: TokenSink['kind'],
    site: TSESTree.Node,
    argument: TSESTree.Node,
    path: readonly string[],
    minConsumed: number,
    frame: Frame | null = null,
  ): TokenSink[] {
    return this.analysis
      .findPropertyValues(argument, path, frame)
      .filter((value) => value.consumed >= minConsumed)
      .map((value) => this.sink(kind, site, argument, path, value));
  }

  // --- SDKs -----------------------------------------------------------------------------------

  private findSdkSinks(call: CallLike): TokenSink[] {
    const origin = getImportOrigin(this.sourceCode, call.callee);
    if (!origin) return [];
    const sinks: TokenSink[] = [];
    for (const sdk of this.sdkSinks) {
      if (sdk.module !== origin.module || sdk.exportPath.length !== origin.path.length) continue;
      if (!sdk.exportPath.every((key, index) => key === origin.path[index])) continue;
      for (const position of sdk.positions) {
        const argument = call.arguments[position.argument];
        if (!argument) continue;
        if (position.minArguments !== undefined && call.arguments.length < position.minArguments) continue;
        if (position.maxArguments !== undefined && call.arguments.length > position.maxArguments) continue;
        // An options object taken whole from the user counts too, so no key needs to be matched.
        pushAll(sinks, this.valuesAt('sdk', call, argument, position.path, 0));
      }
    }
    return sinks;
  }

  private isReadmeSdk(node: TSESTree.Node, depth = 0): boolean {
    const expr = getUnwrappedExpression(node);
    const origin = getImportOrigin(this.sourceCode, expr);
    if (origin && includes(README_CODEGEN_MODULES, origin.module) && origin.path.length === 0) return true;
    if (expr.type === 'CallExpression' && expr.arguments[0]) {
      const api = getImportOrigin(this.sourceCode, expr.callee);
      if (api?.module === README_API_MODULE && api.path.length === 0) {
        return this.shape(expr.arguments[0])?.startsWith(README_INTERCOM_SPEC_PREFIX) === true;
      }
    }
    if (expr.type === 'Identifier' && depth < 3) {
      const constant = getConstantInit(this.sourceCode, expr);
      if (constant?.path.length === 0) return this.isReadmeSdk(constant.node, depth + 1);
    }
    return false;
  }

  private findReadmeSinks(call: CallLike): TokenSink[] {
    const callee = getUnwrappedExpression(call.callee);
    const argument = call.arguments[0];
    if (callee.type !== 'MemberExpression' || getMemberKey(callee) !== README_AUTH_METHOD || !argument) return [];
    return this.isReadmeSdk(callee.object) ? this.valuesAt('sdk', call, argument, [], 0) : [];
  }

  // --- Raw HTTP -------------------------------------------------------------------------------

  /** Where a request goes: Intercom's API, its OAuth token exchange, or elsewhere/unknown. */
  private getRequestTarget(call: CallLike, depth = 0): RequestTarget {
    if (this.targets.has(call)) return this.targets.get(call);
    this.targets.set(call, undefined); // guards against self-referencing receivers
    const target = this.computeRequestTarget(call, depth);
    this.targets.set(call, target);
    return target;
  }

  private computeRequestTarget(call: CallLike, depth: number): RequestTarget {
    let target: RequestTarget;
    for (const argument of call.arguments) {
      const expr = getUnwrappedExpression(argument);
      if (expr.type === 'ArrowFunctionExpression' || expr.type === 'FunctionExpression') continue;
      const shapes = [this.shape(expr)];
      if (shapes[0] === undefined) {
        // One walk over the options object, keeping the URL-like keys.
        for (const value of this.analysis.findPropertyValues(expr, [ANY_KEY])) {
          const key = getWrittenKey(value.node);
          if (value.consumed > 0 && value.path.length === 0 && key !== undefined && URL_OPTION_KEYS.includes(key)) {
            shapes.push(this.shape(value.node));
          }
        }
      }
      for (const shape of shapes) {
        if (isOAuthTokenUrl(shape, this.analysis.oauthTokenUrls)) return 'oauth';
        if (isIntercomApiUrl(shape)) target = 'intercom';
      }
      if (
        shapes[0] === undefined &&
        this.analysis.findPropertyValues(expr, ['headers', INTERCOM_VERSION_HEADER]).some((value) => value.consumed === 2)
      ) {
        target = 'intercom';
      }
    }
    if (target || depth >= MAX_TARGET_DEPTH) return target;
    // A chained builder (`superagent.get(url).set(…)`) or a configured instance (`axios.create({ baseURL })`).
    const callee = getUnwrappedExpression(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const receiver = this.getInstanceCall(callee.object);
    return receiver ? this.getRequestTarget(receiver, depth + 1) : undefined;
  }

  /** The call that created an object: `x` in `x.get()` for `const x = axios.create(…)`, or an inline call. */
  private getInstanceCall(node: TSESTree.Node): CallLike | undefined {
    const expr = getUnwrappedExpression(node);
    if (isCallLike(expr)) return expr;
    const constant = expr.type === 'Identifier' ? getConstantInit(this.sourceCode, expr) : undefined;
    if (constant?.path.length !== 0) return undefined;
    const init = getUnwrappedExpression(constant.node);
    return isCallLike(init) ? init : undefined;
  }

  private isIntercomRequest(call: CallLike): boolean {
    return this.getRequestTarget(call) === 'intercom';
  }

  /**
   * A generic helper `request(url, token)` whose URL is its own parameter: the same-file calls
   * that pass an Intercom URL, each as a frame binding the helper's parameters to that call.
   */
  private getIntercomCallerFrames(call: CallLike): Frame[] {
    const fn = getEnclosingFunction(call);
    if (!fn) return [];
    // Each parameter the call passes on, as its position and the path into it: `url`,
    // `url = BASE`, `{ url }`, `private url: string` (the pattern's top node is the parameter).
    const urlParams = call.arguments.flatMap((argument) => {
      const expr = getUnwrappedExpression(argument);
      const def = expr.type === 'Identifier' ? getVariable(this.sourceCode, expr)?.defs[0] : undefined;
      if (def?.type !== 'Parameter' || def.node !== fn) return [];
      const pattern = getPatternPath(def.name);
      const index = fn.params.indexOf(pattern.top as TSESTree.Parameter);
      return index >= 0 && pattern.top.type !== 'RestElement' ? [{ index, path: pattern.path }] : [];
    });
    if (urlParams.length === 0) return [];
    const frames: Frame[] = [];
    for (const site of getFunctionUses(this.sourceCode, fn).callSites) {
      const passesIntercomUrl = urlParams.some(({ index, path }) => {
        const url = site.arguments[index];
        if (url === undefined || url.type === 'SpreadElement') return false;
        if (path.length === 0) return isIntercomApiUrl(this.shape(url));
        return this.analysis
          .findPropertyValues(url, path)
          .some((value) => value.consumed === path.length && isIntercomApiUrl(this.shape(value.node)));
      });
      const frame = passesIntercomUrl ? this.analysis.pushFrame(fn, site.arguments, null) : null;
      if (frame) frames.push(frame);
    }
    return frames;
  }

  private findHttpSinks(call: CallLike): TokenSink[] {
    if (call.arguments.length === 0) return [];
    if (this.isIntercomRequest(call)) return this.findHttpSinksIn(call, null);
    return this.getIntercomCallerFrames(call).flatMap((frame) => this.findHttpSinksIn(call, frame));
  }

  private findHttpSinksIn(call: CallLike, frame: Frame | null): TokenSink[] {
    const sinks: TokenSink[] = [];
    const callee = getUnwrappedExpression(call.callee);
    const method = callee.type === 'MemberExpression' ? getCalleeName(callee) : undefined;
    const [first, second] = call.arguments;
    if (includes(CHAIN_HEADER_METHODS, method) && first) {
      const name = this.shape(first);
      if (name !== undefined && second && keyMatches(name, 'authorization')) pushAll(sinks, this.valuesAt('http', call, second, [], 0, frame));
      else pushAll(sinks, this.valuesAt('http', call, first, ['authorization'], 1, frame));
    }
    if (includes(CHAIN_AUTH_METHODS, method) && first && !this.isReadmeSdk(callee.type === 'MemberExpression' ? callee.object : callee)) {
      pushAll(sinks, this.valuesAt('http', call, first, [], 0, frame));
    }
    const root = this.getClientModule(callee);
    for (const argument of call.arguments) {
      for (const path of CREDENTIAL_OPTION_PATHS) pushAll(sinks, this.valuesAt('http', call, argument, path, 1, frame));
      if (includes(TOP_LEVEL_CREDENTIAL_CLIENTS, root)) {
        for (const key of TOP_LEVEL_CREDENTIAL_KEYS) pushAll(sinks, this.valuesAt('http', call, argument, [key], 1, frame));
      }
    }
    return sinks;
  }

  /** The module an HTTP client call comes from (`got` in `got.post(…)` or `client.get(…)` of `got.extend(…)`). */
  private getClientModule(callee: TSESTree.Node, depth = 0): string | undefined {
    const origin = getImportOrigin(this.sourceCode, callee);
    if (origin) return origin.module;
    if (callee.type !== 'MemberExpression' || depth > 3) return undefined;
    const instance = this.getInstanceCall(callee.object);
    return instance ? this.getClientModule(getUnwrappedExpression(instance.callee), depth + 1) : undefined;
  }

  /** `xhr.open('GET', INTERCOM_URL); xhr.setRequestHeader('Authorization', …)`, jQuery `beforeSend`. */
  private findXhrSinks(call: CallLike): TokenSink[] {
    const callee = getUnwrappedExpression(call.callee);
    const [name, value] = call.arguments;
    if (callee.type !== 'MemberExpression' || getMemberKey(callee) !== 'setRequestHeader' || !name || !value) return [];
    const header = this.shape(name);
    if (header === undefined || !keyMatches(header, 'authorization')) return [];
    const xhr = getUnwrappedExpression(callee.object);
    if (xhr.type !== 'Identifier') return [];
    const variable = getVariable(this.sourceCode, xhr);
    let toIntercom = false;
    for (const ref of variable?.references ?? []) {
      const member = ref.identifier.parent;
      const use = member?.parent;
      if (member?.type !== 'MemberExpression' || use?.type !== 'CallExpression' || use.callee !== member) continue;
      const method = getMemberKey(member);
      if (method === 'open' && use.arguments[1] && isIntercomApiUrl(this.shape(use.arguments[1]))) toIntercom = true;
      if (method === 'setRequestHeader' && use.arguments[0] && keyMatches(this.shape(use.arguments[0]) ?? '', INTERCOM_VERSION_HEADER)) {
        toIntercom = true;
      }
    }
    const def = variable?.defs[0];
    if (!toIntercom && def?.type === 'Parameter') {
      // `$.ajax({ url, beforeSend(xhr) { xhr.setRequestHeader(…) } })`
      const fn = def.node;
      const holder = fn.parent;
      const options = holder?.type === 'Property' && getPropertyKey(holder) === 'beforeSend' ? holder.parent : undefined;
      const request = options?.parent;
      if (isCallLike(request) && this.isIntercomRequest(request)) toIntercom = true;
    }
    return toIntercom ? this.valuesAt('http', call, value, [], 0) : [];
  }

  /**
   * Sinks at an assignment: default headers of an Intercom client instance
   * (`api.defaults.headers.common.Authorization = …`) or of its request interceptor.
   */
  findAtAssignment(assignment: TSESTree.AssignmentExpression): TokenSink[] {
    const { left, right } = assignment;
    if (!this.checkHttp || assignment.operator !== '=' || left.type !== 'MemberExpression' || !keyMatches(getMemberKey(left), 'authorization')) return [];
    let root: TSESTree.Node = left;
    while (root.type === 'MemberExpression') root = getUnwrappedExpression(root.object);
    if (root.type !== 'Identifier') return [];
    const instance = this.getInstanceCall(root);
    if (instance && this.isIntercomRequest(instance)) return this.valuesAt('http', assignment, right, [], 0);
    const def = getVariable(this.sourceCode, root)?.defs[0];
    if (def?.type !== 'Parameter') return [];
    // `api.interceptors.request.use(config => { config.headers.Authorization = … })`
    const use = def.node.parent;
    if (use?.type !== 'CallExpression' || getCalleeName(use.callee) !== 'use' || use.callee.type !== 'MemberExpression') return [];
    let owner: TSESTree.Node = use.callee.object;
    while (owner.type === 'MemberExpression') owner = getUnwrappedExpression(owner.object);
    const client = this.getInstanceCall(owner);
    return client && this.isIntercomRequest(client) ? this.valuesAt('http', assignment, right, [], 0) : [];
  }
}
