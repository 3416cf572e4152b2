// Every rule a report may mention, described once from the plugin's own rule metadata so SARIF
// (and anything else that lists rules) cannot drift from the ESLint docs.
import plugin from '../../index.js';
import { getRuleDocsUrl } from '../../package-meta.js';
import { META_RULE_NAMES, RULE_NAMES, type ReportedRuleName } from '../types.js';
import { getRuleId } from './get-rule-id.js';
import { META_RULE_DOCS, RULE_PROPERTIES, type RuleProperties } from './rule-properties.js';

export interface RuleDescriptor extends RuleProperties {
  rule: ReportedRuleName;
  /** `intercom-auth/<rule>`. */
  id: string;
  /** PascalCase, as SARIF's `name` expects: `NoHardcodedToken`. */
  name: string;
  description: string;
  helpUri: string;
  /** The level the rule reports at by default (downgraded findings may be warnings). */
  level: 'error' | 'warning';
}

const toPascalCase = (rule: string): string =>
  rule.replace(/(?:^|-)([a-z0-9])/g, (_whole, first: string) => first.toUpperCase());

function toDescriptor(rule: ReportedRuleName, description: string, helpUri: string, recommended: boolean): RuleDescriptor {
  return {
    rule,
    id: getRuleId(rule),
    name: toPascalCase(rule),
    description,
    helpUri,
    level: recommended ? 'error' : 'warning',
    ...RULE_PROPERTIES[rule],
  };
}

const DESCRIPTORS: readonly RuleDescriptor[] = [
  ...RULE_NAMES.map((rule) => {
    const docs = plugin.rules[rule].meta.docs;
    // Typed optional by typescript-eslint; every rule here has docs (test/meta.test.ts).
    if (!docs) throw new Error(`Rule ${rule} has no docs metadata`);
    return toDescriptor(rule, docs.description, getRuleDocsUrl(rule), docs.recommended);
  }),
  ...META_RULE_NAMES.map((rule) => toDescriptor(rule, META_RULE_DOCS[rule].description, META_RULE_DOCS[rule].helpUri, true)),
];

/** Plugin rules first (in RULE_NAMES order), then meta rules; indexes are stable for SARIF. */
export function getRuleDescriptors(): readonly RuleDescriptor[] {
  return DESCRIPTORS;
}
