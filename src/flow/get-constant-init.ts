import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getPatternPath } from './get-pattern-path.js';
import { getVariable } from './get-variable.js';

/**
 * The initialiser of a variable that is never reassigned (`const`, or a `let`/`var` written only
 * where it is declared), with the destructuring path from that value down to the identifier.
 */
export function getConstantInit(
  sourceCode: TSESLint.SourceCode,
  identifier: TSESTree.Identifier,
): { node: TSESTree.Expression; path: string[] } | undefined {
  const variable = getVariable(sourceCode, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || !def.node.init) return undefined;
  if (variable!.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  return { node: def.node.init, path: getPatternPath(def.name).path };
}
