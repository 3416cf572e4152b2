import type { TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY } from './ast-types.js';

function getLiteralKey(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return String(node.value);
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Key of an object property or pattern property; `*` when it is computed from a runtime value. */
export function getPropertyKey(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string {
  const { key } = property;
  if (!property.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  return getLiteralKey(key) ?? ANY_KEY;
}

/** Name accessed by a member expression; `*` when the key is a runtime value. */
export function getMemberKey(member: TSESTree.MemberExpression): string {
  if (!member.computed) {
    return member.property.type === 'PrivateIdentifier' ? `#${member.property.name}` : (member.property as TSESTree.Identifier).name;
  }
  return getLiteralKey(member.property) ?? ANY_KEY;
}

/** Name of a called method (`a.b()` → `b`), or of a called identifier (`b()` → `b`). */
export function getCalleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') {
    const key = getMemberKey(callee);
    return key === ANY_KEY ? undefined : key;
  }
  return undefined;
}
