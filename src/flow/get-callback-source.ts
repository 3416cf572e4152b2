import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { keyMatches, type CallLike, type FunctionNode } from './ast-types.js';
import { CALLBACK_SOURCES, type CallbackSource } from './catalogue.js';
import type { FunctionUses } from './get-function-uses.js';
import { getImportOrigin } from './get-import-origin.js';
import { getCalleeName, getMemberKey } from './get-static-key.js';
import { getStaticShape } from './get-static-shape.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { cliOrigin, NO_ORIGIN, type Origin, userOrigin } from './origin.js';

const importedModules = new WeakMap<TSESLint.SourceCode, readonly string[]>();
const REQUIRE_CALL = /\brequire\(\s*(['"`])([^'"`]+)\1\s*\)|\bimport\(\s*(['"`])([^'"`]+)\3\s*\)/g;
const MAX_DOTTED = 6;

/** The module specifiers a file imports (`import … from`, `require(…)`, `import(…)`), cached per file. */
function getImportedModules(sourceCode: TSESLint.SourceCode): readonly string[] {
  let modules = importedModules.get(sourceCode);
  if (!modules) {
    const found = new Set<string>();
    for (const statement of sourceCode.ast.body) {
      if (statement.type === 'ImportDeclaration') found.add(statement.source.value);
    }
    for (const match of sourceCode.text.matchAll(REQUIRE_CALL)) found.add(match[2] ?? match[4]!);
    modules = [...found];
    importedModules.set(sourceCode, modules);
  }
  return modules;
}

/** `m` itself or a subpath of it (`firebase-functions/v2/https` is `firebase-functions`), also via `npm:`. */
function isModule(specifier: string, module: string): boolean {
  const bare = specifier.replace(/^npm:/, '');
  return bare === module || bare.startsWith(`${module}/`) || bare.startsWith(`${module}@`);
}

/** Whether the file imports one of `modules` (or a subpath of one). */
export function importsAny(sourceCode: TSESLint.SourceCode, modules: readonly string[] | undefined): boolean {
  if (!modules) return false;
  return getImportedModules(sourceCode).some((specifier) => modules.some((module) => isModule(specifier, module)));
}

/** `chrome.runtime.onMessage` → that text; undefined past a call or a computed key. */
function getDottedName(node: TSESTree.Node, depth = 0): string | undefined {
  const expr = getUnwrappedExpression(node);
  if (expr.type === 'Identifier') return expr.name;
  if (expr.type === 'ThisExpression') return 'this';
  if (expr.type !== 'MemberExpression' || depth > MAX_DOTTED) return undefined;
  const object = getDottedName(expr.object, depth + 1);
  const key = getCalleeName(expr);
  return object === undefined || key === undefined ? undefined : `${object}.${key}`;
}

/** An event name: `'messageCreate'`, or an enum member's name (`Events.MessageCreate`). */
function getEventName(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  const expr = getUnwrappedExpression(node);
  return getStaticShape(sourceCode, expr) ?? (expr.type === 'MemberExpression' ? getMemberKey(expr) : undefined);
}

function isRegistration(sourceCode: TSESLint.SourceCode, source: CallbackSource, call: CallLike): boolean {
  if (!source.methods || call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return false;
  if (!source.methods.includes(getMemberKey(call.callee))) return false;
  const receiver = source.receiver && getDottedName(call.callee.object);
  const known =
    (receiver !== undefined && source.receiver!.test(receiver)) ||
    importsAny(sourceCode, source.modules) ||
    (!source.receiver && !source.modules);
  if (!known) return false;
  if (!source.events) return true;
  const event = getEventName(sourceCode, call.arguments[0]);
  return event !== undefined && source.events.some((name) => name.toLowerCase() === event.toLowerCase());
}

/** `onCall(handler)` / `functions.https.onCall(handler)`, imported from one of the source's modules. */
function isWrapper(sourceCode: TSESLint.SourceCode, source: CallbackSource, call: CallLike): boolean {
  if (!source.wrappers || !source.modules) return false;
  const origin = getImportOrigin(sourceCode, call.callee);
  const name = origin?.path[origin.path.length - 1];
  return (
    origin !== undefined &&
    name !== undefined &&
    source.wrappers.includes(name) &&
    source.modules.some((module) => isModule(origin.module, module))
  );
}

function getName(param: TSESTree.Node | undefined): string | undefined {
  if (param?.type === 'Identifier') return param.name;
  if (param?.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return undefined;
}

function isHandler(sourceCode: TSESLint.SourceCode, source: CallbackSource, fn: FunctionNode, param: TSESTree.Node, uses: FunctionUses): boolean {
  if (source.named) {
    const own = getName(param);
    const next = getName(fn.params[source.parameter + 1]);
    const named =
      (own !== undefined && source.named.parameter?.test(own) === true) || (next !== undefined && source.named.next?.test(next) === true);
    if (!named) return false;
  }
  const name = getName(param);
  if (name !== undefined && source.paramNames?.test(name)) return true;
  for (const { call } of uses.callbacks) {
    if (isRegistration(sourceCode, source, call)) return true;
    if (!source.wrapperKeys && isWrapper(sourceCode, source, call)) return true;
  }
  if (source.wrapperKeys) {
    for (const { key, object } of uses.properties) {
      const holder = object.parent;
      if (!source.wrapperKeys.includes(key) || holder?.type !== 'CallExpression' || !holder.arguments.includes(object)) continue;
      if (isWrapper(sourceCode, source, holder)) return true;
    }
  }
  if (source.exports && importsAny(sourceCode, source.modules)) {
    if (uses.exportNames.some((exported) => source.exports!.test(exported))) return true;
    if (uses.properties.some(({ key }) => source.exports!.test(key))) return true;
    if (fn.parent.type === 'MethodDefinition' && source.exports.test(getCalleeName(fn.parent.key) ?? '')) return true;
  }
  return false;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => keyMatches(key, path[index]!));
}

/**
 * Origin of `path` read from parameter `index` of `fn`, when a framework calls `fn` with an end
 * user's input (see `CALLBACK_SOURCES`): a Slack command's text, a Discord option, a callable
 * function's data, an extension message.
 */
export function getCallbackSourceOrigin(
  sourceCode: TSESLint.SourceCode,
  fn: FunctionNode,
  index: number,
  param: TSESTree.Node,
  uses: FunctionUses,
  path: readonly string[],
): Origin {
  for (const source of CALLBACK_SOURCES) {
    if (source.parameter !== index || !source.paths.some((prefix) => startsWith(path, prefix))) continue;
    if (isHandler(sourceCode, source, fn, param, uses)) return source.cli ? cliOrigin(source.label) : userOrigin(source.label);
  }
  return NO_ORIGIN;
}
