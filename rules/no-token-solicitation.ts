import type { TSESTree } from '@typescript-eslint/utils';
import { createIntercomContextResolver, type ContextScope } from '../src/copy/ast/create-intercom-context-resolver.js';
import { getCopyPosition } from '../src/copy/ast/get-copy-position.js';
import { getJsxContainerText, getJsxTextContainer, type JsxContainer } from '../src/copy/ast/get-jsx-text-container.js';
import { isCatalogFile, isInCatalog } from '../src/copy/ast/is-in-catalog.js';
import { getCopyMatcher } from '../src/copy/copy-matcher.js';
import { findSolicitationCandidate, type SolicitationKind } from '../src/copy/get-solicitation.js';
import { createRule } from '../src/create-rule.js';

export interface NoTokenSolicitationOptions {
  contextScope?: ContextScope;
  additionalNouns?: string[];
}

type MessageId = SolicitationKind;

// Nothing in a file can be Intercom copy unless the file mentions Intercom somewhere (or shows
// an Intercom-shaped placeholder): one scan of the text lets most files skip all the work.
const FILE_SIGNAL = /intercom|dG9rO/i;

type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/** The static text of a string expression; interpolations read as a gap. */
function getStringText(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? node.value : undefined;
    case 'TemplateLiteral':
      return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
    case 'BinaryExpression':
      if (node.operator !== '+') return undefined;
      return `${getStringText(node.left) ?? ' '}${getStringText(node.right) ?? ' '}`;
    default:
      return undefined;
  }
}

const isConcatenation = (node: TSESTree.Node | undefined): node is TSESTree.BinaryExpression =>
  node?.type === 'BinaryExpression' && node.operator === '+';

export default createRule<[NoTokenSolicitationOptions], MessageId>({
  name: 'no-token-solicitation',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow user-facing copy that asks users for their Intercom access token or API key (apps must use OAuth)',
      recommended: true,
      strictOptions: [{ contextScope: 'file' }],
    },
    schema: [
      {
        type: 'object',
        properties: {
          contextScope: {
            type: 'string',
            enum: ['string', 'component', 'file'],
            description: 'Where Intercom context may come from besides the copy itself.',
          },
          additionalNouns: {
            type: 'array',
            items: { type: 'string', minLength: 2 },
            uniqueItems: true,
            description: 'Extra credential nouns to look for, e.g. "app secret".',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      request:
        'This copy asks users for their Intercom {{subject}}. Intercom forbids apps from asking for access tokens; connect with Intercom OAuth instead.',
      label:
        'This field asks users for their Intercom {{subject}}. Intercom forbids apps from asking for access tokens; connect with Intercom OAuth instead.',
      placeholder:
        'This placeholder ({{subject}}) invites users to paste an Intercom access token. Intercom forbids apps from asking for access tokens; connect with Intercom OAuth instead.',
    },
  },
  defaultOptions: [{ contextScope: 'component', additionalNouns: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const filename = context.filename;
    if (!FILE_SIGNAL.test(sourceCode.text) && !/intercom/i.test(filename)) return {};

    const contextScope = options.contextScope ?? 'component';
    const additionalNouns = options.additionalNouns ?? [];
    const matcher = getCopyMatcher(additionalNouns);
    const catalogFile = isCatalogFile(filename);
    const inCatalog = (node: TSESTree.Node) => catalogFile || isInCatalog(node);
    const resolver = createIntercomContextResolver(sourceCode, filename, contextScope);
    const seenContainers = new WeakSet<JsxContainer>();

    function judge(
      text: string,
      allowLabel: boolean,
      allowPlaceholder: boolean,
      scopeNode: TSESTree.Node,
      reportNode: TSESTree.Node,
    ): void {
      const candidate = findSolicitationCandidate(text, { allowLabel, allowPlaceholder, additionalNouns });
      if (!candidate) return;
      if (!candidate.namesIntercom && !resolver.hasIntercomContext(scopeNode)) return;
      context.report({ node: reportNode, messageId: candidate.kind, data: { subject: candidate.subject } });
    }

    function checkJsxContainer(container: JsxContainer, reportNode: TSESTree.Node): void {
      if (seenContainers.has(container)) return;
      seenContainers.add(container);
      // Page text shows a masked token as a stored credential or as docs about the format; only
      // a field's placeholder/hint offers it as an example of what to type.
      judge(getJsxContainerText(container), true, false, container, reportNode);
    }

    function checkString(node: StringNode): void {
      // A piece of a concatenation is judged with the whole of it.
      if (isConcatenation(node.parent)) return;
      const text = getStringText(node);
      if (text === undefined || !matcher.quick.test(text)) return;
      const position = getCopyPosition(node, inCatalog);
      if (position === 'none') return;
      if (position === 'jsx-child') {
        const container = getJsxTextContainer(node);
        if (container) checkJsxContainer(container, node);
        return;
      }
      judge(text, position === 'label', position === 'label', node, node);
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string') checkString(node);
      },
      TemplateLiteral: checkString,
      'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
        checkString(node);
      },
      JSXText(node) {
        if (!matcher.quick.test(node.value)) return;
        const container = getJsxTextContainer(node);
        if (container) checkJsxContainer(container, node);
      },
    };
  },
});
