// Findings outside ESLint read exactly like the rules' own: the text comes from each rule's
// `meta.messages`, so a message lives once.
import noHardcodedToken from '../../rules/no-hardcoded-token.js';
import noTokenSolicitation from '../../rules/no-token-solicitation.js';
import noUserSuppliedToken from '../../rules/no-user-supplied-token.js';
import type { RuleName } from './types.js';

const MESSAGES: Readonly<Record<RuleName, Readonly<Record<string, string>>>> = {
  'no-hardcoded-token': noHardcodedToken.meta.messages,
  'no-user-supplied-token': noUserSuppliedToken.meta.messages,
  'no-token-solicitation': noTokenSolicitation.meta.messages,
};

/**
 * The message a rule reports for `messageId`, with `{{name}}` placeholders filled from `data`.
 * Callers pass only safe data (masked tokens, source descriptions, credential nouns).
 */
export function getRuleMessage(rule: RuleName, messageId: string, data: Readonly<Record<string, string>> = {}): string {
  const template = MESSAGES[rule][messageId];
  if (template === undefined) throw new Error(`Unknown message id "${messageId}" for rule ${rule}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}
