import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getConstantInit } from './get-constant-init.js';
import { ANY_KEY, CALL_KEY, type FunctionNode, isFunctionNode, keyMatches } from './ast-types.js';
import { includes, pushAll } from './collections.js';
import {
  ARGUMENT_PROPAGATING_METHODS,
  ARRAY_ELEMENT_METHODS,
  ARRAY_MAPPING_METHODS,
  ARRAY_PRESERVING_METHODS,
  ARGUMENT_VECTORS,
  BINDABLE_FACTORIES,
  BROWSER_SOURCE_MODULES,
  CLI_COMMAND_METHODS,
  CLI_SOURCE_MODULES,
  DOM_EVENT_TARGET_MEMBERS,
  DOM_INPUT_MEMBERS,
  DOM_LOOKUP_METHODS,
  DOM_QUERY_DECORATORS,
  DOM_VALUE_MEMBERS,
  FORM_ELEMENTS_MEMBER,
  GLOBAL_MODULES,
  HEADER_MUTATION_METHODS,
  HEADERS_CLASS_NAMES,
  INJECT_FUNCTIONS,
  JQUERY_MODULES,
  JQUERY_PROPAGATING_STATICS,
  JQUERY_VALUE_METHODS,
  JQUERY_VIEW_MEMBERS,
  LODASH_MERGE_METHODS,
  LODASH_MODULES,
  LODASH_PATH_READERS,
  LODASH_SUBSET_METHODS,
  PASS_THROUGH_HOOKS,
  PROMISE_CONTINUATIONS,
  PROMPT_FUNCTIONS,
  PROMPT_GLOBAL_METHODS,
  PROMPT_METHODS,
  PROMPT_RESPONSE_METHODS,
  PROPAGATING_CONSTRUCTORS,
  PROPAGATING_FUNCTIONS,
  PROPAGATING_STATICS,
  REF_FACTORIES,
  REQUEST_HELPER_FUNCTIONS,
  REQUEST_HELPER_MODULES,
  RUNTIME_CLI_MEMBERS,
  STATE_HOOKS,
  type SourceLabel,
  type SourceModule,
  TEMPLATE_BINDING_PATTERNS,
  URL_MEMBERS,
  VALUE_PRESERVING_METHODS,
  WEB_STORAGE_GLOBALS,
} from './catalogue.js';
import { getCallbackSourceOrigin, importsAny } from './get-callback-source.js';
import { getClassMemberValues, getClassStateUpdates } from './get-class-member-values.js';
import { getFunctionReturns } from './get-function-returns.js';
import { getFunctionUses } from './get-function-uses.js';
import { getImportOrigin } from './get-import-origin.js';
import { getThisClass } from './get-class-member-values.js';
import { getMethodTarget } from './get-method-target.js';
import { getMemberWrites } from './get-member-writes.js';
import { getParameterRole } from './get-parameter-role.js';
import { getPatternPath } from './get-pattern-path.js';
import { getLambdaEventOrigin, getRequestDataOrigin } from './get-request-data-origin.js';
import { getCalleeName, getMemberKey, getPropertyKey } from './get-static-key.js';
import { getStaticShape, HOLE } from './get-static-shape.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { getVariable, isGlobalReference } from './get-variable.js';
import { isOAuthTokenUrl } from './is-intercom-url.js';
import {
  cliOrigin,
  isEmptyOrigin,
  mergeOrigins,
  NO_ORIGIN,
  type Origin,
  unknownOrigin,
  userOrigin,
  withoutUnknown,
} from './origin.js';
import { walkNodes } from '../ast/walk-nodes.js';

/**
 * The path below one element of an array read at `path`: `[0].x`, `.find(…).x`, `.at(-1).x` and
 * a callback's element parameter (`.forEach(…)` asked as `forEach › () › x`) read one element;
 * `.filter(…)`/`.slice(…)` keep an array; anything else (`.join()`) reads the elements whole.
 */
function getElementPath(path: readonly string[]): readonly string[] {
  const [head, next] = path;
  if (head === undefined) return path;
  if (head === ANY_KEY || /^\d+$/.test(head)) return path.slice(1);
  if (next === CALL_KEY && includes(ARRAY_ELEMENT_METHODS, head)) return path.slice(2);
  if (next === CALL_KEY && includes(ARRAY_PRESERVING_METHODS, head)) return getElementPath(path.slice(2));
  return [];
}

/** A same-file call being analysed: `fn`'s parameters are bound to `args`, read in `parent`. */
export interface Frame {
  readonly fn: FunctionNode;
  readonly args: readonly TSESTree.Node[];
  readonly parent: Frame | null;
  readonly depth: number;
  readonly id: number;
  /**
   * A local frame: `fn`'s parameters keep the roles their context gives them (a route's `req`),
   * but same-file callers are not followed. Used to ask whether a value is user input by itself,
   * or only through what a caller passes in.
   */
  readonly local?: boolean;
}

/** A value found at `path` below `node` (read in `frame`); `consumed` keys were matched in object literals. */
export interface ValueAt {
  node: TSESTree.Node;
  path: readonly string[];
  frame: Frame | null;
  consumed: number;
}

export interface FlowAnalysisOptions {
  /** Token-exchange URLs besides Intercom's own, whose responses are OAuth tokens. */
  oauthTokenUrls?: readonly string[];
}

// Work limits: the analysis must stay cheap and finish on any file. A query is one top-level
// `originOf` call; the file budget bounds the total over all queries.
const MAX_QUERY_STEPS = 20_000;
const MAX_FILE_STEPS = 200_000;
const MAX_DEPTH = 120;
const MAX_PATH = 8;
const MAX_FRAMES = 6;
const MAX_CALL_SITES = 25;
const MAX_STRUCTURE_DEPTH = 12;
const MAX_REQUEST_WRITES = 50;
const MAX_APP_STATE_NODES = 5_000;
/** Zustand store factories: `create`, `createStore` (vanilla). */
const STORE_FACTORIES = ['create', 'createStore'] as const;

/**
 * Backward, demand-driven dataflow over one file: asked where a value comes from, it follows
 * declarations, assignments, destructuring, object/array literals, string building, promises,
 * same-file calls (binding arguments to parameters), closures, class fields, React state and web
 * storage, until it reaches a source (request data, form input, prompt, CLI input), a trusted
 * value (env, database, OAuth response: anything opaque) or a value of unknown origin.
 */
export class FlowAnalysis {
  private steps = 0;
  private queryStart = 0;
  private depth = 0;
  private cuts = 0;
  private frameCount = 0;
  private readonly memo = new WeakMap<TSESTree.Node, Map<string, Origin>>();
  private readonly active = new WeakMap<TSESTree.Node, Set<string>>();
  private storageWrites: { storage: string; key: string | undefined; value: TSESTree.Node }[] | undefined;
  private boundNames: Set<string> | undefined;
  private appStateNodes: { calls: TSESTree.CallExpression[]; providers: TSESTree.JSXOpeningElement[] } | undefined;
  private requestWrites: { fn: FunctionNode; on: number; keys: string[]; value: TSESTree.Node; middleware: boolean }[] | undefined;
  /** Extra OAuth token-exchange URLs (option `oauthTokenUrls`). */
  readonly oauthTokenUrls: readonly string[];

  constructor(
    readonly sourceCode: TSESLint.SourceCode,
    readonly filename: string,
    options: FlowAnalysisOptions = {},
  ) {
    this.oauthTokenUrls = options.oauthTokenUrls ?? [];
  }

  /** Where the value at `path` below `node` may come from. */
  originOf(node: TSESTree.Node, path: readonly string[] = [], frame: Frame | null = null): Origin {
    if (this.depth === 0) this.queryStart = this.steps;
    if (!this.spend() || this.depth >= MAX_DEPTH) {
      this.cuts++;
      return NO_ORIGIN;
    }
    const boundedPath = path.length > MAX_PATH ? path.slice(0, MAX_PATH) : path;
    const key = `${boundedPath.join('\u0001')}|${frame?.id ?? ''}`;
    const memo = frame === null ? this.memo.get(node) : undefined;
    const cached = memo?.get(key);
    if (cached) return cached;
    let active = this.active.get(node);
    if (active?.has(key)) return NO_ORIGIN; // a cycle: the other paths decide
    if (!active) this.active.set(node, (active = new Set()));
    active.add(key);
    this.depth++;
    const cutsBefore = this.cuts;
    const origin = this.compute(node, boundedPath, frame);
    this.depth--;
    active.delete(key);
    // A result cut short by a work limit may be incomplete: do not reuse it.
    if (frame === null && this.cuts === cutsBefore) {
      if (memo) memo.set(key, origin);
      else this.memo.set(node, new Map([[key, origin]]));
    }
    return origin;
  }

  /** Counts one unit of work; false once the query's or the file's budget is spent. */
  private spend(): boolean {
    this.steps++;
    return this.steps <= MAX_FILE_STEPS && this.steps - this.queryStart <= MAX_QUERY_STEPS;
  }

  /** A global, or the same object imported from a core module (`import { Buffer } from 'node:buffer'`). */
  private isGlobalLike(node: TSESTree.Node, name?: string): node is TSESTree.Identifier {
    if (node.type !== 'Identifier' || (name !== undefined && node.name !== name)) return false;
    // Widened so the guard's false branch does not narrow `node` (already an Identifier) to never.
    if (isGlobalReference(this.sourceCode, node as TSESTree.Node)) return true;
    const imported = getImportOrigin(this.sourceCode, node);
    if (!imported || imported.path.length !== 1 || !Object.hasOwn(GLOBAL_MODULES, imported.module)) return false;
    return imported.path[0] === node.name && GLOBAL_MODULES[imported.module]!.includes(node.name);
  }

