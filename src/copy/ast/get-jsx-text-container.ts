import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticName } from './get-static-name.js';

export type JsxContainer = TSESTree.JSXElement | TSESTree.JSXFragment;

// Elements that style words inside a sentence rather than start a new block of text.
const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'Link', 'Code', 'Strong', 'Em', 'B', 'Bold', 'Kbd', 'Mark', 'Highlight', 'Anchor', 'ExternalLink',
]);

function isInlineElement(node: TSESTree.Node): node is TSESTree.JSXElement {
  if (node.type !== 'JSXElement') return false;
  const name = getStaticName(node.openingElement.name);
  return name !== undefined && INLINE_ELEMENTS.has(name);
}

/**
 * The element whose text reads as one piece with this JSX child: the nearest ancestor that is
 * not an inline element, so `<label>Paste your <b>Intercom</b> access token</label>` is judged
 * as one sentence.
 */
export function getJsxTextContainer(child: TSESTree.Node): JsxContainer | undefined {
  let container = child.parent;
  if (container?.type === 'JSXExpressionContainer') container = container.parent;
  if (container?.type !== 'JSXElement' && container?.type !== 'JSXFragment') return undefined;
  while (isInlineElement(container) && (container.parent.type === 'JSXElement' || container.parent.type === 'JSXFragment')) {
    container = container.parent;
  }
  return container;
}

/**
 * The text a container shows, inline children included. Block children become line breaks
 * (separate sentences); JSX line breaks are only whitespace, as React renders them.
 */
export function getJsxContainerText(container: JsxContainer): string {
  let text = '';
  for (const child of container.children) {
    if (child.type === 'JSXText') {
      text += child.value.replace(/(?<!\s)\s*\n\s*/g, ' ');
    } else if (child.type === 'JSXExpressionContainer') {
      const expression = child.expression;
      if (expression.type === 'Literal' && typeof expression.value === 'string') text += expression.value;
      else if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
        text += expression.quasis[0]?.value.cooked ?? '';
      } else text += ' ';
    } else if (child.type === 'JSXFragment' || isInlineElement(child)) {
      text += getJsxContainerText(child);
    } else {
      text += '\n';
    }
  }
  return text;
}
