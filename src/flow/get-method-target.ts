import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY, type ClassNode, type FunctionNode, isFunctionNode } from './ast-types.js';
import { pushTo } from './collections.js';
import { getClassMemberValues, getThisClass } from './get-class-member-values.js';
import { getConstantInit } from './get-constant-init.js';
import { getMemberKey, getPropertyKey } from './get-static-key.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { getVariable } from './get-variable.js';
import { walkNodes } from '../ast/walk-nodes.js';

/**
 * The same-file function a method call runs. `certain` when the receiver is known to be an
 * instance of a same-file class (or a same-file object literal); otherwise the method name is
 * unique among the file's classes and object literals and the receiver could be anything.
 */
export interface MethodTarget {
  fn: FunctionNode;
  certain: boolean;
}

/** What a receiver is: a same-file class instance (or the class itself), a same-file object, or not known. */
type Receiver =
  | { kind: 'class'; cls: ClassNode; isStatic: boolean }
  | { kind: 'object'; object: TSESTree.ObjectExpression }
  /** Something else the file does not define (an import, a global, a library call's result). */
  | { kind: 'external' }
  /** Could be anything: an untyped parameter, an injected dependency without a type. */
  | { kind: 'unknown' };

const EXTERNAL: Receiver = { kind: 'external' };
const UNKNOWN: Receiver = { kind: 'unknown' };
const MAX_RECEIVER_DEPTH = 4;
const MAX_SUPER_DEPTH = 3;
const MAX_CHAIN = 2;

interface FileIndex {
  /** Same-file classes by name (declarations and `const X = class …`). */
  classes: Map<string, ClassNode[]>;
  /** Names of same-file interfaces and type aliases (a receiver typed by one may be a same-file class). */
  localTypes: Set<string>;
  /** Same-file methods by name: class methods and function-valued properties, object-literal functions. */
  methods: Map<string, FunctionNode[]>;
  /** Static methods by name (called on the class itself, so never guessed from a name). */
  statics: Map<string, FunctionNode[]>;
  /** Same-file member calls by the function they run (filled on first use). */
  callSites?: Map<FunctionNode, TSESTree.CallExpression[]>;
}

const indexes = new WeakMap<TSESTree.Program, FileIndex>();
const targets = new WeakMap<TSESTree.MemberExpression, MethodTarget | null>();

/**
 * The function a class method runs: undefined for an overload signature or a `declare`d method
 * (`make(t: string): Client;` has no body), so that the implementation is the one found.
 */
function getMethodFunction(method: TSESTree.MethodDefinition): TSESTree.FunctionExpression | undefined {
  return method.kind === 'method' && method.value.type === 'FunctionExpression' ? method.value : undefined;
}

function getIndex(sourceCode: TSESLint.SourceCode): FileIndex {
  let index = indexes.get(sourceCode.ast);
  if (index) return index;
  index = { classes: new Map(), localTypes: new Set(), methods: new Map(), statics: new Map() };
  const { classes, localTypes, methods, statics } = index;
  walkNodes(sourceCode, sourceCode.ast, (node) => {
    switch (node.type) {
      case 'ClassDeclaration':
        if (node.id) pushTo(classes, node.id.name, node);
        break;
      case 'ClassExpression':
        if (node.parent.type === 'VariableDeclarator' && node.parent.id.type === 'Identifier') pushTo(classes, node.parent.id.name, node);
        else if (node.id) pushTo(classes, node.id.name, node);
        break;
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
        localTypes.add(node.id.name);
        break;
      case 'MethodDefinition': {
        const fn = getMethodFunction(node);
        if (fn) pushTo(node.static ? statics : methods, getPropertyKey(node), fn);
        break;
      }
      case 'PropertyDefinition':
        if (node.value && isFunctionNode(node.value)) pushTo(node.static ? statics : methods, getPropertyKey(node), node.value);
        break;
      case 'Property':
        if (node.parent.type === 'ObjectExpression' && isFunctionNode(node.value)) pushTo(methods, getPropertyKey(node), node.value);
        break;
      default:
        break;
    }
  });
  methods.delete(ANY_KEY);
  indexes.set(sourceCode.ast, index);
  return index;
}

/** The same-file class a type annotation names (`svc: IntercomService`), or what kind of thing it names. */
function getAnnotatedReceiver(sourceCode: TSESLint.SourceCode, annotation: TSESTree.TSTypeAnnotation | undefined): Receiver | undefined {
  if (!annotation) return undefined;
  const type = annotation.typeAnnotation;
  if (type.type === 'TSAnyKeyword' || type.type === 'TSUnknownKeyword') return UNKNOWN;
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return EXTERNAL;
  const { classes, localTypes } = getIndex(sourceCode);
  const found = classes.get(type.typeName.name);
  if (found?.length === 1) return { kind: 'class', cls: found[0]!, isStatic: false };
  return found || localTypes.has(type.typeName.name) ? UNKNOWN : EXTERNAL;
}