  private union(nodes: readonly TSESTree.Node[], path: readonly string[], frame: Frame | null): Origin {
    let origin = NO_ORIGIN;
    for (const node of nodes) origin = mergeOrigins(origin, this.originOf(node, path, frame));
    return origin;
  }

  private compute(node: TSESTree.Node, path: readonly string[], frame: Frame | null): Origin {
    const expr = getUnwrappedExpression(node);
    switch (expr.type) {
      case 'Identifier':
        return this.identifierOrigin(expr, path, frame);
      case 'MemberExpression':
        if (expr.object.type === 'MetaProperty' || expr.object.type === 'Super') return NO_ORIGIN; // import.meta.env
        // A form's controls, whatever the form is: `form.elements.token.value`, `this.form.elements[0].value`.
        if (getMemberKey(expr) === FORM_ELEMENTS_MEMBER && this.isDomInputPath(path)) return userOrigin('form input');
        return this.originOf(expr.object, [getMemberKey(expr), ...path], frame);
      case 'CallExpression':
        return this.callOrigin(expr, path, frame);
      case 'NewExpression':
        return this.newOrigin(expr, path, frame);
      case 'AwaitExpression':
      case 'SpreadElement':
        return this.originOf(expr.argument, path, frame);
      case 'ConditionalExpression':
        // The condition only picks a branch; it never becomes the value.
        return this.union([expr.consequent, expr.alternate], path, frame);
      case 'LogicalExpression':
        return expr.operator === '&&' ? this.originOf(expr.right, path, frame) : this.union([expr.left, expr.right], path, frame);
      case 'BinaryExpression':
        return expr.operator === '+' ? this.union([expr.left, expr.right], [], frame) : NO_ORIGIN;
      case 'AssignmentExpression':
        return this.originOf(expr.right, path, frame);
      case 'TemplateLiteral':
        return this.union(expr.expressions, [], frame);
      case 'TaggedTemplateExpression':
        return getCalleeName(expr.tag) === 'raw' ? this.union(expr.quasi.expressions, [], frame) : NO_ORIGIN;
      case 'ObjectExpression':
        return this.objectOrigin(expr, path, frame);
      case 'ArrayExpression':
        return this.arrayOrigin(expr, path, frame);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        // A function standing for a value: a token supplier (`token: async () => …`) or a getter.
        return this.returnsOrigin(expr, path, frame);
      case 'ThisExpression':
        return this.thisOrigin(expr, path, frame);
      default:
        return NO_ORIGIN;
    }
  }

  private objectOrigin(object: TSESTree.ObjectExpression, path: readonly string[], frame: Frame | null): Origin {
    const [head, ...rest] = path;
    let origin = NO_ORIGIN;
    for (const property of object.properties) {
      if (property.type === 'SpreadElement') {
        origin = mergeOrigins(origin, this.originOf(property.argument, path, frame));
      } else if (head === undefined) {
        origin = mergeOrigins(origin, this.originOf(property.value, [], frame));
      } else {
        const key = this.getKey(property);
        if (key !== ANY_KEY && keyMatches(key, head) && this.isBoundWrapper(key, property.value, rest)) return userOrigin('form input');
        // A known key written after spreads and earlier writes of it overrides them: the last writer wins.
        if (key !== ANY_KEY && head !== ANY_KEY && keyMatches(key, head)) origin = this.originOf(property.value, rest, frame);
        else if (key === ANY_KEY || keyMatches(key, head)) origin = mergeOrigins(origin, this.originOf(property.value, rest, frame));
      }
    }
    return origin;
  }

  /** A property's key, resolving computed constants (`{ [AUTH_HEADER]: … }`). */
  private getKey(property: TSESTree.Property): string {
    const key = getPropertyKey(property);
    return key === ANY_KEY && property.computed ? (getStaticShape(this.sourceCode, property.key) ?? ANY_KEY) : key;
  }

  private arrayOrigin(array: TSESTree.ArrayExpression, path: readonly string[], frame: Frame | null): Origin {
    const [head, ...rest] = path;
    const elements = array.elements.filter((element): element is TSESTree.Expression | TSESTree.SpreadElement => element !== null);
    if (head !== undefined && /^\d+$/.test(head) && !elements.some((element) => element.type === 'SpreadElement')) {
      const element = array.elements[Number(head)];
      return element ? this.originOf(element, rest, frame) : NO_ORIGIN;
    }
    // Index unknown, or a method such as `join()`: any element may end up in the value.
    return this.union(elements, head === ANY_KEY || (head !== undefined && /^\d+$/.test(head)) ? rest : [], frame);
  }

  private thisOrigin(thisNode: TSESTree.ThisExpression, path: readonly string[], frame: Frame | null): Origin {
    const [head, ...rest] = path;
    if (head === undefined || head === ANY_KEY) return NO_ORIGIN;
    // Vue Options API / Angular component / Knockout view model: `this.token` bound to an input in the template.
    if (this.getBoundNames().has(head)) return userOrigin('form input');
    // Backbone-style views: `this.$('#token').val()`, `this.$el.find('input').val()`.
    if (includes(JQUERY_VIEW_MEMBERS, head) && this.isJQueryValuePath(rest)) return userOrigin('form input');
    const declared = this.getFieldDeclarationOrigin(thisNode, head, rest);
    if (!isEmptyOrigin(declared)) return declared;
    let origin = this.union(getClassMemberValues(this.sourceCode, thisNode, head), rest, frame);
    // React class component: `this.state.x` is whatever `this.setState({ x })` stored.
    if (head === 'state') origin = mergeOrigins(origin, this.union(getClassStateUpdates(this.sourceCode, thisNode), rest, null));
    return origin;
  }

  /**
   * What a class field's declaration says it holds: a Lit `@query('#token')` lookup read as
   * `.value`, or a type naming a form model (`form!: FormGroup`, `@ViewChild(NgForm) f: NgForm`).
   */
  private getFieldDeclarationOrigin(thisNode: TSESTree.ThisExpression, key: string, rest: readonly string[]): Origin {
    const cls = getThisClass(thisNode);
    if (!cls) return NO_ORIGIN;
    for (const element of cls.body.body) {
      if (element.type !== 'PropertyDefinition' || element.static || getPropertyKey(element) !== key) continue;
      const decorated = (element.decorators ?? []).some((decorator) => {
        const expression = decorator.expression;
        const callee = expression.type === 'CallExpression' ? expression.callee : expression;
        return includes(DOM_QUERY_DECORATORS, getCalleeName(callee));
      });
      if (decorated && this.isDomInputPath(rest)) return userOrigin('form input');
      const typed = this.typeSourceOrigin(element.typeAnnotation);
      if (!isEmptyOrigin(typed)) return typed;
    }
    return NO_ORIGIN;
  }

  /**
   * A type annotation naming an imported source class (`fb: FormBuilder`, `form: FormGroup` from
   * `@angular/forms`): the value is such an instance, whatever the code that made it.
   */
  private typeSourceOrigin(annotation: TSESTree.TSTypeAnnotation | undefined): Origin {
    const type = annotation?.typeAnnotation;
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return NO_ORIGIN;
    const imported = getImportOrigin(this.sourceCode, type.typeName);
    if (!imported || imported.path.length !== 1) return NO_ORIGIN;
    const matches = (source: SourceModule) => source.module === imported.module && includes(source.exports ?? [], imported.path[0]);
    const cli = CLI_SOURCE_MODULES.find(matches);
    if (cli) return cliOrigin(cli.label);
    const browser = BROWSER_SOURCE_MODULES.find(matches);
    return browser ? userOrigin(browser.label) : NO_ORIGIN;
  }

  /** Whether `value`, stored under a template-bound `key`, is an observable/ref read as its value (`x()`, `x.value`). */
  private isBoundWrapper(key: string, value: TSESTree.Node, rest: readonly string[]): boolean {
    if (!this.getBoundNames().has(key)) return false;
    const init = getUnwrappedExpression(value);
    if (init.type !== 'CallExpression' || !includes(BINDABLE_FACTORIES, getCalleeName(init.callee))) return false;
    return rest.length === 0 || rest[0] === CALL_KEY || rest[0] === 'value';
  }

  // ---------------------------------------------------------------------------------------------
  // Variables

