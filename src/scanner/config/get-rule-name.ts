import { NAMESPACE } from '../../package-meta.js';
import { RULE_NAMES, type RuleName } from '../types.js';

/** The plugin rule `name` refers to, written bare (`no-hardcoded-token`) or namespaced (`intercom-auth/no-hardcoded-token`). */
export function getRuleName(name: string): RuleName | undefined {
  const bare = name.startsWith(`${NAMESPACE}/`) ? name.slice(NAMESPACE.length + 1) : name;
  return (RULE_NAMES as readonly string[]).includes(bare) ? (bare as RuleName) : undefined;
}
