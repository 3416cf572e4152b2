import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, isFunctionNode } from './ast-types.js';
import { walkNodes } from '../ast/walk-nodes.js';

const cache = new WeakMap<FunctionNode, TSESTree.Expression[]>();

/** The expressions a function can return (arrow bodies included), not those of nested functions. */
export function getFunctionReturns(sourceCode: TSESLint.SourceCode, fn: FunctionNode): TSESTree.Expression[] {
  let returns = cache.get(fn);
  if (returns) return returns;
  returns = [];
  if (fn.body?.type === 'BlockStatement') {
    const found = returns;
    walkNodes(
      sourceCode,
      fn.body,
      (node) => {
        if (node.type === 'ReturnStatement' && node.argument) found.push(node.argument);
      },
      true,
    );
  } else if (fn.body) {
    returns.push(fn.body);
  }
  cache.set(fn, returns);
  return returns;
}

/** The innermost function containing a node, or null at module level. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}
