import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { keyMatches } from './ast-types.js';
import { HEADER_MUTATION_METHODS } from './catalogue.js';
import { getMemberKey } from './get-static-key.js';
import { getStaticShape } from './get-static-shape.js';

export interface MemberWrite {
  /** The value written. */
  value: TSESTree.Node;
  /** What is left of the asked path below the written key. */
  path: string[];
}

/** Plain and logical assignments store their right side (`o.k ??= v` may store `v`). */
const ASSIGNING_OPERATORS = new Set(['=', '||=', '&&=', '??=']);

function prefixMatches(keys: readonly string[], path: readonly string[]): boolean {
  return keys.length <= path.length && keys.every((key, index) => keyMatches(key, path[index]!));
}

/**
 * Values stored into an object after it was created: `o.k = v` (also `||=`, `&&=`, `??=`), `o.a.b = v`, `h.set('k', v)` /
 * `h.append('k', v)`, `Object.assign(o, v)`. With an empty path, every write counts (the whole
 * object is asked for); otherwise only writes along the path.
 */
export function getMemberWrites(sourceCode: TSESLint.SourceCode, variable: TSESLint.Scope.Variable, path: readonly string[]): MemberWrite[] {
  const writes: MemberWrite[] = [];
  for (const ref of variable.references) {
    if (ref.isWrite()) continue;
    const identifier = ref.identifier;
    const parent = identifier.parent;
    if (
      parent?.type === 'CallExpression' &&
      parent.arguments[0] === identifier &&
      parent.callee.type === 'MemberExpression' &&
      parent.callee.object.type === 'Identifier' &&
      parent.callee.object.name === 'Object' &&
      getMemberKey(parent.callee) === 'assign'
    ) {
      for (const source of parent.arguments.slice(1)) writes.push({ value: source, path: [...path] });
      continue;
    }
    const keys: string[] = [];
    let node: TSESTree.Node = identifier;
    while (node.parent?.type === 'MemberExpression' && node.parent.object === node) {
      node = node.parent;
      keys.push(getMemberKey(node as TSESTree.MemberExpression));
    }
    if (keys.length === 0) continue;
    const holder = node.parent;
    if (holder?.type === 'AssignmentExpression' && holder.left === node && ASSIGNING_OPERATORS.has(holder.operator)) {
      if (path.length === 0 || prefixMatches(keys, path)) writes.push({ value: holder.right, path: path.slice(keys.length) });
      continue;
    }
    const method = keys[keys.length - 1]!;
    if (
      holder?.type === 'CallExpression' &&
      holder.callee === node &&
      (HEADER_MUTATION_METHODS as readonly string[]).includes(method) &&
      holder.arguments.length >= 2
    ) {
      const target = keys.slice(0, -1);
      const name = getStaticShape(sourceCode, holder.arguments[0]!);
      if (name === undefined) continue;
      const written = [...target, name];
      if (path.length === 0 || prefixMatches(written, path)) {
        writes.push({ value: holder.arguments[1]!, path: path.slice(written.length) });
      }
    }
  }
  return writes;
}
