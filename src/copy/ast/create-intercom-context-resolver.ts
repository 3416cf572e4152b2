import { walkNodes } from '../../ast/walk-nodes.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { countVendorMentions, type VendorMentions } from '../find-vendor-mentions.js';
import { hasIntercomFileContext } from '../has-intercom-file-context.js';
import { getContextVerdict, type ContextVerdict } from '../has-intercom-context.js';
import { getStaticName } from './get-static-name.js';

/**
 * How far the rule looks for Intercom context:
 * - `string`: only copy that names Intercom itself;
 * - `component`: the enclosing objects, JSX elements, calls, functions and classes, nearest
 *   first, then the file when it is mostly about Intercom;
 * - `file`: any mention of Intercom anywhere in the file.
 */
export type ContextScope = 'string' | 'component' | 'file';

export interface IntercomContextResolver {
  /** Whether the scope around `node` makes its copy about Intercom. */
  hasIntercomContext(node: TSESTree.Node): boolean;
}

// A function or element this large is a module wrapper or a page, not one component or form;
// measuring it would cost a walk over most of the file and say little.
const MAX_DEEP_SCOPE_LENGTH = 20_000;

function addMentions(total: VendorMentions, text: string | undefined): void {
  if (text === undefined || text.length === 0) return;
  const mentions = countVendorMentions(text);
  total.intercom += mentions.intercom;
  total.other += mentions.other;
}

/** Strings and names that belong to a node itself, not to nested scopes. */
function addOwnText(total: VendorMentions, node: TSESTree.Node | null | undefined): void {
  if (!node) return;
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'MemberExpression':
      addMentions(total, getStaticName(node));
      break;
    case 'TemplateLiteral':
      for (const quasi of node.quasis) addMentions(total, quasi.value.cooked ?? undefined);
      break;
    case 'ObjectExpression':
      for (const property of node.properties) {
        if (property.type !== 'Property') continue;
        addOwnText(total, property.key);
        if (property.value.type !== 'ObjectExpression' && property.value.type !== 'ArrayExpression') {
          addOwnText(total, property.value);
        }
      }
      break;
    default:
      break;
  }
}

/** The name a function or class is known by: its id, or the variable/key it is assigned to. */
function getDeclaredName(node: TSESTree.Node): string | undefined {
  if ('id' in node && node.id && node.id.type === 'Identifier') return node.id.name;
  const parent = node.parent;
  if (parent?.type === 'VariableDeclarator') return getStaticName(parent.id);
  if (parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') {
    return getStaticName(parent.key);
  }
  return undefined;
}

/**
 * Answers "is this copy about Intercom?" for the nodes of one file, walking scopes from the
 * string outwards. Every scope is measured at most once per file.
 */
export function createIntercomContextResolver(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  scope: ContextScope,
): IntercomContextResolver {
  const verdicts = new WeakMap<TSESTree.Node, ContextVerdict>();

  function addDeepText(total: VendorMentions, root: TSESTree.Node): void {
    walkNodes(sourceCode, root, (node) => {
      switch (node.type) {
        case 'Literal':
          if (typeof node.value === 'string') addMentions(total, node.value);
          return false;
        case 'TemplateElement':
          addMentions(total, node.value.cooked ?? undefined);
          return false;
        case 'JSXText':
          addMentions(total, node.value);
          return false;
        case 'Identifier':
        case 'JSXIdentifier':
        case 'PrivateIdentifier':
          addMentions(total, node.name);
          return false;
        default:
          return true;
      }
    });
  }

  function measure(node: TSESTree.Node): ContextVerdict {
    const total: VendorMentions = { intercom: 0, other: 0 };
    switch (node.type) {
      case 'ObjectExpression':
        addOwnText(total, node);
        break;
      case 'ArrayExpression':
        // Sibling fields of one form or schema share its context.
        for (const element of node.elements) if (element) addOwnText(total, element);
        break;
      case 'Property':
        addOwnText(total, node.key);
        break;
      case 'VariableDeclarator':
        addOwnText(total, node.id);
        break;
      case 'CallExpression':
      case 'NewExpression':
        addOwnText(total, node.callee);
        for (const argument of node.arguments) {
          if (argument.type === 'Literal' || argument.type === 'TemplateLiteral') addOwnText(total, argument);
        }
        break;
      case 'JSXElement':
      case 'JSXFragment':
      case 'ClassDeclaration':
      case 'ClassExpression':
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        addMentions(total, getDeclaredName(node));
        if (node.range[1] - node.range[0] <= MAX_DEEP_SCOPE_LENGTH) addDeepText(total, node);
        break;
      default:
        return 'none';
    }
    return getContextVerdict(total);
  }

  function getVerdict(node: TSESTree.Node): ContextVerdict {
    let verdict = verdicts.get(node);
    if (verdict === undefined) {
      verdict = measure(node);
      verdicts.set(node, verdict);
    }
    return verdict;
  }

  let fileContext: boolean | undefined;
  function isIntercomFile(): boolean {
    if (fileContext !== undefined) return fileContext;
    const basename = filename.split(/[\\/]/).pop() ?? '';
    if (scope === 'file') {
      fileContext = /intercom/i.test(sourceCode.text) || /intercom/i.test(basename);
      return fileContext;
    }
    // Mostly about Intercom: its name clearly outnumbers every other vendor's. One pass over the
    // raw text (comments included) is far cheaper than walking the tree.
    fileContext = hasIntercomFileContext(sourceCode.text, filename);
    return fileContext;
  }

  return {
    hasIntercomContext(node) {
      if (scope === 'string') return false;
      if (scope === 'component') {
        for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
          const verdict = getVerdict(current);
          if (verdict === 'intercom') return true;
          if (verdict !== 'none') return false;
        }
      }
      return isIntercomFile();
    },
  };
}