/** The class a `new` callee or a static receiver names, when it is defined in this file. */
function getNamedClass(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): Receiver {
  const variable = getVariable(sourceCode, identifier);
  if (!variable || variable.defs.length === 0) return EXTERNAL;
  const def = variable.defs[0]!;
  if (def.type === 'ClassName' && (def.node.type === 'ClassDeclaration' || def.node.type === 'ClassExpression')) {
    return { kind: 'class', cls: def.node, isStatic: true };
  }
  const constant = getConstantInit(sourceCode, identifier);
  if (constant?.path.length === 0) {
    const init = getUnwrappedExpression(constant.node);
    if (init.type === 'ClassExpression') return { kind: 'class', cls: init, isStatic: true };
  }
  return def.type === 'ImportBinding' ? EXTERNAL : UNKNOWN;
}

/** The object literal whose method `this` is in (`{ a() { return this.b(); } }`), looking through arrows. */
function getThisObject(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression') continue;
    if (current.type === 'FunctionExpression') {
      const owner = current.parent;
      return owner?.type === 'Property' && owner.value === current && owner.parent.type === 'ObjectExpression' ? owner.parent : undefined;
    }
    if (current.type === 'FunctionDeclaration' || current.type === 'ClassBody' || current.type === 'Program') return undefined;
  }
  return undefined;
}

function getReceiver(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, depth = 0, chain = 0): Receiver {
  if (depth > MAX_RECEIVER_DEPTH) return UNKNOWN;
  const expr = getUnwrappedExpression(node);
  switch (expr.type) {
    case 'ThisExpression': {
      const cls = getThisClass(expr);
      if (cls) return { kind: 'class', cls, isStatic: false };
      const object = getThisObject(expr);
      return object ? { kind: 'object', object } : UNKNOWN;
    }
    case 'AwaitExpression':
      return getReceiver(sourceCode, expr.argument, depth + 1, chain);
    case 'ObjectExpression':
      return { kind: 'object', object: expr };
    case 'NewExpression': {
      const callee = getUnwrappedExpression(expr.callee);
      if (callee.type !== 'Identifier') return EXTERNAL;
      const named = getNamedClass(sourceCode, callee);
      return named.kind === 'class' ? { ...named, isStatic: false } : EXTERNAL;
    }
    case 'Identifier':
      return getIdentifierReceiver(sourceCode, expr, depth, chain);
    case 'MemberExpression': {
      const object = getUnwrappedExpression(expr.object);
      if (object.type === 'ThisExpression') return getFieldReceiver(sourceCode, object, getMemberKey(expr), depth);
      // `deps.intercom.m()`: could be anything unless its root is an import or a global.
      if (chain >= MAX_CHAIN) return EXTERNAL;
      return getReceiver(sourceCode, object, depth + 1, chain + 1).kind === 'unknown' ? UNKNOWN : EXTERNAL;
    }
    default:
      // A call's result, a literal, …: a library value, not a same-file service.
      return EXTERNAL;
  }
}

function getIdentifierReceiver(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier, depth: number, chain: number): Receiver {
  const variable = getVariable(sourceCode, identifier);
  if (!variable || variable.defs.length === 0) return EXTERNAL; // a global
  if (variable.defs.length !== 1) return UNKNOWN;
  const def = variable.defs[0]!;
  switch (def.type) {
    case 'ClassName':
      return getNamedClass(sourceCode, identifier);
    case 'ImportBinding':
      return EXTERNAL;
    case 'Parameter': {
      const annotated = getAnnotatedReceiver(sourceCode, def.name.typeAnnotation);
      if (annotated) return annotated;
      return chain > 0 ? EXTERNAL : UNKNOWN; // `req.cookies.get()` is the request's, not a service's
    }
    case 'Variable': {
      if (def.node.id !== def.name) return UNKNOWN;
      const annotated = getAnnotatedReceiver(sourceCode, def.name.typeAnnotation);
      if (annotated) return annotated;
      const constant = getConstantInit(sourceCode, identifier);
      if (!constant) return UNKNOWN;
      const init = getUnwrappedExpression(constant.node);
      if (init.type === 'ClassExpression') return { kind: 'class', cls: init, isStatic: true };
      return getReceiver(sourceCode, init, depth + 1, chain);
    }
    default:
      return UNKNOWN;
  }
}

