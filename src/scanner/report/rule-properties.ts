// How each reported rule is classified for code-scanning dashboards. Data only: descriptions
// come from the rules' own metadata (see get-rule-descriptors.ts), except the meta rule's,
// which has no ESLint rule to live in.
import { REPOSITORY_URL } from '../../package-meta.js';
import type { MetaRuleName, ReportedRuleName } from '../types.js';

export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface RuleProperties {
  tags: readonly string[];
  /** How often a report is a true positive (CodeQL's scale; GitHub sorts by it). */
  precision: Precision;
  /** CVSS-like 0.1–10 score as a string, as GitHub code scanning requires. */
  securitySeverity: string;
}

export const RULE_PROPERTIES: Readonly<Record<ReportedRuleName, RuleProperties>> = {
  // Decode-validated token in a file: a leaked credential, critical.
  'no-hardcoded-token': { tags: ['security', 'secrets', 'external/cwe/cwe-798'], precision: 'very-high', securitySeverity: '9.0' },
  // Dataflow from user input into an Intercom call: the app collects other people's tokens.
  'no-user-supplied-token': { tags: ['security', 'oauth', 'credentials'], precision: 'high', securitySeverity: '8.0' },
  // Copy asking for a token: a policy breach found by wording, so less certain.
  'no-token-solicitation': { tags: ['security', 'oauth', 'credentials'], precision: 'medium', securitySeverity: '6.5' },
  // A suppression without a reason hides nothing (the finding still fails the run), so low.
  'invalid-suppression': { tags: ['security', 'suppression'], precision: 'very-high', securitySeverity: '3.0' },
};

export const META_RULE_DOCS: Readonly<Record<MetaRuleName, { description: string; helpUri: string }>> = {
  'invalid-suppression': {
    description: 'Require every inline intercom-auth suppression comment to give a reason and name known rules',
    helpUri: `${REPOSITORY_URL}#inline-suppressions`,
  },
};