  private identifierOrigin(identifier: TSESTree.Identifier, path: readonly string[], frame: Frame | null): Origin {
    if (identifier.name === 'undefined') return NO_ORIGIN;
    const variable = getVariable(this.sourceCode, identifier);
    if (!variable || variable.defs.length === 0) return this.globalOrigin(identifier.name, path);
    let origin = NO_ORIGIN;
    for (const def of variable.defs) {
      switch (def.type) {
        case 'Variable':
          origin = mergeOrigins(origin, this.declaratorOrigin(def.node, def.name, path, frame));
          break;
        case 'Parameter':
          origin = mergeOrigins(origin, this.parameterOrigin(def.node as FunctionNode, def.name, path, frame));
          break;
        case 'FunctionName':
          if (path.length === 0 && isFunctionNode(def.node)) origin = mergeOrigins(origin, this.returnsOrigin(def.node, [], frame));
          break;
        case 'ImportBinding':
          origin = mergeOrigins(origin, this.importOrigin(identifier, path));
          break;
        default:
          break;
      }
    }
    for (const ref of variable.references) {
      if (!ref.isWrite() || ref.init || !ref.writeExpr) continue;
      const pattern = getPatternPath(ref.identifier);
      const prefix = pattern.top.parent?.type === 'ForOfStatement' && pattern.top.parent.left === pattern.top ? [ANY_KEY] : [];
      origin = mergeOrigins(origin, this.originOf(ref.writeExpr, [...prefix, ...pattern.path, ...path], frame));
    }
    for (const write of getMemberWrites(this.sourceCode, variable, path)) {
      origin = mergeOrigins(origin, this.originOf(write.value, write.path, frame));
    }
    return origin;
  }

  private declaratorOrigin(
    declarator: TSESTree.VariableDeclarator,
    name: TSESTree.Identifier,
    path: readonly string[],
    frame: Frame | null,
  ): Origin {
    const pattern = getPatternPath(name);
    const fullPath = [...pattern.path, ...path];
    let origin = NO_ORIGIN;
    for (const fallback of pattern.defaults) {
      origin = mergeOrigins(origin, this.originOf(fallback.value, [...fallback.path, ...path], frame));
    }
    const loop = declarator.parent.parent;
    if (loop?.type === 'ForOfStatement' && loop.left === declarator.parent) {
      return mergeOrigins(origin, this.originOf(loop.right, [ANY_KEY, ...fullPath], frame));
    }
    const init = declarator.init && getUnwrappedExpression(declarator.init);
    if (!init) return origin;
    if (init.type === 'CallExpression' && includes(STATE_HOOKS, getCalleeName(init.callee)) && declarator.id.type === 'ArrayPattern') {
      return mergeOrigins(origin, fullPath[0] === '0' ? this.stateOrigin(declarator.id, init, fullPath.slice(1), frame) : NO_ORIGIN);
    }
    if (init.type === 'CallExpression' && includes(REF_FACTORIES, getCalleeName(init.callee))) {
      if (fullPath[0] === 'current' && fullPath.slice(1).some((key) => includes(DOM_VALUE_MEMBERS, key))) {
        return userOrigin('form input');
      }
    }
    // `const token = ref('')` (Vue, read as `token.value`), `let token` (Svelte) or
    // `const token = ko.observable('')` (Knockout, read as `token()`) bound to an input.
    if ((fullPath.length === 0 || fullPath[0] === 'value') && this.getBoundNames().has(name.name)) {
      return userOrigin('form input');
    }
    if (pattern.path.length === 0 && this.isBoundWrapper(name.name, init, path)) return userOrigin('form input');
    return mergeOrigins(origin, this.originOf(init, fullPath, frame));
  }

  /** React `const [tok, setTok] = useState(init)`: the state is `init` or whatever `setTok` receives. */
  private stateOrigin(pattern: TSESTree.ArrayPattern, hook: TSESTree.CallExpression, path: readonly string[], frame: Frame | null): Origin {
    let origin = hook.arguments[0] ? this.originOf(hook.arguments[0], path, frame) : NO_ORIGIN;
    const setter = pattern.elements[1];
    if (setter?.type !== 'Identifier') return origin;
    const variable = getVariable(this.sourceCode, setter);
    for (const ref of variable?.references ?? []) {
      const parent = ref.identifier.parent;
      if (parent?.type === 'CallExpression' && parent.callee === ref.identifier && parent.arguments[0]) {
        origin = mergeOrigins(origin, this.originOf(parent.arguments[0], path, null));
      } else if (parent?.type === 'Property' && ref.identifier.type === 'Identifier') {
        // Provided through a context: `<C.Provider value={{ setTok }}>`, called by its consumers.
        for (const call of this.contextSetterCalls(ref.identifier)) {
          if (call.arguments[0]) origin = mergeOrigins(origin, this.originOf(call.arguments[0], path, null));
        }
      } else if (parent?.type === 'JSXExpressionContainer' && parent.parent.type === 'JSXAttribute') {
        // `<input onChangeText={setTok} />`: the setter receives what the user typed.
        const attribute = parent.parent.name;
        if (/^on[A-Z]/.test(attribute.type === 'JSXIdentifier' ? attribute.name : attribute.name.name)) {
          origin = mergeOrigins(origin, userOrigin('form input'));
        }
      }
    }
    return origin;
  }

  private importOrigin(identifier: TSESTree.Identifier, path: readonly string[]): Origin {
    const imported = getImportOrigin(this.sourceCode, identifier);
    if (!imported) return unknownOrigin('imported value');
    const exportName = imported.path[0];
    const matches = (source: SourceModule) =>
      source.module === imported.module && (source.exports === undefined || includes(source.exports, exportName));
    const cli = CLI_SOURCE_MODULES.find(matches);
    if (cli) return cliOrigin(cli.label);
    const browser = BROWSER_SOURCE_MODULES.find(matches);
    if (browser) return userOrigin(browser.label);
    if (includes(JQUERY_MODULES, imported.module) && this.isJQueryValuePath(path)) return userOrigin('form input');
    return unknownOrigin('imported value');
  }

  private globalOrigin(name: string, path: readonly string[]): Origin {
    const [head, ...rest] = path;
    if (Object.hasOwn(RUNTIME_CLI_MEMBERS, name)) {
      // `process.argv`, `Deno.args`, `Bun.argv`, stdin
      const members = RUNTIME_CLI_MEMBERS[name]!;
      return head !== undefined && Object.hasOwn(members, head) ? cliOrigin(members[head]!) : NO_ORIGIN;
    }
    if (Object.hasOwn(PROMPT_GLOBAL_METHODS, name)) {
      // Apps Script `Browser.inputBox('Token?')`
      return includes(PROMPT_GLOBAL_METHODS[name]!, head) && rest[0] === CALL_KEY ? userOrigin('prompt') : NO_ORIGIN;
    }
    switch (name) {
      case 'window':
      case 'globalThis':
      case 'self':
        return head === undefined ? NO_ORIGIN : this.globalOrigin(head, rest);
      case 'location':
        return includes(URL_MEMBERS, head) ? userOrigin('URL') : NO_ORIGIN;
      case 'document':
        if (head === 'location') return this.globalOrigin('location', rest);
        if (head === 'URL' || head === 'documentURI') return userOrigin('URL');
        return this.isDomLookupValuePath(path) ? userOrigin('form input') : NO_ORIGIN;
      case '$':
      case 'jQuery':
        return this.isJQueryValuePath(path) ? userOrigin('form input') : NO_ORIGIN;
      default:
        return includes(PROMPT_FUNCTIONS, name) && head === CALL_KEY ? userOrigin('prompt') : NO_ORIGIN;
    }
  }

  /** `document.getElementById('t').value`, `document.forms.f.token.value`. */
  private isDomLookupValuePath(path: readonly string[]): boolean {
    const lookup = path.findIndex((key, index) => (includes(DOM_LOOKUP_METHODS, key) && path[index + 1] === CALL_KEY) || key === 'forms');
    return lookup >= 0 && path.slice(lookup + 1).some((key) => includes(DOM_VALUE_MEMBERS, key));
  }

  /** `$('#token').val()`, `$('form').serialize()`. */
  private isJQueryValuePath(path: readonly string[]): boolean {
    return path.some((key, index) => includes(JQUERY_VALUE_METHODS, key) && path[index + 1] === CALL_KEY);
  }

  /** What is read below a DOM lookup or a form's controls is what the user typed: `.value`, `.files`. */
  private isDomInputPath(path: readonly string[]): boolean {
    return path.some((key) => includes(DOM_INPUT_MEMBERS, key));
  }

  /** `$`/`jQuery`, global or imported. */
  private isJQuery(node: TSESTree.Node): boolean {
    if (node.type !== 'Identifier') return false;
    if (isGlobalReference(this.sourceCode, node)) return node.name === '$' || node.name === 'jQuery';
    const imported = getImportOrigin(this.sourceCode, node);
    return imported !== undefined && imported.path.length === 0 && includes(JQUERY_MODULES, imported.module);
  }

  /**
   * A whole argument vector (`process.argv`, `Deno.args`, `Bun.argv`, or a slice of one), as
   * handed to an argument parser.
   */
  private isArgumentVector(node: TSESTree.Node, depth = 0): boolean {
    const expr = getUnwrappedExpression(node);
    if (expr.type === 'MemberExpression') {
      const object = getUnwrappedExpression(expr.object);
      return (
        object.type === 'Identifier' &&
        Object.hasOwn(ARGUMENT_VECTORS, object.name) &&
        ARGUMENT_VECTORS[object.name] === getMemberKey(expr) &&
        isGlobalReference(this.sourceCode, object)
      );
    }
    if (depth > 2) return false;
    if (expr.type === 'CallExpression' && expr.callee.type === 'MemberExpression' && getMemberKey(expr.callee) === 'slice') {
      return this.isArgumentVector(expr.callee.object, depth + 1);
    }
    if (expr.type === 'Identifier') {
      const constant = getConstantInit(this.sourceCode, expr);
      return constant !== undefined && constant.path.length === 0 && this.isArgumentVector(constant.node, depth + 1);
    }
    return false;
  }

