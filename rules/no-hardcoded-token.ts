import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticStringPieces } from '../src/ast/get-static-string-pieces.js';
import { isModuleOrTypeString } from '../src/ast/is-module-or-type-string.js';
import { createRule } from '../src/create-rule.js';
import { findTokens, mightContainToken, mightContainTokenPiece, type TokenMatch } from '../src/tokens/index.js';

type Options = [{ envVariable?: string; allowedFingerprints?: string[] }];
type MessageIds = 'hardcodedToken' | 'splitToken' | 'useEnvironmentVariable';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Intercom access tokens written into source code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      hardcodedToken:
        'Intercom access token ({{masked}}) is hardcoded. Treat it as leaked: rotate it in the Intercom Developer Hub and load it from the environment or a secret store.',
      splitToken:
        'Intercom access token ({{masked}}) is assembled from string pieces. Treat it as leaked: rotate it in the Intercom Developer Hub and load it from the environment or a secret store.',
      useEnvironmentVariable: 'Read the token from process.env.{{envVariable}} instead.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          envVariable: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
          allowedFingerprints: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ envVariable: 'INTERCOM_ACCESS_TOKEN', allowedFingerprints: [] }],
  create(context, [options]) {
    const { sourceCode } = context;
    const text = sourceCode.text;
    const foldHint = mightContainTokenPiece(text);
    if (!foldHint && !mightContainToken(text)) return {};
    const envVariable = options.envVariable ?? 'INTERCOM_ACCESS_TOKEN';
    const allowed = new Set(options.allowedFingerprints);
    const isAllowed = (m: TokenMatch) => allowed.has(m.fingerprint);

    const textMatches = findTokens(text);

    /** Whole tokens anywhere in the text: literals, templates, JSX, comments, regexes. */
    function reportTokensInText(): void {
      for (const match of textMatches) {
        if (isAllowed(match)) continue;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(match.start), end: sourceCode.getLocFromIndex(match.end) },
          messageId: 'hardcodedToken',
          data: { masked: match.masked },
          suggest: getSuggestion(match),
        });
      }
    }

    function getSuggestion(match: TokenMatch): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (match.encoding !== 'base64' || isInComment(match.start)) return [];
      const node = sourceCode.getNodeByRangeIndex(match.start) as TSESTree.Node | null;
      const replacement = node && getReplacement(node, match, `process.env.${envVariable}`);
      if (!replacement) return [];
      return [
        {
          messageId: 'useEnvironmentVariable',
          data: { envVariable },
          fix: (fixer) => fixer.replaceTextRange(replacement.range, replacement.text),
        },
      ];
    }

    function isInComment(index: number): boolean {
      return sourceCode.getAllComments().some((c) => c.range[0] <= index && index < c.range[1]);
    }

    /** Tokens that only appear once constant pieces are joined: `'dG9rOj…' + '…'`, `${A}${B}`. */
    function checkFoldedString(node: TSESTree.Node): void {
      const pieces = getStaticStringPieces(node, sourceCode);
      if (!pieces || pieces.length < 2) return;
      const folded = pieces.map((p) => p.text).join('');
      const bounds: [number, number][] = [];
      let at = 0;
      for (const piece of pieces) bounds.push([at, (at += piece.text.length)]);
      for (const match of findTokens(folded)) {
        if (isAllowed(match)) continue;
        // A token inside one piece was reported where that piece is written (by the text scan, or
        // by the fold of that piece's own expression), unless it is a Basic credential that
        // needed its neighbour's `Basic ` to be read as one (`'Basic ' + '<user:token>'`).
        const within = bounds.findIndex(([s, e]) => s <= match.start && match.end <= e);
        if (within >= 0 && (match.encoding !== 'basic' || isFoundInText(match, pieces[within]!.node))) continue;
        // Report where the token's pieces are written, once, however often they are joined.
        const used = pieces.filter((_, i) => bounds[i]![0] < match.end && match.start < bounds[i]![1]);
        const first = used[0]!.node;
        const last = used.at(-1)!.node;
        const end = last.range[0] >= first.range[0] ? last.loc.end : first.loc.end;
        const key = `${match.fingerprint}@${first.range[0]}`;
        if (reportedSplits.has(key)) continue;
        reportedSplits.add(key);
        context.report({ loc: { start: first.loc.start, end }, messageId: 'splitToken', data: { masked: match.masked } });
      }
    }
    const reportedSplits = new Set<string>();

    function isFoundInText(match: TokenMatch, node: TSESTree.Node): boolean {
      return textMatches.some((m) => m.fingerprint === match.fingerprint && m.start < node.range[1] && node.range[0] < m.end);
    }

    const isFoldRoot = (node: TSESTree.Node) => {
      const parent = node.parent;
      if (!parent) return true;
      if (parent.type === 'BinaryExpression' && parent.operator === '+') return false;
      return parent.type !== 'TemplateLiteral';
    };

    return {
      Program: reportTokensInText,
      ...(foldHint && {
        'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
          if (isFoldRoot(node)) checkFoldedString(node);
        },
        'TemplateLiteral[expressions.length>0]'(node: TSESTree.TemplateLiteral) {
          if (isFoldRoot(node) && node.parent.type !== 'TaggedTemplateExpression') checkFoldedString(node);
        },
        'CallExpression[callee.property.name=/^(join|concat)$/]'(node: TSESTree.CallExpression) {
          if (isFoldRoot(node)) checkFoldedString(node);
        },
      }),
    };
  },
});

/** Whether a string literal stands where any expression could: not a key, type, module name or directive. */
function isExpressionPosition(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  if (!parent || isModuleOrTypeString(node)) return false;
  switch (parent.type) {
    case 'TSEnumMember': // string enum members must be constants
      return false;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'TSPropertySignature':
    case 'TSAbstractPropertyDefinition':
    case 'AccessorProperty':
      return parent.key !== node || parent.computed;
    case 'ExpressionStatement':
      return parent.directive === undefined;
    default:
      return true;
  }
}

/** Where and how to swap the literal token for an environment variable, when that is safe. */
function getReplacement(
  node: TSESTree.Node,
  match: TokenMatch,
  expression: string,
): { range: [number, number]; text: string } | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') {
    const [start, end] = node.range;
    const inJsxAttribute = node.parent?.type === 'JSXAttribute';
    if (!inJsxAttribute && !isExpressionPosition(node)) return undefined;
    if (match.start === start + 1 && match.end === end - 1) {
      return { range: node.range, text: inJsxAttribute ? `{${expression}}` : expression };
    }
    // Inside a longer string ('Bearer …'): a template literal around the variable. Built from the
    // cooked value, so quotes and escapes of the old literal cannot break the new one.
    const token = node.raw.slice(match.start - start, match.end - start);
    const at = node.value.indexOf(token);
    if (inJsxAttribute || at === -1) return undefined;
    const escape = (text: string) => text.replace(/[\\`]|\$\{/g, (m) => `\\${m}`);
    const before = escape(node.value.slice(0, at));
    const after = escape(node.value.slice(at + token.length));
    return { range: node.range, text: `\`${before}\${${expression}}${after}\`` };
  }
  if (node.type === 'TemplateElement') {
    return { range: [match.start, match.end], text: `\${${expression}}` };
  }
  return undefined;
}
