import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY } from './ast-types.js';
import { getClassMemberValues } from './get-class-member-values.js';
import { getConstantInit } from './get-constant-init.js';
import { getMemberKey, getPropertyKey } from './get-static-key.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { isGlobalReference } from './get-variable.js';

/** Stands for a part of a string that is only known at run time. */
export const HOLE = '\u0000';

const MAX_DEPTH = 10;

/**
 * The values found by following a constant to the object or array literal it names, then keys
 * into it. A key only known at run time (`HOSTS[region]`) stands for every value of the literal,
 * so a lookup table of hosts yields each of its entries.
 */
function getObjectMembers(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, path: string[], depth: number): TSESTree.Node[] {
  if (depth > MAX_DEPTH) return [];
  const expr = getUnwrappedExpression(node);
  if (path.length === 0) return [expr];
  const [key, ...rest] = path as [string, ...string[]];
  if (expr.type === 'ObjectExpression') {
    if (key === ANY_KEY) {
      return expr.properties.flatMap((property) =>
        property.type === 'Property' && !property.method && property.kind === 'init'
          ? getObjectMembers(sourceCode, property.value, rest, depth + 1)
          : [],
      );
    }
    for (let i = expr.properties.length - 1; i >= 0; i--) {
      const property = expr.properties[i]!;
      if (property.type === 'Property' && getPropertyKey(property) === key) {
        return getObjectMembers(sourceCode, property.value, rest, depth + 1);
      }
    }
    return [];
  }
  if (expr.type === 'ArrayExpression') {
    if (key === ANY_KEY) {
      return expr.elements.flatMap((element) =>
        element && element.type !== 'SpreadElement' ? getObjectMembers(sourceCode, element, rest, depth + 1) : [],
      );
    }
    const element = /^\d+$/.test(key) ? expr.elements[Number(key)] : undefined;
    return element && element.type !== 'SpreadElement' ? getObjectMembers(sourceCode, element, rest, depth + 1) : [];
  }
  if (expr.type === 'MemberExpression') {
    return getObjectMembers(sourceCode, expr.object, [getMemberKey(expr), ...path], depth + 1);
  }
  if (expr.type === 'Identifier') {
    const init = getConstantInit(sourceCode, expr);
    return init ? getObjectMembers(sourceCode, init.node, [...init.path, ...path], depth + 1) : [];
  }
  if (expr.type === 'ThisExpression') {
    const values = getClassMemberValues(sourceCode, expr, key);
    return values.length === 1 ? getObjectMembers(sourceCode, values[0]!, rest, depth + 1) : [];
  }
  return [];
}

function shapeOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = getUnwrappedExpression(node);
  const next = (child: TSESTree.Node) => shapeOf(sourceCode, child, depth + 1);
  const firstShape = (candidates: TSESTree.Node[]) => {
    for (const candidate of candidates) {
      const shape = next(candidate);
      if (shape !== undefined) return shape;
    }
    return undefined;
  };
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? expr.value : undefined;
    case 'TemplateLiteral': {
      let text = '';
      expr.quasis.forEach((quasi, index) => {
        text += quasi.value.cooked ?? quasi.value.raw;
        const part = expr.expressions[index];
        if (part) text += next(part) ?? HOLE;
      });
      return text;
    }
    case 'BinaryExpression': {
      if (expr.operator !== '+') return undefined;
      const left = next(expr.left);
      const right = next(expr.right);
      return left === undefined && right === undefined ? undefined : (left ?? HOLE) + (right ?? HOLE);
    }
    case 'LogicalExpression':
    case 'ConditionalExpression': {
      // `process.env.INTERCOM_URL ?? 'https://api.intercom.io'`: a known branch stands for the value.
      const [a, b] = expr.type === 'LogicalExpression' ? [expr.left, expr.right] : [expr.consequent, expr.alternate];
      return next(a) ?? next(b);
    }
    case 'AwaitExpression':
      return next(expr.argument);
    case 'Identifier': {
      const init = getConstantInit(sourceCode, expr);
      if (!init) return undefined;
      return firstShape(getObjectMembers(sourceCode, init.node, init.path, depth + 1));
    }
    case 'MemberExpression': {
      const key = getMemberKey(expr);
      // `new URL(x).href`, `url.origin`: the URL's own text.
      if (key === 'href' || key === 'origin') return next(expr.object);
      // `HOSTS[region]`: like a conditional, a known entry of the table stands for the value.
      return firstShape(getObjectMembers(sourceCode, expr.object, [key], depth + 1));
    }
    case 'CallExpression': {
      const callee = getUnwrappedExpression(expr.callee);
      if (callee.type === 'MemberExpression' && ['toString', 'trim'].includes(getMemberKey(callee))) {
        return next(callee.object);
      }
      if (callee.type === 'MemberExpression' && getMemberKey(callee) === 'concat') {
        return [callee.object, ...expr.arguments].map((part) => next(part) ?? HOLE).join('');
      }
      if (isGlobalReference(sourceCode, callee, 'String') && expr.arguments[0]) return next(expr.arguments[0]);
      return undefined;
    }
    case 'NewExpression': {
      if (!isGlobalReference(sourceCode, expr.callee) || !['URL', 'Request'].includes(expr.callee.name)) return undefined;
      const [first, base] = expr.arguments;
      const path = first ? next(first) : undefined;
      if (expr.callee.name === 'Request' || !base) return path;
      if (path !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
      const origin = next(base);
      if (origin === undefined) return path;
      return origin.replace(/\/$/, '') + (path === undefined ? HOLE : path.startsWith('/') ? path : `/${path}`);
    }
    default:
      return undefined;
  }
}

/**
 * The text a string expression evaluates to, as far as the file says: constants, template
 * literals, `+`, `concat`, `new URL(path, base)`, object-literal constants and class fields are
 * followed; run-time parts become {@link HOLE}. `undefined` when nothing is known.
 */
export function getStaticShape(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string | undefined {
  return shapeOf(sourceCode, node, 0);
}
