import type { TSESTree } from '@typescript-eslint/utils';

// Parents under which a string literal names a module, a type or an enum member rather than
// being a value: no suggestion can replace it with an expression, and no user ever reads it.
const MODULE_OR_TYPE_PARENTS = new Set<string>([
  'ImportDeclaration',
  'ExportAllDeclaration',
  'ExportNamedDeclaration',
  'ImportExpression',
  'ImportAttribute',
  'TSLiteralType',
  'TSExternalModuleReference',
  'TSImportType',
  'TSModuleDeclaration',
]);

/** Whether a string literal is a module specifier, a literal type or a module/enum name. */
export function isModuleOrTypeString(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'TSEnumMember') return parent.id === node;
  return MODULE_OR_TYPE_PARENTS.has(parent.type);
}
