import type { TSESTree } from '@typescript-eslint/utils';

/** Strips wrappers that do not change a value: TS assertions, `!`, optional chains, `(a, b)`. */
export function getUnwrappedExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      case 'SequenceExpression':
        current = current.expressions[current.expressions.length - 1] ?? current;
        if (current.type === 'SequenceExpression') return current;
        break;
      default:
        return current;
    }
  }
}
