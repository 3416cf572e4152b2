import { walkNodes } from '../../ast/walk-nodes.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getJsxTagName, getStaticName } from './get-static-name.js';

/**
 * A bare credential noun ("Access token") asks for something only when it labels an input. In a
 * `<dt>`, `<th>`, heading or card title it may just as well name a stored credential on display
 * (`<dt>Access token</dt><dd>••••1234</dd>`). These helpers tell the two apart for JSX.
 */

// Elements that label a field by what they are: `<label>`, `<legend>`, `FormLabel`, `Form.Label`.
const LABEL_ELEMENT = /^(?:label|legend)$|Label$/;
// Elements users type or pick a value in, and forms, which exist to collect what they type.
const INPUT_ELEMENT =
  /^(?:input|textarea|select|form|Form)$|(?:Input|Field|TextArea|Textarea|Select|Combobox|Autocomplete|Editor|Password|Secret)$|^(?:Form\.(?:Item|Field|Control|Input)|FormItem|FormControl|FormField)$/;
// Attributes that make an element an input, or hand what the user typed to the app.
const INPUT_ATTRIBUTE =
  /^(?:contentEditable|onChange|onChangeText|onValueChange|onInput|onSubmit|onFinish|onPaste|defaultValue|htmlFor)$/;
// Calls that wire an input up to a form library: `{...register('token')}`, `getFieldProps`.
const INPUT_BINDING_CALLEES = /^(?:register|getFieldProps|getInputProps|field|useField|useController)$/;

type ScopeNode = TSESTree.Node;

function hasAttribute(element: TSESTree.JSXOpeningElement, pattern: RegExp): boolean {
  return element.attributes.some(
    (attribute) => attribute.type === 'JSXAttribute' && pattern.test(getStaticName(attribute.name) ?? ''),
  );
}

/** `<label>`, `<legend>`, `*Label` components, or any element with `htmlFor`. */
export function isLabelElement(element: TSESTree.JSXElement): boolean {
  const opening = element.openingElement;
  return LABEL_ELEMENT.test(getJsxTagName(opening.name)) || hasAttribute(opening, /^(?:htmlFor|for)$/);
}

/** An element users type a value in: `<input>`, `<TextField>`, `<Form.Item>`, `contentEditable`. */
export function isInputElement(element: TSESTree.JSXOpeningElement): boolean {
  const name = getJsxTagName(element.name).replace(/^\w+:/, '');
  return INPUT_ELEMENT.test(name) || hasAttribute(element, INPUT_ATTRIBUTE);
}

/** Whether a copy attribute (`placeholder`) can only be about typing into its own element. */
export { isFieldOnlyName as isFieldOnlyAttribute } from '../copy-key-names.js';

/**
 * The component a JSX node belongs to: its outermost enclosing function or class (a `.map`
 * callback or render prop is part of the form around it), else its outermost JSX element.
 */
function getComponentScope(node: TSESTree.Node): ScopeNode {
  let scope: ScopeNode = node;
  let jsxRoot: ScopeNode | undefined;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    switch (current.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ClassDeclaration':
      case 'ClassExpression':
        scope = current;
        break;
      case 'JSXElement':
      case 'JSXFragment':
        jsxRoot = current;
        break;
      default:
        break;
    }
  }
  return scope === node ? (jsxRoot ?? node) : scope;
}

export interface InputScopeChecker {
  /** Whether the component or form around `node` has something users type into. */
  hasInput(node: TSESTree.Node): boolean;
}

/** Answers `hasInput` for the nodes of one file, walking each component at most once. */
export function createInputScopeChecker(sourceCode: Readonly<TSESLint.SourceCode>): InputScopeChecker {
  const cache = new WeakMap<ScopeNode, boolean>();

  function containsInput(root: ScopeNode): boolean {
    let found = false;
    walkNodes(sourceCode, root, (node) => {
      if (found) return false;
      if (node.type === 'JSXOpeningElement' && isInputElement(node)) found = true;
      else if (node.type === 'CallExpression') {
        const name = getStaticName(node.callee);
        found = name !== undefined && INPUT_BINDING_CALLEES.test(name);
      }
      return !found;
    });
    return found;
  }

  return {
    hasInput(node) {
      const scope = getComponentScope(node);
      let result = cache.get(scope);
      if (result === undefined) {
        result = containsInput(scope);
        cache.set(scope, result);
      }
      return result;
    },
  };
}
