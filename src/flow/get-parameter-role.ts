import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './ast-types.js';
import {
  API_ROUTE_FILE,
  FORM_CALLBACK_NAMES,
  FORM_SUBMIT_WRAPPERS,
  FORM_DATA_WRAPPERS,
  GRAPHQL_ROOT_TYPES,
  HANDLER_CONTEXT_KEYS,
  HANDLER_EXPORT_NAMES,
  HANDLER_OBJECT_EXPORTS,
  HANDLER_WRAPPERS,
  INPUT_EVENT_TYPES,
  IPC_METHODS,
  IPC_RECEIVERS,
  LAMBDA_EVENT_PARAM_NAMES,
  MESSAGE_EVENT_TYPES,
  NEST_DATA_DECORATORS,
  NEST_REQUEST_DECORATORS,
  OAUTH_STRATEGY_MODULES,
  REQUEST_PARAM_NAMES,
  ROUTE_METHODS,
  RPC_RESOLVER_METHODS,
  SOCKET_LIFECYCLE_EVENTS,
  SOCKET_METHODS,
  SOCKET_RECEIVER_NAMES,
  type SourceLabel,
} from './catalogue.js';
import { getAssignedExportName } from './get-export-name.js';
import type { FunctionUses } from './get-function-uses.js';
import { getImportOrigin } from './get-import-origin.js';
import { getCalleeName, getPropertyKey } from './get-static-key.js';
import { getStaticShape } from './get-static-shape.js';

/** What a parameter receives, judged from how its function is declared, exported and passed around. */
export type ParameterRole =
  /**
   * A request or handler context: members are judged by `getRequestDataOrigin`. `context` marks
   * a framework context object that is not itself the request (Hono `c`: `c.get()` reads
   * middleware variables, not headers).
   */
  | { kind: 'request'; context?: boolean }
  /** A Lambda/Netlify event. */
  | { kind: 'lambda-event' }
  /** Client data as a whole (NestJS `@Body()`, a Server Action argument, submitted form values). */
  | { kind: 'user'; label: SourceLabel }
  /** A `message` event: only `.data` is client data. */
  | { kind: 'message-event' }
  /** An OAuth verify callback: what it receives comes from the token exchange. */
  | { kind: 'oauth' };

const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL)$/i;
const FORM_HANDLER_MEMBERS = /^on(?:submit|input|change|paste)$/;

function getParamName(param: TSESTree.Node): string | undefined {
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  if (param.type === 'TSParameterProperty') return getParamName(param.parameter);
  return undefined;
}

function getDecoratorNames(param: TSESTree.Node): string[] {
  const decorators = (param as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
  return decorators.flatMap(({ expression }) => {
    const callee = expression.type === 'CallExpression' ? expression.callee : expression;
    return callee.type === 'Identifier' ? [callee.name] : [];
  });
}

function hasUseServerDirective(body: readonly TSESTree.Node[]): boolean {
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement' || statement.directive === undefined) return false;
    if (statement.directive === 'use server') return true;
  }
  return false;
}

/** Whether a call registers its function argument as an HTTP route handler or middleware. */
function isRouteRegistration(sourceCode: TSESLint.SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const method = call.callee.type === 'MemberExpression' ? getCalleeName(call.callee) : undefined;
  if (method === undefined || !(ROUTE_METHODS as readonly string[]).includes(method)) return false;
  if (method === 'use' || method === 'createServer' || method === 'addHook') return true;
  // `router.route('/x').post(handler)`
  const receiver = call.callee.type === 'MemberExpression' ? call.callee.object : undefined;
  if (receiver?.type === 'CallExpression' && getCalleeName(receiver.callee) === 'route') return true;
  const first = call.arguments[0];
  if (method === 'on') return first !== undefined && HTTP_METHOD.test(getStaticShape(sourceCode, first) ?? '');
  return call.arguments.length >= 2 && first !== undefined && first.type !== 'ArrowFunctionExpression' && first.type !== 'FunctionExpression';
}

/** A destructured first parameter with a request event's keys: `({ request, locals })`, `({ url, params })`. */
function isDestructuredContext(param: TSESTree.Node): boolean {
  const pattern = param.type === 'AssignmentPattern' ? param.left : param;
  if (pattern.type !== 'ObjectPattern') return false;
  return pattern.properties.some(
    (property) => property.type === 'Property' && (HANDLER_CONTEXT_KEYS as readonly string[]).includes(getPropertyKey(property)),
  );
}

