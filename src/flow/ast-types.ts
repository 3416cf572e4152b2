import type { TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** Property path element meaning "any key" (computed access with a dynamic key). */
export const ANY_KEY = '*';
/** Property path element meaning "the result of calling it" (`x.trim()` is `x` › `trim` › `()`). */
export const CALL_KEY = '()';

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === 'FunctionDeclaration' ||
    node?.type === 'FunctionExpression' ||
    node?.type === 'ArrowFunctionExpression'
  );
}

export function isCallLike(node: TSESTree.Node | null | undefined): node is CallLike {
  return node?.type === 'CallExpression' || node?.type === 'NewExpression';
}

/** Whether an object key (as written) matches a path element; header names are case-insensitive. */
export function keyMatches(key: string, element: string): boolean {
  return element === ANY_KEY || key === element || key.toLowerCase() === element.toLowerCase();
}
