import type { TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY } from './ast-types.js';
import { getPropertyKey } from './get-static-key.js';

export interface PatternPath {
  /** The outermost pattern node (a declarator id, a parameter, an assignment target). */
  top: TSESTree.Node;
  /** Keys from the bound value down to the identifier: `const { a: [, b] } = v` → `['a', '1']`. */
  path: string[];
  /** Default values met on the way, each with the path still to apply below it. */
  defaults: { value: TSESTree.Expression; path: string[] }[];
}

/** Locates an identifier inside a destructuring pattern. */
export function getPatternPath(identifier: TSESTree.Node): PatternPath {
  const path: string[] = [];
  const defaults: PatternPath['defaults'] = [];
  let node: TSESTree.Node = identifier;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) break;
    if (parent.type === 'Property' && parent.value === node && parent.parent.type === 'ObjectPattern') {
      path.unshift(getPropertyKey(parent));
      node = parent.parent;
    } else if (parent.type === 'ArrayPattern') {
      const index = parent.elements.indexOf(node as TSESTree.DestructuringPattern);
      path.unshift(index >= 0 ? String(index) : ANY_KEY);
      node = parent;
    } else if (parent.type === 'AssignmentPattern' && parent.left === node) {
      defaults.push({ value: parent.right, path: [...path] });
      node = parent;
    } else if (parent.type === 'RestElement' || parent.type === 'TSParameterProperty') {
      node = parent;
    } else {
      break;
    }
  }
  return { top: node, path, defaults };
}