/** The name an object literal is exported under (`export const actions = { … } satisfies Actions`). */
function getObjectExportName(object: TSESTree.ObjectExpression): string | undefined {
  let node: TSESTree.Node = object;
  while (
    node.parent &&
    (node.parent.type === 'TSSatisfiesExpression' || node.parent.type === 'TSAsExpression' || node.parent.type === 'TSNonNullExpression')
  ) {
    node = node.parent;
  }
  const holder = node.parent;
  if (holder?.type === 'ExportDefaultDeclaration') return 'default';
  if (holder?.type === 'VariableDeclarator' && holder.init === node && holder.id.type === 'Identifier') {
    if (holder.parent.parent?.type === 'ExportNamedDeclaration') return holder.id.name;
  }
  if (holder?.type === 'AssignmentExpression' && holder.right === node) return getAssignedExportName(holder.left);
  return undefined;
}

/** Whether a function is a value of an exported handler object (SvelteKit `export const actions = { … }`). */
function isExportedObjectHandler(uses: FunctionUses): boolean {
  return uses.properties.some(({ object }) => {
    const name = getObjectExportName(object);
    return name !== undefined && HANDLER_OBJECT_EXPORTS.test(name);
  });
}

/** The route wrapper a function is handed to: Qwik `routeAction$(fn)`, h3 `defineEventHandler(fn)`. */
function getHandlerWrapper(uses: FunctionUses): string | undefined {
  for (const { call, index } of uses.callbacks) {
    const name = call.callee.type === 'Identifier' ? call.callee.name : undefined;
    if (index === 0 && name !== undefined && (HANDLER_WRAPPERS as readonly string[]).includes(name)) return name;
  }
  return undefined;
}

function isGraphqlResolverMap(object: TSESTree.ObjectExpression): boolean {
  const holder = object.parent;
  return holder?.type === 'Property' && (GRAPHQL_ROOT_TYPES as readonly string[]).includes(getPropertyKey(holder));
}

/**
 * The role of parameter `index` of `fn`, if its context says what it receives: a route handler's
 * request, a NestJS-decorated argument, a Server Action argument, a form callback's values, a
 * `message` listener's event, or an OAuth verify callback's tokens.
 */