  /**
   * Names a template binds to an input: Vue `v-model="x"`, Svelte `bind:value={x}`, Angular
   * `[(ngModel)]="x"`. The text holds the template when the file is a single-file component (or an
   * Angular inline template).
   */
  private getBoundNames(): Set<string> {
    if (!this.boundNames) {
      this.boundNames = new Set();
      for (const bindings of TEMPLATE_BINDING_PATTERNS) {
        for (const match of this.sourceCode.text.matchAll(bindings)) this.boundNames.add(match[1]!);
      }
    }
    return this.boundNames;
  }

  // ---------------------------------------------------------------------------------------------
  // Parameters

  private parameterOrigin(fn: FunctionNode, name: TSESTree.Node, path: readonly string[], frame: Frame | null): Origin {
    const pattern = getPatternPath(name);
    // `constructor(private fb: FormBuilder)`, `save(form: FormGroup)`: typed as a form model.
    if (name.type === 'Identifier' && pattern.path.length === 0) {
      const typed = this.typeSourceOrigin(name.typeAnnotation);
      if (!isEmptyOrigin(typed)) return typed;
    }
    const index = fn.params.indexOf(pattern.top as TSESTree.Parameter);
    if (index < 0) return NO_ORIGIN;
    const fullPath = [...pattern.path, ...path];
    let origin = NO_ORIGIN;
    for (const fallback of pattern.defaults) {
      origin = mergeOrigins(origin, this.originOf(fallback.value, [...fallback.path, ...path], frame));
    }
    const isRest = pattern.top.type === 'RestElement';
    let local = false;
    for (let current = frame; current; current = current.parent) {
      if (current.fn !== fn) continue;
      if (!current.local) return mergeOrigins(origin, this.argumentOrigin(current, index, isRest, fullPath));
      local = true;
      break;
    }

    const uses = getFunctionUses(this.sourceCode, fn);
    const role = getParameterRole(this.sourceCode, this.filename, fn, index, pattern.top, uses);
    if (role?.kind === 'oauth') return NO_ORIGIN;
    if (role?.kind === 'request') {
      origin = mergeOrigins(origin, getRequestDataOrigin(fullPath, role.context));
      origin = mergeOrigins(origin, this.requestWriteOrigin(fn, fullPath, 0));
    }
    else if (role?.kind === 'lambda-event') origin = mergeOrigins(origin, getLambdaEventOrigin(fullPath));
    else if (role?.kind === 'user') origin = mergeOrigins(origin, userOrigin(role.label));
    else if (role?.kind === 'message-event' && fullPath[0] === 'data') origin = mergeOrigins(origin, userOrigin('postMessage data'));
    // Express `res.locals.x`: trusted (§5), but it holds what same-file middleware stores there.
    if (index === 1 && fullPath[0] === 'locals' && this.isRequestParameter(fn, 0, uses)) {
      origin = mergeOrigins(origin, this.requestWriteOrigin(fn, fullPath, 1));
    }
    origin = mergeOrigins(origin, this.appStateParameterOrigin(fn, index, fullPath));
    // A bot, callable function or extension handler: what its framework hands it from the user.
    origin = mergeOrigins(origin, getCallbackSourceOrigin(this.sourceCode, fn, index, pattern.top, uses, fullPath));

    for (const call of local ? [] : uses.callSites.slice(0, MAX_CALL_SITES)) {
      const callFrame = this.pushFrame(fn, call.arguments, null);
      if (callFrame) origin = mergeOrigins(origin, this.argumentOrigin(callFrame, index, isRest, fullPath));
    }
    for (const { call, index: at } of uses.callbacks) {
      // A callback handed to something that carries user input receives that input:
      // `rl.question(q, answer => …)`, `program.action(opts => …)`, `promise.then(v => …)`.
      origin = mergeOrigins(origin, withoutUnknown(this.originOf(call.callee, [CALL_KEY, ...fullPath], null)));
      // A callback handed to a same-file function receives what that function calls it with.
      for (const frame of this.getCallbackFrames(fn, call, at)) {
        origin = mergeOrigins(origin, this.argumentOrigin(frame, index, isRest, fullPath));
      }
    }
    origin = mergeOrigins(origin, this.domEventOrigin(fullPath));

    if (isEmptyOrigin(origin) && !role && uses.callSites.length === 0 && uses.exported) {
      return unknownOrigin('parameter of an exported function');
    }
    return origin;
  }

  /**
   * What same-file middleware stored on the request (`req.intercomToken = req.get('x-token')`),
   * read at `path` from any request of the file. Only what the file writes counts: `req.user` or
   * `req.session` filled by an auth library stay trusted.
   */
  private requestWriteOrigin(reader: FunctionNode, path: readonly string[], on: number): Origin {
    if (path.length === 0 || path[0] === ANY_KEY) return NO_ORIGIN;
    let origin = NO_ORIGIN;
    for (const write of this.getRequestWrites()) {
      if (write.on !== on || (write.fn !== reader && !write.middleware)) continue;
      if (write.keys.length > path.length || !write.keys.every((key, index) => keyMatches(key, path[index]!))) continue;
      origin = mergeOrigins(origin, this.originOf(write.value, path.slice(write.keys.length), null));
    }
    return origin;
  }

  private getRequestWrites(): { fn: FunctionNode; on: number; keys: string[]; value: TSESTree.Node; middleware: boolean }[] {
    if (this.requestWrites) return this.requestWrites;
    const writes: { fn: FunctionNode; on: number; keys: string[]; value: TSESTree.Node; middleware: boolean }[] = [];
    this.requestWrites = writes;
    walkNodes(this.sourceCode, this.sourceCode.ast, (node) => {
      if (writes.length >= MAX_REQUEST_WRITES) return false;
      if (node.type !== 'AssignmentExpression' || !['=', '||=', '&&=', '??='].includes(node.operator)) return;
      const keys: string[] = [];
      let target: TSESTree.Node = node.left;
      while (target.type === 'MemberExpression') {
        keys.unshift(getMemberKey(target));
        target = getUnwrappedExpression(target.object);
      }
      if (target.type !== 'Identifier' || keys.length === 0 || keys.includes(ANY_KEY)) return;
      const def = getVariable(this.sourceCode, target)?.defs[0];
      if (def?.type !== 'Parameter' || !isFunctionNode(def.node)) return;
      const fn = def.node;
      const pattern = getPatternPath(def.name);
      if (pattern.path.length > 0) return;
      const index = fn.params.indexOf(pattern.top as TSESTree.Parameter);
      const uses = getFunctionUses(this.sourceCode, fn);
      // `req.x = …`, or `res.locals.x = …` beside a request parameter.
      const onResponse = index === 1 && keys[0] === 'locals' && keys.length > 1;
      if (!this.isRequestParameter(fn, onResponse ? 0 : index, uses)) return;
      // Middleware: mounted with `.use(…)`, handed to a route before its handler, or taking `next`.
      const middleware =
        fn.params.length >= 3 ||
        uses.callbacks.some(
          ({ call, index: at }) =>
            (call.callee.type === 'MemberExpression' && getMemberKey(call.callee) === 'use') || at < call.arguments.length - 1,
        );
      writes.push({ fn, on: onResponse ? 1 : 0, keys, value: node.right, middleware });
    });
    return writes;
  }

  // ---------------------------------------------------------------------------------------------
  // Same-file app state: Zustand stores, Redux Toolkit slices, React context

  /** Every call and context provider of the file, collected once. */
  private getAppStateNodes(): { calls: TSESTree.CallExpression[]; providers: TSESTree.JSXOpeningElement[] } {
    if (!this.appStateNodes) {
      const nodes = { calls: [] as TSESTree.CallExpression[], providers: [] as TSESTree.JSXOpeningElement[] };
      this.appStateNodes = nodes;
      walkNodes(this.sourceCode, this.sourceCode.ast, (node) => {
        if (nodes.calls.length + nodes.providers.length >= MAX_APP_STATE_NODES) return false;
        if (node.type === 'CallExpression') nodes.calls.push(node);
        else if (
          node.type === 'JSXOpeningElement' &&
          node.name.type === 'JSXMemberExpression' &&
          node.name.property.name === 'Provider' &&
          node.name.object.type === 'JSXIdentifier'
        ) {
          nodes.providers.push(node);
        }
      });
    }
    return this.appStateNodes;
  }

  /** The Zustand creator `fn` is (`create((set, get) => …)`, `create<T>()((set, get) => …)`), with the store's variable. */
  private getStoreCreator(fn: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
    const call = fn.parent;
    if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return undefined;
    const callee = getUnwrappedExpression(call.callee);
    const factory = callee.type === 'CallExpression' ? getUnwrappedExpression(callee.callee) : callee;
    if (!includes(STORE_FACTORIES, getCalleeName(factory))) return undefined;
    return call.parent?.type === 'VariableDeclarator' && call.parent.id.type === 'Identifier' ? call.parent : undefined;
  }

  /** The creator function of the Zustand store `identifier` names, if it is one of this file. */
  private getStoreOf(identifier: TSESTree.Node): FunctionNode | undefined {
    if (identifier.type !== 'Identifier') return undefined;
    const def = getVariable(this.sourceCode, identifier)?.defs[0];
    if (def?.type !== 'Variable' || def.node.init?.type !== 'CallExpression') return undefined;
    const creator = def.node.init.arguments[0];
    return creator && isFunctionNode(creator) && this.getStoreCreator(creator) === def.node ? creator : undefined;
  }

