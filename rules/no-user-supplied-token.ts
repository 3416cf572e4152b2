import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../src/create-rule.js';
import type { SdkSink } from '../src/flow/catalogue.js';
import { FlowAnalysis } from '../src/flow/flow-analysis.js';
import { type TokenSink, TokenSinkFinder } from '../src/flow/find-token-sinks.js';
import { getInputEntries } from '../src/flow/get-input-entries.js';
import { getIntercomMarkers } from '../src/flow/is-intercom-relevant.js';

export interface ExtraSink {
  /** Package name as imported (`'@acme/intercom-wrapper'`). */
  module: string;
  /** Dotted export path from the module (`'Client'`, `'default'`, `'api.connect'`); omit for the module itself. */
  name?: string;
  /** Argument index that carries the credential (default 0). */
  argument?: number;
  /** Dotted property path inside that argument (`'auth.token'`); omit for the argument itself. */
  property?: string;
}

export interface Options {
  strict?: boolean;
  cliSources?: 'report' | 'off';
  extraSinks?: ExtraSink[];
  oauthTokenUrls?: string[];
}

type MessageIds = 'userSuppliedToken' | 'cliSuppliedToken' | 'unknownOriginToken';

function toSdkSink(extra: ExtraSink): SdkSink {
  const split = (dotted: string | undefined) => (dotted ? dotted.split('.').filter((key) => key.length > 0) : []);
  return {
    module: extra.module,
    exportPath: split(extra.name).filter((key) => key !== 'default'),
    positions: [{ argument: extra.argument ?? 0, path: split(extra.property) }],
  };
}

export default createRule<[Options], MessageIds>({
  name: 'no-user-supplied-token',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow calling Intercom with an access token taken from user input (requests, forms, prompts, CLI arguments) instead of OAuth',
      recommended: true,
      strictOptions: [{ strict: true }],
    },
    messages: {
      userSuppliedToken:
        'This Intercom credential comes from user input ({{source}}). Apps must not ask users for their Intercom access token: use Intercom OAuth instead.',
      cliSuppliedToken:
        "This Intercom credential comes from command-line input ({{source}}). Prefer OAuth, or read the operator's own token from the environment.",
      unknownOriginToken:
        'This Intercom credential has an unknown origin ({{source}}). Make sure it comes from OAuth or server configuration, never from the user.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          strict: { type: 'boolean' },
          cliSources: { type: 'string', enum: ['report', 'off'] },
          extraSinks: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                module: { type: 'string', minLength: 1 },
                name: { type: 'string' },
                argument: { type: 'integer', minimum: 0 },
                property: { type: 'string' },
              },
              required: ['module'],
              additionalProperties: false,
            },
          },
          oauthTokenUrls: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ strict: false, cliSources: 'report', extraSinks: [], oauthTokenUrls: [] }],
  create(context, [options]) {
    const extraSinks = (options.extraSinks ?? []).map(toSdkSink);
    const { sourceCode } = context;
    // Bail out before any work on files that mention nothing Intercom-related.
    const markers = getIntercomMarkers(sourceCode.text, extraSinks.map((sink) => sink.module));
    if (!markers.any) return {};

    const analysis = new FlowAnalysis(sourceCode, context.filename, { oauthTokenUrls: options.oauthTokenUrls ?? [] });
    const finder = new TokenSinkFinder(analysis, extraSinks, markers.http);
    const reported = new Set<string>();

    function check(sinks: TokenSink[]): void {
      for (const { reportNode, value, site } of sinks) {
        // Reported where the input enters: the value at the sink, or the argument a same-file
        // caller passes to the helper that builds the client.
        for (const { node, origin } of getInputEntries(analysis, value, reportNode, site)) {
          const key = `${node.range[0]}:${node.range[1]}`;
          if (reported.has(key)) continue;
          let messageId: MessageIds | undefined;
          let source: string | undefined;
          if (origin.user !== undefined) [messageId, source] = ['userSuppliedToken', origin.user];
          else if (origin.cli !== undefined && options.cliSources !== 'off') [messageId, source] = ['cliSuppliedToken', origin.cli];
          else if (origin.unknown !== undefined && options.strict) [messageId, source] = ['unknownOriginToken', origin.unknown];
          if (!messageId) continue;
          reported.add(key);
          context.report({ node, messageId, data: { source } });
        }
      }
    }

    return {
      CallExpression: (node: TSESTree.CallExpression) => check(finder.findAtCall(node)),
      NewExpression: (node: TSESTree.NewExpression) => check(finder.findAtCall(node)),
      AssignmentExpression: (node: TSESTree.AssignmentExpression) => check(finder.findAtAssignment(node)),
    };
  },
});
