// The subpath, not the package index: the index loads every helper module (0.6 s against 0.2 s),
// which every scanner start and every ESLint run would pay.
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { getRuleDocsUrl } from './package-meta.js';

export interface IntercomAuthDocs {
  description: string;
  /** Whether `configs.recommended` enables the rule; the configs are derived from this. */
  recommended: boolean;
  /** Options `configs.strict` passes to the rule, if any. */
  strictOptions?: readonly unknown[];
}

export const createRule = RuleCreator<IntercomAuthDocs>(getRuleDocsUrl);