  /** A Zustand store's state at `path`: its initial object, and every `set({ k: v })` / `set((s) => ({ k: v }))`. */
  private storeOrigin(creator: FunctionNode, path: readonly string[]): Origin {
    if (path.length === 0 || path[0] === ANY_KEY) return NO_ORIGIN;
    let origin = NO_ORIGIN;
    for (const returned of getFunctionReturns(this.sourceCode, creator)) {
      const object = getUnwrappedExpression(returned);
      if (object.type !== 'ObjectExpression') continue;
      for (const property of object.properties) {
        if (property.type === 'Property' && !isFunctionNode(property.value) && keyMatches(this.getKey(property), path[0]!)) {
          origin = mergeOrigins(origin, this.originOf(property.value, path.slice(1), null));
        }
      }
    }
    const set = creator.params[0];
    const variable = set?.type === 'Identifier' ? this.sourceCode.scopeManager?.getDeclaredVariables(creator).find((v) => v.name === set.name) : undefined;
    for (const ref of variable?.references ?? []) {
      const call = ref.identifier.parent;
      if (call?.type === 'CallExpression' && call.callee === ref.identifier && call.arguments[0]) {
        origin = mergeOrigins(origin, this.originOf(call.arguments[0], path, null));
      }
    }
    return origin;
  }

  /** Calls of the store action `key`: `useStore((s) => s.key)(v)`, `const { key } = useStore()`, `useStore.getState().key(v)`. */
  private storeActionCalls(store: TSESTree.VariableDeclarator, key: string): TSESTree.CallExpression[] {
    const calls: TSESTree.CallExpression[] = [];
    const variable = this.sourceCode.scopeManager?.getDeclaredVariables(store)[0];
    const addCallsOf = (id: TSESTree.Node) => {
      if (id.type !== 'Identifier') return;
      for (const ref of getVariable(this.sourceCode, id)?.references ?? []) {
        const call = ref.identifier.parent;
        if (call?.type === 'CallExpression' && call.callee === ref.identifier) calls.push(call);
      }
    };
    for (const ref of variable?.references ?? []) {
      const use = ref.identifier.parent;
      if (use?.type === 'CallExpression' && use.callee === ref.identifier) {
        const selector = use.arguments[0];
        const holder = use.parent;
        if (holder?.type !== 'VariableDeclarator') continue;
        if (selector && isFunctionNode(selector) && selector.body.type === 'MemberExpression' && getMemberKey(selector.body) === key) {
          addCallsOf(holder.id);
        } else if (!selector && holder.id.type === 'ObjectPattern') {
          for (const property of holder.id.properties) {
            if (property.type === 'Property' && getPropertyKey(property) === key) addCallsOf(property.value);
          }
        }
      } else if (use?.type === 'MemberExpression' && getMemberKey(use) === 'getState') {
        const member = use.parent?.type === 'CallExpression' ? use.parent.parent : undefined;
        const call = member?.type === 'MemberExpression' && getMemberKey(member) === key ? member.parent : undefined;
        if (call?.type === 'CallExpression' && call.callee === member) calls.push(call);
      }
    }
    return calls.slice(0, MAX_CALL_SITES);
  }

  /** The `createSlice({ name, initialState, reducers })` call `reducer` is a case reducer of, with its name. */
  private getSliceOfReducer(reducer: TSESTree.Node): { slice: TSESTree.CallExpression; name: string } | undefined {
    const property = reducer.parent;
    const reducers = property?.type === 'Property' && property.value === reducer ? property.parent : undefined;
    const holder = reducers?.parent;
    if (holder?.type !== 'Property' || getPropertyKey(holder) !== 'reducers' || holder.value !== reducers) return undefined;
    const options = holder.parent;
    const slice = options?.parent;
    if (slice?.type !== 'CallExpression' || slice.arguments[0] !== options || getCalleeName(slice.callee) !== 'createSlice') return undefined;
    const name = this.getKey(property as TSESTree.Property);
    return name === ANY_KEY ? undefined : { slice, name };
  }

