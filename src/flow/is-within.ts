import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Whether `node` lies inside `container` in the source. A node made up by the engine (the
 * stand-in for a left-out argument) has no range and is never within anything.
 */
export function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  const inner = node.range as TSESTree.Range | undefined;
  const outer = container.range as TSESTree.Range | undefined;
  return inner !== undefined && outer !== undefined && inner[0] >= outer[0] && inner[1] <= outer[1];
}