export function getParameterRole(
  sourceCode: TSESLint.SourceCode,
  filename: string,
  fn: FunctionNode,
  index: number,
  param: TSESTree.Node,
  uses: FunctionUses,
): ParameterRole | undefined {
  for (const { call } of uses.callbacks) {
    const origin = call.type === 'NewExpression' ? getImportOrigin(sourceCode, call.callee) : undefined;
    if (origin && (OAUTH_STRATEGY_MODULES as readonly string[]).includes(origin.module)) return { kind: 'oauth' };
  }

  for (const decorator of getDecoratorNames(param)) {
    if (Object.hasOwn(NEST_DATA_DECORATORS, decorator)) return { kind: 'user', label: NEST_DATA_DECORATORS[decorator]! };
    if ((NEST_REQUEST_DECORATORS as readonly string[]).includes(decorator)) return { kind: 'request' };
  }

  const body = fn.body?.type === 'BlockStatement' ? fn.body.body : [];
  const program = sourceCode.ast.body;
  if (hasUseServerDirective(body) || (uses.exported && hasUseServerDirective(program))) {
    return { kind: 'user', label: 'server action argument' };
  }

  const name = getParamName(param);
  if (name !== undefined && REQUEST_PARAM_NAMES.test(name)) return { kind: 'request' };

  // Route modules: a function a framework calls with its request event, recognised by how it is
  // exported or wrapped, with the event destructured (`({ request, url, params, cookies })`) or
  // whole. Qwik actions get the submitted form first and the event second.
  const wrapper = getHandlerWrapper(uses);
  if (wrapper !== undefined && (FORM_DATA_WRAPPERS as readonly string[]).includes(wrapper)) {
    if (index === 0) return { kind: 'user', label: 'form input' };
    if (index === 1) return { kind: 'request', context: true };
  }
  const routeFunction = wrapper !== undefined || isExportedObjectHandler(uses);
  if (index === 0 && routeFunction) {
    return name !== undefined && LAMBDA_EVENT_PARAM_NAMES.test(name) ? { kind: 'lambda-event' } : { kind: 'request', context: true };
  }
  if (index === 0 && isDestructuredContext(param) && (uses.exported || uses.properties.some(({ object }) => getObjectExportName(object) !== undefined))) {
    return { kind: 'request', context: true };
  }
  if (index === 0 && name !== undefined && LAMBDA_EVENT_PARAM_NAMES.test(name)) {
    if (uses.callbacks.some(({ call, index: at }) => getCalleeName(call.callee) === 'addEventListener' && at === 1)) {
      return roleOfListener(sourceCode, uses);
    }
    return { kind: 'lambda-event' };
  }

  if (index === 1 && uses.properties.some(({ object }) => isGraphqlResolverMap(object))) {
    return { kind: 'user', label: 'GraphQL argument' };
  }
  const message = getMessageHandlerRole(sourceCode, index, uses);
  if (message) return message;
  if (index !== 0) return undefined;

  const handler: ParameterRole = { kind: 'request', context: true };
  if (uses.exportNames.some((exported) => HANDLER_EXPORT_NAMES.test(exported))) return handler;
  if (uses.exportNames.includes('default') && API_ROUTE_FILE.test(filename.replace(/\\/g, '/'))) return handler;
  for (const { call } of uses.callbacks) {
    if (isRouteRegistration(sourceCode, call)) return handler;
    const method = call.callee.type === 'MemberExpression' ? getCalleeName(call.callee) : undefined;
    if (method !== undefined && (RPC_RESOLVER_METHODS as readonly string[]).includes(method)) return handler;
  }
  for (const { key, object } of uses.properties) {
    const holder = object.parent;
    if (key === 'handler' && holder?.type === 'CallExpression' && getCalleeName(holder.callee) === 'route') return handler;
  }

  if (
    uses.jsxAttributes.some((attribute) => FORM_CALLBACK_NAMES.test(attribute)) ||
    uses.properties.some(({ key }) => FORM_CALLBACK_NAMES.test(key)) ||
    uses.assignedMembers.some((member) => FORM_HANDLER_MEMBERS.test(member)) ||
    uses.callbacks.some(({ call }) => (FORM_SUBMIT_WRAPPERS as readonly string[]).includes(getCalleeName(call.callee) ?? ''))
  ) {
    return { kind: 'user', label: 'form input' };
  }
  if (uses.assignedMembers.includes('onmessage')) return { kind: 'message-event' };
  return roleOfListener(sourceCode, uses);
}

/** Electron `ipcMain.handle('ch', (event, token) => …)`, socket.io `socket.on('msg', data => …)`. */
function getMessageHandlerRole(sourceCode: TSESLint.SourceCode, index: number, uses: FunctionUses): ParameterRole | undefined {
  for (const { call, index: at } of uses.callbacks) {
    if (call.callee.type !== 'MemberExpression' || at !== 1) continue;
    const method = getCalleeName(call.callee);
    const receiver = call.callee.object.type === 'Identifier' ? call.callee.object.name : undefined;
    if (receiver === undefined) continue;
    if ((IPC_RECEIVERS as readonly string[]).includes(receiver) && (IPC_METHODS as readonly string[]).includes(method ?? '')) {
      if (index >= 1) return { kind: 'user', label: 'IPC message' };
    }
    if (SOCKET_RECEIVER_NAMES.test(receiver) && (SOCKET_METHODS as readonly string[]).includes(method ?? '') && call.arguments[0]) {
      const event = getStaticShape(sourceCode, call.arguments[0]);
      if (event !== undefined && !(SOCKET_LIFECYCLE_EVENTS as readonly string[]).includes(event)) {
        return { kind: 'user', label: 'socket message' };
      }
    }
  }
  return undefined;
}

/** `el.addEventListener('input', e => …)`, `window.addEventListener('message', e => …)`. */
function roleOfListener(sourceCode: TSESLint.SourceCode, uses: FunctionUses): ParameterRole | undefined {
  for (const { call, index } of uses.callbacks) {
    if (index !== 1 || getCalleeName(call.callee) !== 'addEventListener' || !call.arguments[0]) continue;
    const type = getStaticShape(sourceCode, call.arguments[0]);
    if (type === undefined) continue;
    if ((INPUT_EVENT_TYPES as readonly string[]).includes(type)) return { kind: 'user', label: 'form input' };
    if ((MESSAGE_EVENT_TYPES as readonly string[]).includes(type)) return { kind: 'message-event' };
  }
  return undefined;
}
