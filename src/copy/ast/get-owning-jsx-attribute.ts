import type { TSESTree } from '@typescript-eslint/utils';

/** The JSX attribute a string is the value of, through `{…}`, `?:`, `||`, `as` and `+`. */
export function getOwningJsxAttribute(node: TSESTree.Node): TSESTree.JSXAttribute | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case 'JSXAttribute':
        return current;
      case 'JSXExpressionContainer':
      case 'ConditionalExpression':
      case 'LogicalExpression':
      case 'BinaryExpression':
      case 'TemplateLiteral':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'ChainExpression':
        continue;
      default:
        return undefined;
    }
  }
  return undefined;
}