  /** The slices of the file, each with the state keys it may be mounted under (its `name`, reducer-map keys). */
  private getSlices(): { slice: TSESTree.CallExpression; options: TSESTree.ObjectExpression; keys: string[] }[] {
    const slices: { slice: TSESTree.CallExpression; options: TSESTree.ObjectExpression; keys: string[] }[] = [];
    for (const call of this.getAppStateNodes().calls) {
      const options = call.arguments[0];
      if (getCalleeName(call.callee) !== 'createSlice' || options?.type !== 'ObjectExpression') continue;
      const keys: string[] = [];
      const name = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyKey(p) === 'name');
      const shape = name ? getStaticShape(this.sourceCode, name.value) : undefined;
      if (shape !== undefined) keys.push(shape);
      const holder = call.parent;
      const variable = holder?.type === 'VariableDeclarator' ? this.sourceCode.scopeManager?.getDeclaredVariables(holder)[0] : undefined;
      for (const ref of variable?.references ?? []) {
        const member = ref.identifier.parent;
        const property = member?.type === 'MemberExpression' && getMemberKey(member) === 'reducer' ? member.parent : undefined;
        if (property?.type === 'Property' && property.value === member) keys.push(this.getKey(property));
      }
      slices.push({ slice: call, options, keys });
    }
    return slices;
  }

  /** The Redux root state at `path` (`getState().intercom.token`): what the file's slices store there. */
  private reduxStateOrigin(path: readonly string[]): Origin {
    const [sliceKey, key, ...rest] = path;
    if (sliceKey === undefined || key === undefined || key === ANY_KEY) return NO_ORIGIN;
    let origin = NO_ORIGIN;
    for (const { options, keys } of this.getSlices()) {
      if (!keys.some((candidate) => keyMatches(candidate, sliceKey))) continue;
      for (const property of options.properties) {
        if (property.type !== 'Property') continue;
        const option = getPropertyKey(property);
        if (option === 'initialState') origin = mergeOrigins(origin, this.originOf(property.value, [key, ...rest], null));
        if (option !== 'reducers' || property.value.type !== 'ObjectExpression') continue;
        for (const reducer of property.value.properties) {
          const fn = reducer.type === 'Property' ? reducer.value : undefined;
          const state = fn && isFunctionNode(fn) ? fn.params[0] : undefined;
          if (state?.type !== 'Identifier') continue;
          const variable = this.sourceCode.scopeManager?.getDeclaredVariables(fn!).find((v) => v.name === state.name);
          for (const write of variable ? getMemberWrites(this.sourceCode, variable, [key, ...rest]) : []) {
            origin = mergeOrigins(origin, this.originOf(write.value, write.path, null));
          }
        }
      }
    }
    return origin;
  }

  /** Calls of a slice's action creator: `slice.actions.name(v)`, or `name(v)` destructured from `slice.actions`. */
  private sliceActionCalls(slice: TSESTree.CallExpression, name: string): TSESTree.CallExpression[] {
    const holder = slice.parent;
    if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier') return [];
    const sliceName = holder.id.name;
    const isActions = (node: TSESTree.Node | null | undefined) =>
      node?.type === 'MemberExpression' &&
      getMemberKey(node) === 'actions' &&
      node.object.type === 'Identifier' &&
      node.object.name === sliceName;
    const calls: TSESTree.CallExpression[] = [];
    for (const call of this.getAppStateNodes().calls) {
      const callee = call.callee;
      if (callee.type === 'MemberExpression' && getMemberKey(callee) === name && isActions(callee.object)) calls.push(call);
      else if (callee.type === 'Identifier' && callee.name === name) {
        const def = getVariable(this.sourceCode, callee)?.defs[0];
        if (def?.type === 'Variable' && isActions(def.node.init)) calls.push(call);
      }
      if (calls.length >= MAX_CALL_SITES) break;
    }
    return calls;
  }

  /** Parameters through which same-file app state flows: store/slice readers and actions. */
  private appStateParameterOrigin(fn: FunctionNode, index: number, path: readonly string[]): Origin {
    const call = fn.parent?.type === 'CallExpression' && fn.parent.arguments[0] === fn ? fn.parent : undefined;
    // Zustand: `get().k` inside the creator; `useStore((s) => s.k)`.
    if (index === 1 && path[0] === CALL_KEY && this.getStoreCreator(fn)) return this.storeOrigin(fn, path.slice(1));
    if (index === 0 && call) {
      const creator = this.getStoreOf(getUnwrappedExpression(call.callee));
      if (creator) return this.storeOrigin(creator, path);
      if (getCalleeName(call.callee) === 'useSelector') return this.reduxStateOrigin(path);
    }
    // A Zustand action (`setToken: (t) => set({ token: t })`) receives what its callers pass.
    const property = fn.parent?.type === 'Property' && fn.parent.value === fn ? fn.parent : undefined;
    const returned = property?.parent;
    const creator = returned?.parent && isFunctionNode(returned.parent) ? returned.parent : undefined;
    const store = creator && this.getStoreCreator(creator);
    if (store && property) {
      const key = this.getKey(property);
      let origin = NO_ORIGIN;
      if (key !== ANY_KEY) {
        for (const site of this.storeActionCalls(store, key)) {
          const frame = this.pushFrame(fn, site.arguments, null);
          if (frame) origin = mergeOrigins(origin, this.argumentOrigin(frame, index, false, path));
        }
      }
      return origin;
    }
    // Redux Toolkit: a case reducer's `action.payload` is what its action creator is called with.
    if (index === 1 && path[0] === 'payload') {
      const reducer = this.getSliceOfReducer(fn);
      if (reducer) return this.union(this.sliceActionCalls(reducer.slice, reducer.name).flatMap((c) => c.arguments.slice(0, 1)), path.slice(1), null);
    }
    // `createAsyncThunk(type, async (arg, { getState }) => getState().slice.k)`.
    if (index === 1 && path[0] === 'getState' && path[1] === CALL_KEY && call === undefined) {
      const thunk = fn.parent;
      if (thunk?.type === 'CallExpression' && thunk.arguments[1] === fn && getCalleeName(thunk.callee) === 'createAsyncThunk') {
        return this.reduxStateOrigin(path.slice(2));
      }
    }
    return NO_ORIGIN;
  }

  /** React `useContext(C)`: what the file's `<C.Provider value={…}>` elements provide. */
  private contextOrigin(context: TSESTree.Node, path: readonly string[]): Origin {
    if (context.type !== 'Identifier') return NO_ORIGIN;
    let origin = NO_ORIGIN;
    for (const provider of this.getAppStateNodes().providers) {
      if ((provider.name as TSESTree.JSXMemberExpression).object.type !== 'JSXIdentifier') continue;
      if (((provider.name as TSESTree.JSXMemberExpression).object as TSESTree.JSXIdentifier).name !== context.name) continue;
      for (const attribute of provider.attributes) {
        if (attribute.type !== 'JSXAttribute' || attribute.name.name !== 'value') continue;
        if (attribute.value?.type === 'JSXExpressionContainer' && attribute.value.expression.type !== 'JSXEmptyExpression') {
          origin = mergeOrigins(origin, this.originOf(attribute.value.expression, path, null));
        }
      }
    }
    return origin;
  }

  /**
   * Calls of `key` read from `useContext(C)` (`const { setToken } = useContext(C); setToken(v)`),
   * when `setter` is provided as `<C.Provider value={{ key: setter }}>`.
   */
  private contextSetterCalls(setter: TSESTree.Identifier): TSESTree.CallExpression[] {
    const property = setter.parent;
    if (property?.type !== 'Property' || property.value !== setter) return [];
    const key = this.getKey(property);
    const container = property.parent.parent;
    const attribute = container?.type === 'JSXExpressionContainer' ? container.parent : undefined;
    const element = attribute?.type === 'JSXAttribute' && attribute.name.name === 'value' ? attribute.parent : undefined;
    if (element?.type !== 'JSXOpeningElement' || !this.getAppStateNodes().providers.includes(element)) return [];
    const contextName = ((element.name as TSESTree.JSXMemberExpression).object as TSESTree.JSXIdentifier).name;
    const calls: TSESTree.CallExpression[] = [];
    for (const use of this.getAppStateNodes().calls) {
      const context = use.arguments[0];
      if (getCalleeName(use.callee) !== 'useContext' || context?.type !== 'Identifier' || context.name !== contextName) continue;
      const holder = use.parent;
      if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'ObjectPattern') continue;
      for (const pattern of holder.id.properties) {
        if (pattern.type !== 'Property' || getPropertyKey(pattern) !== key || pattern.value.type !== 'Identifier') continue;
        for (const ref of getVariable(this.sourceCode, pattern.value)?.references ?? []) {
          const call = ref.identifier.parent;
          if (call?.type === 'CallExpression' && call.callee === ref.identifier) calls.push(call);
        }
      }
    }
    return calls.slice(0, MAX_CALL_SITES);
  }

  /** Whether `fn`'s parameter at `index` is a request (`req`, a route's context). */
  private isRequestParameter(fn: FunctionNode, index: number, uses: ReturnType<typeof getFunctionUses>): boolean {
    const param = fn.params[index];
    if (!param) return false;
    return getParameterRole(this.sourceCode, this.filename, fn, index, param, uses)?.kind === 'request';
  }

  /**
   * `withBody((body) => …)` where `function withBody(cb) { return (req) => cb(req.body) }`: one
   * frame per call of the callback parameter inside the same-file function it is handed to.
   */
  private getCallbackFrames(fn: FunctionNode, call: TSESTree.CallExpression | TSESTree.NewExpression, at: number): Frame[] {
    const receiver = call.type === 'CallExpression' ? this.getSameFileFunction(call.callee) : undefined;
    const param = receiver?.params[at];
    if (!receiver || param?.type !== 'Identifier') return [];
    const outer = this.pushFrame(receiver, call.arguments, null);
    const variable = this.sourceCode.scopeManager?.getDeclaredVariables(receiver).find((candidate) => candidate.name === param.name);
    const frames: Frame[] = [];
    for (const ref of variable?.references ?? []) {
      const parent = ref.identifier.parent;
      if (parent?.type !== 'CallExpression' || parent.callee !== ref.identifier) continue;
      const frame = outer && this.pushFrame(fn, parent.arguments, outer);
      if (frame) frames.push(frame);
    }
    return frames;
  }

  /** Any event handler: `e.target.value`, `e.currentTarget.elements.token.value`, pasted text. */
  private domEventOrigin(path: readonly string[]): Origin {
    if (includes(DOM_EVENT_TARGET_MEMBERS, path[0]) && path.slice(1).some((key) => includes(DOM_VALUE_MEMBERS, key))) {
      return userOrigin('form input');
    }
    if (path[0] === 'clipboardData') return userOrigin('pasted text');
    return NO_ORIGIN;
  }

  private argumentOrigin(frame: Frame, index: number, isRest: boolean, path: readonly string[]): Origin {
    const args = frame.args;
    const spreadAt = args.findIndex((arg) => arg.type === 'SpreadElement');
    if (isRest || (spreadAt >= 0 && spreadAt <= index)) {
      const from = spreadAt >= 0 ? Math.min(spreadAt, index) : index;
      return this.union(args.slice(from), isRest ? path.slice(1) : path, frame.parent);
    }
    const arg = args[index];
    return arg ? this.originOf(arg, path, frame.parent) : NO_ORIGIN;
  }

  /** A frame binding `fn`'s parameters to `args`, or null when calls nest too deep. */
  pushFrame(fn: FunctionNode, args: readonly TSESTree.Node[], parent: Frame | null, local = false): Frame | null {
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > MAX_FRAMES) return null;
    return { fn, args, parent, depth, id: ++this.frameCount, local };
  }

  private returnsOrigin(fn: FunctionNode, path: readonly string[], frame: Frame | null): Origin {
    return this.union(getFunctionReturns(this.sourceCode, fn), path, frame);
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  /**
   * The same-file function a callee names: `f`, `const f = () => …`, `this.m`, `this.svc.m` or
   * `svc.m` of a same-file class instance, `obj.m` of a local object, or a method name unique in
   * the file called on an untyped receiver (see `getMethodTarget`).
   */
  getSameFileFunction(callee: TSESTree.Node): FunctionNode | undefined {
    const expr = getUnwrappedExpression(callee);
    if (isFunctionNode(expr)) return expr;
    if (expr.type === 'MemberExpression') return getMethodTarget(this.sourceCode, expr)?.fn;
    if (expr.type !== 'Identifier') return undefined;
    const variable = getVariable(this.sourceCode, expr);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
    const constant = getConstantInit(this.sourceCode, expr);
    const init = constant?.path.length === 0 ? getUnwrappedExpression(constant.node) : undefined;
    if (isFunctionNode(init)) return init;
    // `const f = useCallback(() => …, [])`
    if (init?.type === 'CallExpression' && includes(PASS_THROUGH_HOOKS, getCalleeName(init.callee))) {
      const wrapped = init.arguments[0] && getUnwrappedExpression(init.arguments[0]);
      if (isFunctionNode(wrapped)) return wrapped;
    }
    return undefined;
  }

  /** Whether a call is an OAuth code → token exchange: its response is trusted. */
  isOAuthExchange(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    return call.arguments.some((arg) => {
      if (isOAuthTokenUrl(getStaticShape(this.sourceCode, arg), this.oauthTokenUrls)) return true;
      const expr = getUnwrappedExpression(arg);
      if (expr.type !== 'ObjectExpression') return false;
      return expr.properties.some(
        (property) =>
          property.type === 'Property' &&
          ['url', 'uri'].includes(getPropertyKey(property)) &&
          isOAuthTokenUrl(getStaticShape(this.sourceCode, property.value), this.oauthTokenUrls),
      );
    });
  }

  private callOrigin(call: TSESTree.CallExpression, path: readonly string[], frame: Frame | null): Origin {
    if (this.isOAuthExchange(call)) return NO_ORIGIN;
    const callee = getUnwrappedExpression(call.callee);
    const args = call.arguments;
    const name = getCalleeName(callee);

    const target = this.getSameFileFunction(callee);
    const returned = target ? this.returnsOrigin(target, path, this.pushFrame(target, args, frame)) : NO_ORIGIN;
    // A method only guessed by its name (untyped receiver) may be another object's: judge both ways.
    if (target && (callee.type !== 'MemberExpression' || getMethodTarget(this.sourceCode, callee)?.certain)) return returned;
    if (includes(PASS_THROUGH_HOOKS, name) && args[0]) return this.originOf(args[0], path, frame);
    if (name === 'useContext' && args[0]) return this.contextOrigin(getUnwrappedExpression(args[0]), path);
    // A same-file Zustand store read: `useStore((s) => s.k)`, `useStore()`, `useStore.getState()`.
    const store = this.getStoreOf(callee.type === 'MemberExpression' && getMemberKey(callee) === 'getState' ? getUnwrappedExpression(callee.object) : callee);
    if (store) {
      const selector = callee.type === 'MemberExpression' ? undefined : args[0];
      if (!selector) return this.storeOrigin(store, path);
      return isFunctionNode(selector) ? this.returnsOrigin(selector, path, null) : NO_ORIGIN;
    }
    // Redux `useSelector((s) => s.slice.k)`: the selector's parameter is the root state.
    if (name === 'useSelector' && args[0] && isFunctionNode(args[0])) return this.returnsOrigin(args[0], path, null);
    const lodash = this.getLodashMethod(callee);
    if (lodash !== undefined) {
      const propagated = this.lodashOrigin(lodash, args, path, frame);
      if (propagated) return mergeOrigins(returned, propagated);
    }
    // An argument parser handed the command line: `parseArgs(Deno.args)`, `minimist(process.argv.slice(2))`.
    if (args.some((arg) => this.isArgumentVector(arg))) return mergeOrigins(returned, cliOrigin('command-line argument'));

    if (callee.type === 'MemberExpression') {
      const method = getMemberKey(callee);
      const object = getUnwrappedExpression(callee.object);
      // oclif `await this.parse(MyCommand)` in a command class: the parsed command line.
      const command = object.type === 'ThisExpression' ? this.getCommandParser(object, method) : undefined;
      if (command !== undefined) return cliOrigin(command);
      // A DOM lookup on any root (`this.shadowRoot`, a form, an element) read as an input's value.
      if (includes(DOM_LOOKUP_METHODS, method) && this.isDomInputPath(path)) return userOrigin('form input');
      // A dialog's response: Apps Script `ui.prompt(…).getResponseText()`.
      if (includes(PROMPT_METHODS, method) && includes(PROMPT_RESPONSE_METHODS, path[0]) && path[1] === CALL_KEY) {
        return userOrigin('prompt');
      }
      if (includes(JQUERY_PROPAGATING_STATICS, method) && this.isJQuery(object)) {
        return mergeOrigins(returned, this.union(args, path, frame));
      }
      if (method === 'getItem') {
        const storage = this.getWebStorageName(object);
        if (storage !== undefined) return this.storageReadOrigin(storage, args[0]);
      }
      if (
        object.type === 'Identifier' &&
        Object.hasOwn(PROPAGATING_STATICS, object.name) &&
        PROPAGATING_STATICS[object.name]!.includes(method) &&
        this.isGlobalLike(object)
      ) {
        return this.union(args, path, frame);
      }
      // `ids.map((id) => db.find(id))`: the new array holds what the callback returns, not the
      // receiver's elements (the callback's parameter still carries them).
      if (includes(ARRAY_MAPPING_METHODS, method) && args[0]) {
        const mapper = isFunctionNode(getUnwrappedExpression(args[0])) ? getUnwrappedExpression(args[0]) : this.getSameFileFunction(args[0]);
        if (isFunctionNode(mapper)) return this.returnsOrigin(mapper, getElementPath(path), frame);
      }
      if (includes(PROMISE_CONTINUATIONS, method)) {
        const callback = args[0] && getUnwrappedExpression(args[0]);
        if (isFunctionNode(callback)) return this.returnsOrigin(callback, path, this.pushFrame(callback, [callee.object], frame));
      }
      if (method === 'catch' || method === 'finally') return mergeOrigins(returned, this.originOf(object, path, frame));
      let origin = includes(ARGUMENT_PROPAGATING_METHODS, method) ? mergeOrigins(returned, this.union(args, path, frame)) : returned;
      const receiver = this.originOf(object, [method, CALL_KEY, ...path], frame);
      origin = mergeOrigins(origin, includes(VALUE_PRESERVING_METHODS, method) ? receiver : withoutUnknown(receiver));
      return origin;
    }

    if (callee.type === 'Identifier' && includes(PROPAGATING_FUNCTIONS, callee.name) && this.isGlobalLike(callee)) {
      return this.union(args, path, frame);
    }
    if (callee.type === 'Identifier' && isGlobalReference(this.sourceCode, callee)) {
      if (callee.name === 'require') return this.requireOrigin(args[0]);
    }
    if (callee.type === 'Identifier' && Object.hasOwn(REQUEST_HELPER_FUNCTIONS, callee.name) && this.isRequestHelper(callee)) {
      return userOrigin(REQUEST_HELPER_FUNCTIONS[callee.name]!);
    }
    // Angular `inject(FormBuilder)`: an instance of the token, as `new FormBuilder()` would be.
    if (callee.type === 'Identifier' && args[0] && this.isInjectFunction(callee)) {
      return withoutUnknown(this.originOf(args[0], [CALL_KEY, ...path], frame));
    }
    // Anything else is opaque (a database read, an API call, a library): its result is trusted,
    // unless the callee itself carries user input (`prompts(…)`, `useSearchParams()`).
    return withoutUnknown(this.originOf(callee, [CALL_KEY, ...path], frame));
  }

  /** The lodash/underscore helper `callee` names (`_.get`, `get` from `lodash`, `lodash/get`, `lodash.get`). */
  private getLodashMethod(callee: TSESTree.Node): string | undefined {
    if (callee.type === 'MemberExpression') {
      const object = getUnwrappedExpression(callee.object);
      if (object.type !== 'Identifier') return undefined;
      if (object.name === '_' && isGlobalReference(this.sourceCode, object)) return getMemberKey(callee);
      const imported = getImportOrigin(this.sourceCode, object);
      return imported && imported.path.length === 0 && includes(LODASH_MODULES, imported.module) ? getMemberKey(callee) : undefined;
    }
    if (callee.type !== 'Identifier') return undefined;
    const imported = getImportOrigin(this.sourceCode, callee);
    if (!imported) return undefined;
    if (imported.path.length === 1 && includes(LODASH_MODULES, imported.module)) return imported.path[0];
    const single = /^(?:lodash(?:-es)?\/|lodash\.)(\w+)$/.exec(imported.module);
    return single && imported.path.length === 0 ? single[1]!.toLowerCase() : undefined;
  }

  /** How a lodash helper moves data into its result, or undefined for one that does not. */
  private lodashOrigin(method: string, args: readonly TSESTree.Node[], path: readonly string[], frame: Frame | null): Origin | undefined {
    const name = method.toLowerCase();
    const match = (list: readonly string[]) => list.find((entry) => entry.toLowerCase() === name);
    if (match(LODASH_PATH_READERS)) {
      if (!args[0]) return NO_ORIGIN;
      const fallback = args[2] ? this.originOf(args[2], path, frame) : NO_ORIGIN;
      return mergeOrigins(fallback, this.originOf(args[0], [...this.getLodashPath(args[1]), ...path], frame));
    }
    if (match(LODASH_SUBSET_METHODS)) return args[0] ? this.originOf(args[0], path, frame) : NO_ORIGIN;
    if (match(LODASH_MERGE_METHODS)) {
      return this.union(
        args.filter((arg) => !isFunctionNode(getUnwrappedExpression(arg))),
        path,
        frame,
      );
    }
    return undefined;
  }

  /** The keys of a lodash path: `'a.b[0]'`, `['a', 'b']`; any key where it is not static. */
  private getLodashPath(node: TSESTree.Node | undefined): string[] {
    if (!node) return [ANY_KEY];
    const expr = getUnwrappedExpression(node);
    const parts =
      expr.type === 'ArrayExpression'
        ? expr.elements.map((element) => (element && element.type !== 'SpreadElement' ? getStaticShape(this.sourceCode, element) : undefined))
        : (getStaticShape(this.sourceCode, expr)?.replace(/\[["']?([^[\]"']*)["']?\]/g, '.$1').split('.') ?? [undefined]);
    return parts.map((part) => (part === undefined || part === '' || part.includes(HOLE) ? ANY_KEY : part)).slice(0, 6);
  }

  /** The label of a command class's own parser method (`CLI_COMMAND_METHODS`), if `this.method` is one. */
  private getCommandParser(thisNode: TSESTree.ThisExpression, method: string): SourceLabel | undefined {
    const entry = CLI_COMMAND_METHODS.find((candidate) => includes(candidate.methods, method));
    if (!entry || !getThisClass(thisNode)?.superClass) return undefined;
    return importsAny(this.sourceCode, entry.modules) ? entry.label : undefined;
  }

  private isInjectFunction(callee: TSESTree.Identifier): boolean {
    const origin = getImportOrigin(this.sourceCode, callee);
    return origin !== undefined && INJECT_FUNCTIONS.some((entry) => entry.module === origin.module && origin.path.join('.') === entry.name);
  }

  /** h3's `readBody`/`getQuery`…, auto-imported (a global here) or imported from h3 and its re-exporters. */
  private isRequestHelper(callee: TSESTree.Identifier): boolean {
    if (isGlobalReference(this.sourceCode, callee)) return true;
    const origin = getImportOrigin(this.sourceCode, callee);
    return origin !== undefined && includes(REQUEST_HELPER_MODULES, origin.module);
  }

  private requireOrigin(specifier: TSESTree.Node | undefined): Origin {
    const module = specifier && getStaticShape(this.sourceCode, specifier);
    const source = [...CLI_SOURCE_MODULES, ...BROWSER_SOURCE_MODULES].find((entry) => entry.module === module && !entry.exports);
    if (!source) return unknownOrigin('imported value');
    return CLI_SOURCE_MODULES.includes(source) ? cliOrigin(source.label) : userOrigin(source.label);
  }

  private newOrigin(expr: TSESTree.NewExpression, path: readonly string[], frame: Frame | null): Origin {
    const callee = getUnwrappedExpression(expr.callee);
    if (callee.type === 'Identifier' && includes(PROPAGATING_CONSTRUCTORS, callee.name) && this.isGlobalLike(callee)) {
      // A FormData built from a form element holds what the user typed.
      if (callee.name === 'FormData' && expr.arguments.length > 0) return userOrigin('form input');
      return this.union(expr.arguments, path, frame);
    }
    if (this.getSameFileFunction(callee)) return NO_ORIGIN;
    return withoutUnknown(this.originOf(callee, [CALL_KEY, ...path], frame));
  }

  // ---------------------------------------------------------------------------------------------
  // Web storage: a weak source, user-supplied only if this file stores user input under the key.

  private getWebStorageName(node: TSESTree.Node): string | undefined {
    const expr = getUnwrappedExpression(node);
    if (expr.type === 'Identifier' && includes(WEB_STORAGE_GLOBALS, expr.name) && isGlobalReference(this.sourceCode, expr)) {
      return expr.name;
    }
    if (expr.type === 'MemberExpression' && isGlobalReference(this.sourceCode, expr.object)) {
      const key = getMemberKey(expr);
      if (includes(WEB_STORAGE_GLOBALS, key) && ['window', 'globalThis', 'self'].includes(expr.object.name)) return key;
    }
    return undefined;
  }

  private storageReadOrigin(storage: string, keyNode: TSESTree.Node | undefined): Origin {
    const key = keyNode && getStaticShape(this.sourceCode, keyNode);
    const writes = this.getStorageWrites().filter(
      (write) => write.storage === storage && (write.key === undefined || key === undefined || write.key === key),
    );
    if (writes.length === 0) return unknownOrigin(`${storage} value`);
    return this.union(
      writes.map((write) => write.value),
      [],
      null,
    );
  }

  private getStorageWrites(): { storage: string; key: string | undefined; value: TSESTree.Node }[] {
    if (!this.storageWrites) {
      const writes: { storage: string; key: string | undefined; value: TSESTree.Node }[] = [];
      walkNodes(this.sourceCode, this.sourceCode.ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return;
        if (getMemberKey(node.callee) !== 'setItem' || node.arguments.length < 2) return;
        const storage = this.getWebStorageName(node.callee.object);
        if (storage === undefined) return;
        writes.push({ storage, key: getStaticShape(this.sourceCode, node.arguments[0]!), value: node.arguments[1]! });
      });
      this.storageWrites = writes;
    }
    return this.storageWrites;
  }

  // ---------------------------------------------------------------------------------------------
  // Structure: where a key of an options object is, through constants, spreads, helpers, Headers.

  /** The values at `path` below `node`, following object literals as far as the file shows them. */
  findPropertyValues(node: TSESTree.Node, path: readonly string[], frame: Frame | null = null, consumed = 0, depth = 0): ValueAt[] {
    const expr = getUnwrappedExpression(node);
    const leaf: ValueAt[] = [{ node: expr, path, frame, consumed }];
    if (depth === 0 && this.depth === 0) this.queryStart = this.steps;
    // Every call past a leaf costs a step, the ones beyond the depth limit too: otherwise variables
    // written from each other fan out unbudgeted and one query returns ~10^5 values.
    if (path.length === 0 || !this.spend() || depth > MAX_STRUCTURE_DEPTH) return leaf;
    const next = (child: TSESTree.Node, childPath: readonly string[], childFrame = frame, used = consumed) =>
      this.findPropertyValues(child, childPath, childFrame, used, depth + 1);
    const [head, ...rest] = path;
    switch (expr.type) {
      case 'ObjectExpression': {
        const found: ValueAt[] = [];
        for (const property of expr.properties) {
          if (property.type === 'SpreadElement') {
            pushAll(found, next(property.argument, path));
            continue;
          }
          const key = this.getKey(property);
          if (!keyMatches(key, head!)) continue;
          // A known key overrides what spreads and earlier writes put there: the last writer wins.
          if (key !== ANY_KEY && head !== ANY_KEY) found.length = 0;
          pushAll(found, next(property.value, rest, frame, consumed + 1));
        }
        return found;
      }
      case 'Identifier':
        return this.findVariableValues(expr, path, frame, consumed, depth) ?? leaf;
      case 'NewExpression': {
        const callee = getUnwrappedExpression(expr.callee);
        if (this.isHeadersClass(callee) && expr.arguments[0]) return next(expr.arguments[0], path);
        if (this.isGlobalLike(callee, 'Request') && expr.arguments[1]) return next(expr.arguments[1], path);
        return leaf;
      }
      case 'CallExpression': {
        const callee = getUnwrappedExpression(expr.callee);
        // A headers builder chain (Angular `new HttpHeaders().set('Authorization', …).set(…)`): each
        // step returns the headers with one more entry.
        if (callee.type === 'MemberExpression' && includes(HEADER_MUTATION_METHODS, getMemberKey(callee)) && expr.arguments.length >= 2) {
          const name = getStaticShape(this.sourceCode, expr.arguments[0]!);
          if (name !== undefined) {
            return keyMatches(name, head!) ? next(expr.arguments[1]!, rest, frame, consumed + 1) : next(callee.object, path);
          }
        }
        if (callee.type === 'MemberExpression' && isGlobalReference(this.sourceCode, callee.object, 'Object') && getMemberKey(callee) === 'assign') {
          return expr.arguments.flatMap((arg) => next(arg, path));
        }
        const lodash = this.getLodashMethod(callee)?.toLowerCase();
        if (lodash !== undefined && LODASH_MERGE_METHODS.some((method) => method.toLowerCase() === lodash)) {
          return expr.arguments.flatMap((arg) => next(arg, path));
        }
        const target = this.getSameFileFunction(callee);
        const callFrame = target && this.pushFrame(target, expr.arguments, frame);
        if (!target || !callFrame) return leaf;
        return getFunctionReturns(this.sourceCode, target).flatMap((returned) => next(returned, path, callFrame));
      }
      case 'ConditionalExpression':
        return [...next(expr.consequent, path), ...next(expr.alternate, path)];
      case 'LogicalExpression':
        return expr.operator === '&&' ? next(expr.right, path) : [...next(expr.left, path), ...next(expr.right, path)];
      case 'AwaitExpression':
        return next(expr.argument, path);
      case 'ThisExpression': {
        const values = getClassMemberValues(this.sourceCode, expr, head!);
        return values.length > 0 ? values.flatMap((value) => next(value, rest, frame, consumed + 1)) : leaf;
      }
      default:
        return leaf;
    }
  }

  /** `Headers`, or a look-alike class imported from a library (`HttpHeaders`, `AxiosHeaders`). */
  private isHeadersClass(callee: TSESTree.Node): boolean {
    if (callee.type !== 'Identifier') return false;
    if (callee.name === 'Headers') return this.isGlobalLike(callee);
    if (!HEADERS_CLASS_NAMES.test(callee.name)) return false;
    const imported = getImportOrigin(this.sourceCode, callee);
    return imported !== undefined && HEADERS_CLASS_NAMES.test(imported.path[imported.path.length - 1] ?? '');
  }

  private findVariableValues(
    identifier: TSESTree.Identifier,
    path: readonly string[],
    frame: Frame | null,
    consumed: number,
    depth: number,
  ): ValueAt[] | undefined {
    const variable = getVariable(this.sourceCode, identifier);
    if (!variable || variable.defs.length !== 1) return undefined;
    const def = variable.defs[0]!;
    const found: ValueAt[] = [];
    const next = (child: TSESTree.Node, childPath: readonly string[], childFrame: Frame | null, used: number) =>
      pushAll(found, this.findPropertyValues(child, childPath, childFrame, used, depth + 1));
    if (def.type === 'Variable' && def.node.init) {
      const pattern = getPatternPath(def.name);
      if (pattern.path.length > 0) return undefined;
      next(def.node.init, path, frame, consumed);
    } else if (def.type === 'Parameter') {
      const fn = def.node as FunctionNode;
      const pattern = getPatternPath(def.name);
      const index = fn.params.indexOf(pattern.top as TSESTree.Parameter);
      let bound: Frame | null = frame;
      while (bound && bound.fn !== fn) bound = bound.parent;
      const arg = bound && pattern.path.length === 0 ? bound.args[index] : undefined;
      if (!arg || arg.type === 'SpreadElement') return undefined;
      next(arg, path, bound!.parent, consumed);
    } else if (def.type !== 'Variable') {
      return undefined;
    }
    for (const ref of variable.references) {
      if (ref.isWrite() && !ref.init && ref.writeExpr && getPatternPath(ref.identifier).path.length === 0) {
        next(ref.writeExpr, path, frame, consumed);
      }
    }
    for (const write of getMemberWrites(this.sourceCode, variable, path)) {
      next(write.value, write.path, frame, consumed + path.length - write.path.length);
    }
    return found;
  }
}
