import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberKey } from './get-static-key.js';

function getMemberChain(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') {
    const object = getMemberChain(node.object);
    return object === undefined ? undefined : `${object}.${getMemberKey(node)}`;
  }
  return undefined;
}

/**
 * The CommonJS export an assignment target names: `module.exports`, `exports.default` and
 * `module.exports.default` are `default`; `exports.x` and `module.exports.x` are `x`.
 */
export function getAssignedExportName(left: TSESTree.Node): string | undefined {
  const chain = getMemberChain(left);
  if (chain === 'module.exports' || chain === 'exports.default' || chain === 'module.exports.default') return 'default';
  const match = chain?.match(/^(?:module\.)?exports\.([^.]+)$/);
  return match?.[1];
}
