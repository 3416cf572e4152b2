import type { TSESTree } from '@typescript-eslint/utils';

/** The static text of a string expression (literal, template, `+` concatenation); interpolations read as a gap. */
export function getStringText(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? node.value : undefined;
    case 'TemplateLiteral':
      return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
    case 'BinaryExpression':
      if (node.operator !== '+') return undefined;
      return `${getStringText(node.left) ?? ' '}${getStringText(node.right) ?? ' '}`;
    default:
      return undefined;
  }
}
