import type { TSESTree } from '@typescript-eslint/utils';
import type { CallLike, FunctionNode } from './ast-types.js';
import { pushAll } from './collections.js';
import type { FlowAnalysis, Frame, ValueAt } from './flow-analysis.js';
import { getEnclosingFunction, getFunctionReturns } from './get-function-returns.js';
import { getFunctionUses } from './get-function-uses.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { getVariable } from './get-variable.js';
import { isWithin } from './is-within.js';
import { isEmptyOrigin, type Origin } from './origin.js';

/** A place where user input enters the way to a sink, with what it carries. */
export interface InputEntry {
  node: TSESTree.Node;
  origin: Origin;
}

const MAX_CALLER_LEVELS = 3;
const MAX_SITES = 12;
const MAX_ARGUMENTS = 8;

/**
 * Stands for an argument left out when one argument of a call is judged alone. It is made up:
 * no parent, no range (`isWithin` and `getEnclosingFunction` are safe on it).
 */
const ABSENT: TSESTree.Node = Object.freeze({ type: 'Literal', value: null, raw: 'null' }) as unknown as TSESTree.Node;

/** A binding of a same-file function's parameters to the arguments of one call, innermost first. */
interface Binding {
  fn: FunctionNode;
  args: readonly TSESTree.Node[];
  local?: boolean;
}

/**
 * Whether `fn` hands back what `site` makes: a client factory (`(t) => ofetch.create({ … })`,
 * `return new IntercomClient({ token })`, `const c = new Client(…); return c`), a thin request
 * wrapper (`return fetch(url, …)`), or a constructor keeping the client on `this`. Calling such a
 * function is building the client, so its callers' arguments are where the token enters.
 */
function isHandedBack(analysis: FlowAnalysis, fn: FunctionNode, site: TSESTree.Node): boolean {
  let made: TSESTree.Node = site;
  while (made.parent?.type === 'AwaitExpression' || made.parent?.type === 'ChainExpression' || made.parent?.type === 'TSAsExpression') {
    made = made.parent;
  }
  const holder = made.parent;
  if (holder?.type === 'AssignmentExpression' && holder.right === made && holder.left.type === 'MemberExpression') {
    return holder.left.object.type === 'ThisExpression' && fn.parent.type === 'MethodDefinition' && fn.parent.kind === 'constructor';
  }
  const variable =
    holder?.type === 'VariableDeclarator' && holder.init === made && holder.id.type === 'Identifier'
      ? getVariable(analysis.sourceCode, holder.id)
      : undefined;
  return getFunctionReturns(analysis.sourceCode, fn).some((returned) => {
    let expr = getUnwrappedExpression(returned);
    if (expr.type === 'AwaitExpression') expr = getUnwrappedExpression(expr.argument);
    if (expr === site || expr === made) return true;
    return variable !== undefined && variable !== null && expr.type === 'Identifier' && getVariable(analysis.sourceCode, expr) === variable;
  });
}

function toBindings(frame: Frame | null): Binding[] {
  const bindings: Binding[] = [];
  for (let current = frame; current; current = current.parent) bindings.push({ fn: current.fn, args: current.args, local: current.local });
  return bindings;
}

/**
 * Where the user input in a credential enters: the value at the sink when its own function reads
 * it (a route building the client from `req.body`), else the arguments that same-file callers
 * pass in (a helper that builds the client, called from a route with `req.cookies.t`), followed
 * through up to three levels of callers. Each caller argument is judged alone, so a call passing
 * the user's region next to an env token is not blamed.
 *
 * @param at where to report when the value's own function supplies the input
 * @param site the sink (call or assignment); bindings made outside it are callers, not helpers
 */
