import type { TSESTree } from '@typescript-eslint/utils';
import { createIntercomContextResolver, type ContextScope } from '../src/copy/ast/create-intercom-context-resolver.js';
import { getCopyPosition } from '../src/copy/ast/get-copy-position.js';
import { getJsxContainerText, getJsxTextContainer, type JsxContainer } from '../src/copy/ast/get-jsx-text-container.js';
import { isCatalogFile, isInCatalog } from '../src/copy/ast/is-in-catalog.js';
import { isInSampleData, isSampleDataFile } from '../src/copy/ast/is-sample-data.js';
import {
  createInputScopeChecker,
  isFieldOnlyAttribute,
  isInputElement,
  isLabelElement,
} from '../src/copy/ast/labels-input.js';
import { getMarkupSource, getSegmentNode } from '../src/copy/ast/get-markup-source.js';
import { getOwningJsxAttribute } from '../src/copy/ast/get-owning-jsx-attribute.js';
import { getStaticName } from '../src/copy/ast/get-static-name.js';
import { getStringText } from '../src/copy/ast/get-string-text.js';
import { getCopyMatcher } from '../src/copy/copy-matcher.js';
import { findSolicitationCandidate, type SolicitationKind } from '../src/copy/get-solicitation.js';
import { findMarkupSolicitations } from '../src/copy/find-markup-solicitations.js';
import { mayHoldSolicitation } from '../src/copy/may-hold-solicitation.js';
import { containsMarkup, type MarkupPiece } from '../src/copy/read-markup.js';
import { createRule } from '../src/create-rule.js';

export interface NoTokenSolicitationOptions {
  contextScope?: ContextScope;
  additionalNouns?: string[];
}

type MessageId = SolicitationKind;

// Nothing in a file can be Intercom copy unless the file mentions Intercom somewhere (or shows
// an Intercom-shaped placeholder): one scan of the text lets most files skip all the work.

type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

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
    const additionalNouns = options.additionalNouns ?? [];
    if (!mayHoldSolicitation(sourceCode.text, filename, additionalNouns)) return {};

    const contextScope = options.contextScope ?? 'component';
    const matcher = getCopyMatcher(additionalNouns);
    const catalogFile = isCatalogFile(filename);
    const inCatalog = (node: TSESTree.Node) => catalogFile || isInCatalog(node);
    const sampleFile = isSampleDataFile(filename);
    const positionContext = {
      isInCatalog: inCatalog,
      isSampleData: (node: TSESTree.Node) => sampleFile || isInSampleData(node),
    };
    const inputs = createInputScopeChecker(sourceCode);
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
      // a field's placeholder/hint offers it as an example of what to type. A bare noun in page
      // text ("<dt>Access token</dt>") labels a field only in a <label> or next to an input;
      // otherwise it may name a stored credential on display.
      const labelsInput = container.type === 'JSXElement' && isLabelElement(container);
      judge(getJsxContainerText(container), labelsInput || inputs.hasInput(container), false, container, reportNode);
    }

    function hasMarkupContext(piece: MarkupPiece, node: TSESTree.Node): boolean {
      // Nearest scope first, as for JSX: the elements around the piece, then the code around the string.
      if (contextScope === 'component' && piece.context !== 'none') return piece.context === 'intercom';
      return resolver.hasIntercomContext(node);
    }

    /**
     * A string that holds markup (`<label>…</label><input …>`, `innerHTML`, Lit/Vue/Angular
     * templates, `$('<input placeholder="…">')`) is read as a page: each text node and copy
     * attribute is judged on its own, bare labels only where they label an input.
     */
    function checkMarkup(node: StringNode): void {
      const { markup, segments } = getMarkupSource(node);
      const found = findMarkupSolicitations(markup, {
        additionalNouns,
        hasIntercomContext: (piece) => hasMarkupContext(piece, node),
      });
      for (const { piece, candidate } of found) {
        // Reported on the literal or template holding the copy, as other strings are.
        context.report({
          node: getSegmentNode(segments, piece.start, node),
          messageId: candidate.kind,
          data: { subject: candidate.subject },
        });
      }
    }

    function checkString(node: StringNode): void {
      // A piece of a concatenation is judged with the whole of it.
      if (isConcatenation(node.parent)) return;
      const text = getStringText(node);
      if (text === undefined || !matcher.quick.test(text)) return;
      const position = getCopyPosition(node, positionContext);
      if (position === 'jsx-child') {
        const container = getJsxTextContainer(node);
        if (container) checkJsxContainer(container, node);
        return;
      }
      if (containsMarkup(text)) {
        // Markup is shown to users wherever it goes, even through `.trim()` or `.replace(…)`.
        const isReceiver = node.parent?.type === 'MemberExpression' && node.parent.object === node;
        if (position !== 'none' || isReceiver) checkMarkup(node);
        return;
      }
      if (position === 'none') return;
      let asField = position === 'label';
      const attribute = asField ? getOwningJsxAttribute(node) : undefined;
      if (attribute && attribute.parent.type === 'JSXOpeningElement') {
        // A bare noun or masked token in a copy attribute counts when it is about typing into a
        // field: a placeholder, any copy on an input or label, or copy in a component with an
        // input. `<Stat title="Access token" value={masked} />` on a status card shows a token.
        const element = attribute.parent;
        asField =
          isFieldOnlyAttribute(getStaticName(attribute.name)) ||
          isInputElement(element) ||
          isLabelElement(element.parent) ||
          inputs.hasInput(element);
      }
      judge(text, asField, asField, node, node);
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
