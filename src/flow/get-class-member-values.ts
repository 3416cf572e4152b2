import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type ClassNode, keyMatches } from './ast-types.js';
import { pushTo } from './collections.js';
import { getMemberKey, getPropertyKey } from './get-static-key.js';
import { walkNodes } from '../ast/walk-nodes.js';

interface ClassMembers {
  /** Values stored on `this`, by key: field initialisers, `this.k = v`, constructor parameter properties. */
  values: Map<string, TSESTree.Node[]>;
  /** Arguments of `this.setState(…)` (React class components). */
  stateUpdates: TSESTree.Node[];
}

const cache = new WeakMap<ClassNode, ClassMembers>();

/**
 * The class whose instance `this` is at a node, looking through arrow functions. Null in a
 * static method, static field or `static { }` block, where `this` is the class itself.
 */
export function getThisClass(node: TSESTree.Node): ClassNode | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'FunctionDeclaration' || current.type === 'StaticBlock') return null;
    if (current.type === 'FunctionExpression') {
      const owner = current.parent;
      if (owner?.type !== 'MethodDefinition' || owner.static) return null;
    }
    if (current.type === 'PropertyDefinition' && current.value === child && current.static) return null;
    if (current.type === 'ClassBody') {
      const owner = current.parent;
      return owner.type === 'ClassDeclaration' || owner.type === 'ClassExpression' ? owner : null;
    }
  }
  return null;
}

function collectMembers(sourceCode: TSESLint.SourceCode, cls: ClassNode): ClassMembers {
  let members = cache.get(cls);
  if (members) return members;
  members = { values: new Map(), stateUpdates: [] };
  const { values, stateUpdates } = members;
  for (const element of cls.body.body) {
    if (element.type === 'PropertyDefinition' && !element.static && element.value) {
      pushTo(values, getPropertyKey(element), element.value);
    } else if (element.type === 'MethodDefinition' && element.kind === 'constructor' && element.value.type === 'FunctionExpression') {
      // Only the implementation: an overload signature (`constructor(t: string);`) has no body.
      for (const param of element.value.params) {
        if (param.type !== 'TSParameterProperty') continue;
        const binding = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (binding.type === 'Identifier') pushTo(values, binding.name, binding);
      }
    }
  }
  walkNodes(sourceCode, cls.body, (node) => {
    if (node !== cls.body && (node.type === 'ClassDeclaration' || node.type === 'ClassExpression')) return false;
    if (
      node.type === 'AssignmentExpression' &&
      ['=', '||=', '&&=', '??='].includes(node.operator) &&
      node.left.type === 'MemberExpression' &&
      node.left.object.type === 'ThisExpression' &&
      getThisClass(node) === cls
    ) {
      pushTo(values, getMemberKey(node.left), node.right);
    }
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      node.callee.object.type === 'ThisExpression' &&
      getMemberKey(node.callee) === 'setState' &&
      node.arguments[0] &&
      getThisClass(node) === cls
    ) {
      stateUpdates.push(node.arguments[0]);
    }
    return true;
  });
  cache.set(cls, members);
  return members;
}

/** What `this.<key>` may hold inside a class (empty when `this` is not a class instance). */
export function getClassMemberValues(sourceCode: TSESLint.SourceCode, thisNode: TSESTree.Node, key: string): TSESTree.Node[] {
  const cls = getThisClass(thisNode);
  if (!cls) return [];
  const result: TSESTree.Node[] = [];
  for (const [name, nodes] of collectMembers(sourceCode, cls).values) {
    if (keyMatches(name, key)) result.push(...nodes);
  }
  return result;
}

/** What React class components pass to `this.setState(…)`: an object or an updater function. */
export function getClassStateUpdates(sourceCode: TSESLint.SourceCode, thisNode: TSESTree.Node): TSESTree.Node[] {
  const cls = getThisClass(thisNode);
  return cls ? collectMembers(sourceCode, cls).stateUpdates : [];
}
