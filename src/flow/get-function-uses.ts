import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type CallLike, type FunctionNode, isCallLike } from './ast-types.js';
import { getThisClass } from './get-class-member-values.js';
import { getAssignedExportName } from './get-export-name.js';
import { getMethodCallSites } from './get-method-target.js';
import { getMemberKey, getPropertyKey } from './get-static-key.js';
import { walkNodes } from '../ast/walk-nodes.js';

/** How a function is used in its file: who calls it, what it is handed to, how it is exported. */
export interface FunctionUses {
  /** Same-file calls (`f(x)`, `this.f(x)`, `new C(x)` for a constructor). */
  callSites: CallLike[];
  /** Calls that receive it as an argument (`app.post('/x', f)`, `p.then(f)`). */
  callbacks: { call: CallLike; index: number }[];
  /** JSX attributes it is the value of (`onSubmit={f}`). */
  jsxAttributes: string[];
  /** Object keys it is stored under, with the object (`{ handler: f }`). */
  properties: { key: string; object: TSESTree.ObjectExpression }[];
  /** Members it is assigned to (`window.onmessage = f`). */
  assignedMembers: string[];
  /** Names it is exported under (`default` for a default export). */
  exportNames: string[];
  /** Whether code outside the file can call it (exported, or a method of an exported class). */
  exported: boolean;
}

const cache = new WeakMap<FunctionNode, FunctionUses>();
const MAX_ALIAS_DEPTH = 3;

function isExportedDeclaration(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'ExportNamedDeclaration' || node?.type === 'ExportDefaultDeclaration';
}

function getVariableOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): TSESLint.Scope.Variable | undefined {
  return sourceCode.scopeManager?.getDeclaredVariables(node).find((variable) => variable.name === name);
}

function collectUses(sourceCode: TSESLint.SourceCode, fn: FunctionNode): FunctionUses {
  const uses: FunctionUses = {
    callSites: [],
    callbacks: [],
    jsxAttributes: [],
    properties: [],
    assignedMembers: [],
    exportNames: [],
    exported: false,
  };

  const addVariableUses = (variable: TSESLint.Scope.Variable | undefined, depth: number) => {
    for (const ref of variable?.references ?? []) {
      if (!ref.isWrite()) addValueUse(ref.identifier, depth);
    }
  };

  // `node` evaluates to the function (or, at depth > 0, to a wrapper of it such as `asyncHandler(f)`).
  const addValueUse = (node: TSESTree.Node, depth: number): void => {
    const parent = node.parent;
    if (!parent || depth > MAX_ALIAS_DEPTH) return;
    if (isCallLike(parent)) {
      if (parent.callee === node) {
        if (depth === 0) uses.callSites.push(parent);
        return;
      }
      const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
      if (index < 0) return;
      uses.callbacks.push({ call: parent, index });
      // A wrapper (`withAuth(f)`, `useCallback(f, [])`) is used wherever its result is.
      addValueUse(parent, depth + 1);
      return;
    }
    switch (parent.type) {
      case 'ChainExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
        addValueUse(parent, depth);
        return;
      case 'JSXExpressionContainer':
        if (parent.parent.type === 'JSXAttribute') {
          const { name } = parent.parent;
          uses.jsxAttributes.push(name.type === 'JSXIdentifier' ? name.name : name.name.name);
        }
        return;
      case 'Property':
        if (parent.value === node && parent.parent.type === 'ObjectExpression') {
          const key = getPropertyKey(parent);
          uses.properties.push({ key, object: parent.parent });
          const holder = parent.parent.parent;
          if (holder?.type === 'ExportDefaultDeclaration') uses.exportNames.push(key);
          if (holder?.type === 'AssignmentExpression' && getAssignedExportName(holder.left) === 'default') {
            uses.exportNames.push(key);
          }
        }
        return;
      case 'VariableDeclarator':
        if (parent.init === node && parent.id.type === 'Identifier') {
          if (isExportedDeclaration(parent.parent.parent)) uses.exportNames.push(parent.id.name);
          addVariableUses(getVariableOf(sourceCode, parent, parent.id.name), depth);
        }
        return;
      case 'AssignmentExpression':
        if (parent.right === node) {
          const exportName = getAssignedExportName(parent.left);
          if (exportName !== undefined) uses.exportNames.push(exportName);
          else if (parent.left.type === 'MemberExpression') uses.assignedMembers.push(getMemberKey(parent.left));
        }
        return;
      case 'ExportDefaultDeclaration':
        uses.exportNames.push('default');
        return;
      case 'ExportSpecifier':
        uses.exportNames.push(parent.exported.type === 'Identifier' ? parent.exported.name : String(parent.exported.value));
        return;
      default:
        return;
    }
  };

  if (fn.type === 'FunctionDeclaration') {
    if (isExportedDeclaration(fn.parent)) uses.exportNames.push(fn.parent.type === 'ExportDefaultDeclaration' ? 'default' : fn.id!.name);
    if (fn.id) addVariableUses(getVariableOf(sourceCode, fn, fn.id.name), 0);
  } else if (fn.parent.type === 'MethodDefinition') {
    addMethodUses(sourceCode, fn.parent, uses);
  } else {
    addValueUse(fn, 0);
  }
  if (
    fn.parent.type === 'MethodDefinition' ||
    (fn.parent.type === 'PropertyDefinition' && fn.parent.value === fn) ||
    (fn.parent.type === 'Property' && fn.parent.value === fn)
  ) {
    // Method calls through a receiver: `this.svc.m(x)`, `svc.m(x)`, `service.m(x)` of an object literal.
    const known = new Set<TSESTree.Node>(uses.callSites);
    for (const call of getMethodCallSites(sourceCode, fn)) if (!known.has(call)) uses.callSites.push(call);
  }
  uses.exported = uses.exported || uses.exportNames.length > 0;
  return uses;
}

/** Class methods are called as `this.m()`; constructors as `new C()`. */
function addMethodUses(sourceCode: TSESLint.SourceCode, method: TSESTree.MethodDefinition, uses: FunctionUses): void {
  const cls = method.parent.parent;
  const name = getPropertyKey(method);
  uses.exported = isExportedDeclaration(cls.parent);
  if (method.kind === 'constructor') {
    const className = cls.type === 'ClassDeclaration' ? cls.id?.name : undefined;
    // A class declaration declares its name twice (outer scope and class scope): use both.
    const variables = sourceCode.scopeManager?.getDeclaredVariables(cls).filter((variable) => variable.name === className) ?? [];
    for (const ref of variables.flatMap((variable) => variable.references)) {
      const parent = ref.identifier.parent;
      if (parent?.type === 'NewExpression' && parent.callee === ref.identifier) uses.callSites.push(parent);
    }
    return;
  }
  walkNodes(sourceCode, cls.body, (node) => {
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      node.callee.object.type === 'ThisExpression' &&
      getMemberKey(node.callee) === name &&
      getThisClass(node) === cls
    ) {
      uses.callSites.push(node);
    }
  });
}

/** How a function is used in its file (cached per function). */
export function getFunctionUses(sourceCode: TSESLint.SourceCode, fn: FunctionNode): FunctionUses {
  let uses = cache.get(fn);
  if (!uses) {
    uses = collectUses(sourceCode, fn);
    cache.set(fn, uses);
  }
  return uses;
}