/** `this.<key>`: a typed field or constructor parameter property, or what the class stores there. */
function getFieldReceiver(sourceCode: TSESLint.SourceCode, thisNode: TSESTree.ThisExpression, key: string, depth: number): Receiver {
  const cls = getThisClass(thisNode);
  if (!cls) return UNKNOWN;
  for (const element of cls.body.body) {
    if (element.type === 'PropertyDefinition' && !element.static && getPropertyKey(element) === key) {
      const annotated = getAnnotatedReceiver(sourceCode, element.typeAnnotation);
      if (annotated) return annotated;
    }
  }
  let result: Receiver | undefined;
  for (const value of getClassMemberValues(sourceCode, thisNode, key)) {
    // A constructor parameter property (`constructor(private svc: Svc)`) is stored as its binding.
    const receiver =
      value.type === 'Identifier' && value.parent?.type === 'TSParameterProperty'
        ? (getAnnotatedReceiver(sourceCode, value.typeAnnotation) ?? UNKNOWN)
        : getReceiver(sourceCode, value, depth + 1);
    if (receiver.kind === 'class' || receiver.kind === 'object') return receiver;
    if (!result || receiver.kind === 'unknown') result = receiver;
  }
  return result ?? UNKNOWN; // injected or set elsewhere
}

/** The function `name` runs on an instance (or, static, on the class) of `cls`, looking up same-file superclasses. */
function getClassFunction(sourceCode: TSESLint.SourceCode, cls: ClassNode, name: string, isStatic: boolean): FunctionNode | undefined {
  let current: ClassNode | undefined = cls;
  for (let level = 0; current && level <= MAX_SUPER_DEPTH; level++) {
    for (const element of current.body.body) {
      if (element.type !== 'MethodDefinition' && element.type !== 'PropertyDefinition') continue;
      if (element.static !== isStatic || getPropertyKey(element) !== name) continue;
      const method = element.type === 'MethodDefinition' ? getMethodFunction(element) : undefined;
      if (method) return method;
      if (element.type === 'PropertyDefinition' && element.value && isFunctionNode(element.value)) return element.value;
    }
    const superClass: TSESTree.Node | null | undefined = current.superClass && getUnwrappedExpression(current.superClass);
    const parent: Receiver | undefined = superClass?.type === 'Identifier' ? getNamedClass(sourceCode, superClass) : undefined;
    current = parent?.kind === 'class' ? parent.cls : undefined;
  }
  return undefined;
}

function getObjectFunction(object: TSESTree.ObjectExpression, name: string): FunctionNode | undefined {
  for (const property of object.properties) {
    if (property.type === 'Property' && getPropertyKey(property) === name && isFunctionNode(property.value)) return property.value;
  }
  return undefined;
}

function computeTarget(sourceCode: TSESLint.SourceCode, callee: TSESTree.MemberExpression): MethodTarget | null {
  const name = getMemberKey(callee);
  if (name === ANY_KEY) return null;
  const receiver = getReceiver(sourceCode, callee.object);
  if (receiver.kind === 'class') {
    const fn = getClassFunction(sourceCode, receiver.cls, name, receiver.isStatic);
    return fn ? { fn, certain: true } : null;
  }
  if (receiver.kind === 'object') {
    const fn = getObjectFunction(receiver.object, name);
    return fn ? { fn, certain: true } : null;
  }
  if (receiver.kind === 'external') return null;
  // An untyped service (`this.intercom` injected, a parameter): a method name only one same-file
  // class or object defines.
  const candidates = getIndex(sourceCode).methods.get(name);
  return candidates?.length === 1 ? { fn: candidates[0]!, certain: false } : null;
}

/** The same-file method a member callee runs: `this.m`, `this.svc.m`, `svc.m`, `Cls.m`, `obj.m`. */
export function getMethodTarget(sourceCode: TSESLint.SourceCode, callee: TSESTree.MemberExpression): MethodTarget | undefined {
  let target = targets.get(callee);
  if (target === undefined) {
    target = computeTarget(sourceCode, callee);
    targets.set(callee, target);
  }
  return target ?? undefined;
}

/** The same-file member calls (`svc.m(x)`, `this.svc.m(x)`, `obj.m(x)`) that run `fn`. */
export function getMethodCallSites(sourceCode: TSESLint.SourceCode, fn: FunctionNode): readonly TSESTree.CallExpression[] {
  const index = getIndex(sourceCode);
  if (!index.callSites) {
    const callSites = new Map<FunctionNode, TSESTree.CallExpression[]>();
    const guessed = new Map<FunctionNode, TSESTree.CallExpression[]>();
    walkNodes(sourceCode, sourceCode.ast, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = getUnwrappedExpression(node.callee);
      if (callee.type !== 'MemberExpression') return;
      const name = getMemberKey(callee);
      if (!index.methods.has(name) && !index.statics.has(name)) return;
      const target = getMethodTarget(sourceCode, callee);
      if (target) pushTo(target.certain ? callSites : guessed, target.fn, node);
    });
    // Calls on a known receiver first: callers past a work limit are dropped from the end.
    for (const [fn, calls] of guessed) callSites.set(fn, [...(callSites.get(fn) ?? []), ...calls]);
    index.callSites = callSites;
  }
  return index.callSites.get(fn) ?? [];
}
