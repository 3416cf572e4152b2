import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../flow/ast-types.js';

/**
 * Visits `root` and its descendants. `visit` returning `false` skips a node's children; with
 * `skipNestedFunctions`, function bodies below the root are not entered.
 */
export function walkNodes(
  sourceCode: Pick<TSESLint.SourceCode, 'visitorKeys'>,
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean | void,
  skipNestedFunctions = false,
): void {
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    if (skipNestedFunctions && node !== root && isFunctionNode(node)) continue;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}
