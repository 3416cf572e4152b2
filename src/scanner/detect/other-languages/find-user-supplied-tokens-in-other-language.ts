// `no-user-supplied-token` for Python, Ruby, PHP, Go, the Java family and C#: client data (a
// request field, a handler parameter, a prompt) that reaches an Intercom SDK constructor or the
// Authorization header of a request to the Intercom API, within one function. Best effort and
// precision first: a lexer that keeps comments and strings out of the code, a function tree, and
// a small dataflow over assignments; anything unknown counts as trusted.
import { redactTokens } from '../../../tokens/redact-tokens.js';
import { getRuleMessage } from '../../get-rule-message.js';
import type { Detection } from '../../types.js';
import { findDefinitions } from './find-definitions.js';
import { findFunctionScopes, type ScopeTree } from './find-function-scopes.js';
import { findSinkArguments, type SinkArgument } from './find-sink-arguments.js';
import { getIntercomMarks } from './get-intercom-marks.js';
import { getLineBlocks } from './get-line-blocks.js';
import type { Taint } from './get-parameter-origins.js';
import { getSdkBindings } from './get-sdk-bindings.js';
import { LANGUAGE_CATALOGUES } from './language-catalogue.js';
import { matchBrackets } from './match-brackets.js';
import { readTokens } from './read-tokens.js';
import { TaintAnalysis } from './taint-analysis.js';
import type { OtherLanguage } from './token-list.js';

const MAX_LABEL = 60;

export function findUserSuppliedTokensInOtherLanguage(text: string, kind: OtherLanguage): Detection[] {
  if (!/intercom/i.test(text)) return [];
  const tokens = readTokens(text, kind);
  if (tokens === undefined) return [];
  matchBrackets(tokens);
  const blocks = kind === 'python' || kind === 'ruby' ? getLineBlocks(tokens, kind === 'ruby') : undefined;
  const tree = findFunctionScopes(tokens, kind, blocks);
  const catalogue = LANGUAGE_CATALOGUES[kind];
  const sdk = getSdkBindings(tokens, kind);
  const sinks = findSinkArguments(tokens, kind, catalogue, sdk);
  if (sinks.length === 0) return [];
  const definitions = findDefinitions(tokens, kind, tree);
  const marks = getIntercomMarks(tokens, tree, definitions, sdk.markers);
  const relevant = keepInnermost(sinks.filter((sink) => !sink.http || talksToIntercom(tree, marks, sink.start)));
  if (relevant.length === 0) return [];
  // Only the functions that hold a sink, and those around them, matter.
  const needed = new Set<number>();
  for (const sink of relevant) {
    for (let s = tree.scopeOf[sink.start]!; s >= 0 && !needed.has(s); s = tree.scopes[s]!.parent) needed.add(s);
  }
  const analysis = new TaintAnalysis(tokens, kind, catalogue, tree, definitions.filter((d) => needed.has(d.scope)), blocks);
  const detections: Detection[] = [];
  for (const sink of relevant) {
    const taint = analysis.evaluate(sink.start, sink.end);
    if (taint === undefined) continue;
    const start = tokens.starts[sink.start]!;
    const end = tokens.ends[sink.end - 1]!;
    detections.push(toDetection(text, start, end, taint));
  }
  return detections;
}

/** Whether the function around a token (through the lambdas it sits in) mentions the Intercom API. */
function talksToIntercom(tree: ScopeTree, marks: Int32Array, token: number): boolean {
  let s = tree.scopeOf[token]!;
  while (tree.scopes[s]!.kind === 'lambda') {
    const parent = tree.scopes[s]!.parent;
    if (parent <= 0) break;
    s = parent;
  }
  const scope = tree.scopes[s]!;
  return marks[scope.end]! - marks[scope.start]! > 0;
}

/** One detection per argument: when one sink holds another (`Authorization = new AuthenticationHeaderValue("Bearer", t)`), keep the inner. */
function keepInnermost(sinks: readonly SinkArgument[]): SinkArgument[] {
  const sorted = [...sinks].sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<SinkArgument>();
  const open: SinkArgument[] = [];
  let previous: SinkArgument | undefined;
  for (const sink of sorted) {
    if (previous !== undefined && previous.start === sink.start && previous.end === sink.end) {
      dropped.add(sink);
      continue;
    }
    previous = sink;
    while (open.length > 0 && open[open.length - 1]!.end <= sink.start) open.pop();
    const outer = open[open.length - 1];
    if (outer !== undefined && sink.end <= outer.end) dropped.add(outer);
    open.push(sink);
  }
  return sorted.filter((sink) => !dropped.has(sink));
}

function toDetection(text: string, start: number, end: number, taint: Taint): Detection {
  const messageId = taint.cli ? 'cliSuppliedToken' : 'userSuppliedToken';
  const detection: Detection = {
    rule: 'no-user-supplied-token',
    messageId,
    message: getRuleMessage('no-user-supplied-token', messageId, { source: getLabel(taint.label) }),
    start,
    end,
    key: text.slice(start, end).replace(/\s+/g, ' ').trim(),
  };
  if (taint.cli) detection.downgraded = true;
  return detection;
}

/** A short description of the source: long literals elided, capped, and never a token. */
function getLabel(label: string): string {
  let short = redactTokens(label).replace(/(["'`])[^"'`\n]{33,}?\1/g, '$1…$1');
  if (short.length > MAX_LABEL) short = `${short.slice(0, MAX_LABEL - 1)}…`;
  return short;
}
