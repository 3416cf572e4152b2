import { NAMESPACE } from '../../package-meta.js';
import type { ReportedRuleName } from '../types.js';

/** The id users see and configure: findings carry the bare rule name. */
export function getRuleId(rule: ReportedRuleName): string {
  return `${NAMESPACE}/${rule}`;
}
