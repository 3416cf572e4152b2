import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticStringPieces } from '../src/ast/get-static-string-pieces.js';
import { createRule } from '../src/create-rule.js';
import { findTokens, type TokenMatch } from '../src/tokens/index.js';

type Options = [{ envVariable?: string; allowedFingerprints?: string[] }];
type MessageIds = 'hardcodedToken' | 'splitToken' | 'useEnvironmentVariable';

// Fragments a split token's first piece still contains; cheaper than folding every `+` in a file.
const SPLIT_TOKEN_HINT = /dG9|ZEc5|tok:/;

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
    if (!SPLIT_TOKEN_HINT.test(text) && !text.includes('Basic')) return {};
    const envVariable = options.envVariable ?? 'INTERCOM_ACCESS_TOKEN';
    const allowed = new Set(options.allowedFingerprints);
    const isAllowed = (m: TokenMatch) => allowed.has(m.fingerprint);

    /** Whole tokens anywhere in the text: literals, templates, JSX, comments, regexes. */
    function reportTokensInText(): void {
      for (const match of findTokens(text)) {
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
        // A token inside one piece is reported where that piece is written.
        if (isAllowed(match) || bounds.some(([s, e]) => s <= match.start && match.end <= e)) continue;
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

    const foldHint = SPLIT_TOKEN_HINT.test(text);
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

/** Where and how to swap the literal token for an environment variable, when that is safe. */
function getReplacement(
  node: TSESTree.Node,
  match: TokenMatch,
  expression: string,
): { range: [number, number]; text: string } | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') {
    const [start, end] = node.range;
    const inJsxAttribute = node.parent?.type === 'JSXAttribute';
    if (match.start === start + 1 && match.end === end - 1) {
      return { range: node.range, text: inJsxAttribute ? `{${expression}}` : expression };
    }
    if (inJsxAttribute || node.parent?.type === 'Property' && node.parent.key === node) return undefined;
    // Inside a longer string ('Bearer …'): turn it into a template literal around the variable.
    const raw = node.raw.slice(1, -1);
    const escape = (s: string) => s.replace(/[`]|\$\{/g, (m) => `\\${m}`);
    const before = escape(raw.slice(0, match.start - start - 1));
    const after = escape(raw.slice(match.end - start - 1));
    return { range: node.range, text: `\`${before}\${${expression}}${after}\`` };
  }
  if (node.type === 'TemplateElement') {
    return { range: [match.start, match.end], text: `\${${expression}}` };
  }
  return undefined;
}
