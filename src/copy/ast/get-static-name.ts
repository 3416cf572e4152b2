import type { TSESTree } from '@typescript-eslint/utils';

/** The name a key, callee or JSX tag is known by: `label`, `t` in `i18n.t`, `Trans`, `aria-label`. */
export function getStaticName(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'Identifier':
    case 'JSXIdentifier':
    case 'PrivateIdentifier':
      return node.name;
    case 'Literal':
      return typeof node.value === 'string' ? node.value : undefined;
    case 'MemberExpression':
      if (!node.computed) return getStaticName(node.property);
      return node.property.type === 'Literal' ? getStaticName(node.property) : undefined;
    case 'JSXMemberExpression':
      return node.property.name;
    case 'JSXNamespacedName':
      return `${node.namespace.name}:${node.name.name}`;
    case 'ChainExpression':
      return getStaticName(node.expression);
    default:
      return undefined;
  }
}

/** The full name of a JSX tag: `input`, `TextField`, `Form.Item`, `svg:path` (`getStaticName` gives `Item` for `Form.Item`). */
export function getJsxTagName(name: TSESTree.JSXTagNameExpression): string {
  if (name.type === 'JSXMemberExpression') return `${getJsxTagName(name.object)}.${name.property.name}`;
  return getStaticName(name) ?? '';
}

/** The object a method is called on: `console` in `console.warn(...)`. */
export function getCalleeObjectName(callee: TSESTree.Node): string | undefined {
  const target = callee.type === 'ChainExpression' ? callee.expression : callee;
  return target.type === 'MemberExpression' ? getStaticName(target.object) : undefined;
}
