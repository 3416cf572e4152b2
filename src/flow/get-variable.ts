import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

/** The variable an identifier refers to, or null for globals that are never declared. */
export function getVariable(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return findVariable(sourceCode.getScope(identifier), identifier);
}

/** Whether an identifier names an undeclared global such as `process`, `localStorage`, `prompt`. */
export function isGlobalReference(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name?: string): node is TSESTree.Identifier {
  if (node.type !== 'Identifier' || (name !== undefined && node.name !== name)) return false;
  const variable = getVariable(sourceCode, node);
  return variable === null || variable.defs.length === 0;
}