export function getInputEntries(analysis: FlowAnalysis, value: ValueAt, at: TSESTree.Node, site: TSESTree.Node): InputEntry[] {
  let bindings = toBindings(value.frame);
  // A helper whose URL is a parameter (`api(url, token)`) is judged per caller: that caller is
  // where the input enters, as for any other caller.
  const outer = bindings[bindings.length - 1];
  const callerArgs: (readonly TSESTree.Node[])[] = [];
  if (outer && outer.args.length > 0 && !outer.args.some((arg) => isWithin(arg, site))) {
    bindings = bindings.slice(0, -1);
    callerArgs.push(outer.args);
  }
  const entries = blame(analysis, value, bindings, at, site, 0, outer && callerArgs.length > 0 ? { fn: outer.fn, sites: callerArgs } : undefined);
  if (entries.length > 0) return entries;
  const origin = analysis.originOf(value.node, value.path, value.frame);
  return isEmptyOrigin(origin) ? [] : [{ node: at, origin }];
}

/** Frames for `bindings` (innermost first) on top of `root`, or null when they nest too deep. */
function build(analysis: FlowAnalysis, bindings: readonly Binding[], root: Frame | null): Frame | null | undefined {
  let frame = root;
  for (let index = bindings.length - 1; index >= 0; index--) {
    const binding = bindings[index]!;
    frame = analysis.pushFrame(binding.fn, binding.args, frame, binding.local);
    if (!frame) return undefined;
  }
  return frame;
}

/** The function whose parameters are still free once `bindings` are applied. */
function getFreeFunction(value: ValueAt, bindings: readonly Binding[]): FunctionNode | null {
  const outermost = bindings[bindings.length - 1];
  if (!outermost) return getEnclosingFunction(value.node);
  const arg = outermost.args.find((candidate) => candidate.range !== undefined);
  return arg ? getEnclosingFunction(arg) : null;
}

function blame(
  analysis: FlowAnalysis,
  value: ValueAt,
  bindings: readonly Binding[],
  at: TSESTree.Node,
  site: TSESTree.Node,
  level: number,
  callers?: { fn: FunctionNode; sites: (readonly TSESTree.Node[])[] },
): InputEntry[] {
  let fn: FunctionNode | null;
  let sites: (readonly TSESTree.Node[])[];
  let calls: readonly CallLike[] = [];
  let local: Origin | undefined;
  if (callers) {
    // The caller list is given: the value's own function has nothing local to add.
    fn = callers.fn;
    sites = callers.sites;
  } else {
    fn = getFreeFunction(value, bindings);
    if (!fn || level >= MAX_CALLER_LEVELS || !isHandedBack(analysis, fn, site)) return [];
    calls = getFunctionUses(analysis.sourceCode, fn).callSites.slice(0, MAX_SITES);
    sites = calls.map((call) => call.arguments);
    if (sites.length === 0) return [];
    const root = analysis.pushFrame(fn, [], null, true);
    const frame = root && build(analysis, bindings, root);
    if (frame === undefined || root === null) return [];
    local = analysis.originOf(value.node, value.path, frame);
  }
  const entries: InputEntry[] = [];
  if (local && !isEmptyOrigin(local)) {
    // Read from user input right here (a route's `req.body`): that is where it enters.
    if (local.user !== undefined || local.cli !== undefined) return [{ node: at, origin: local }];
    entries.push({ node: at, origin: local });
  }
  for (const [siteIndex, args] of sites.entries()) {
    const spread = args.findIndex((arg) => arg.type === 'SpreadElement');
    const indexes = spread >= 0 ? [spread] : args.slice(0, MAX_ARGUMENTS).map((_, index) => index);
    for (const index of indexes) {
      const only = spread >= 0 ? args : args.map((arg, at) => (at === index ? arg : ABSENT));
      const next = [...bindings, { fn: fn!, args: only }];
      const frame = build(analysis, next, null);
      if (!frame) continue;
      const origin = analysis.originOf(value.node, value.path, frame);
      if (isEmptyOrigin(origin)) continue;
      const argument = args[index]!;
      const call = calls[siteIndex];
      const further = call ? blame(analysis, value, next, argument, call, level + 1) : [];
      pushAll(entries, further.length > 0 ? further : [{ node: argument, origin }]);
    }
  }
  return entries;
}
