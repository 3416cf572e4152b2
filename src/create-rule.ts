import { ESLintUtils } from '@typescript-eslint/utils';
import { getRuleDocsUrl } from './package-meta.js';

export interface IntercomAuthDocs {
  description: string;
  /** Whether `configs.recommended` enables the rule; the configs are derived from this. */
  recommended: boolean;
  /** Options `configs.strict` passes to the rule, if any. */
  strictOptions?: readonly unknown[];
}

export const createRule = ESLintUtils.RuleCreator<IntercomAuthDocs>(getRuleDocsUrl);
