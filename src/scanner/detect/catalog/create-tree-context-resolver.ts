// "Is this copy about Intercom?" for the strings of a JSON/YAML file, as the rule answers it for
// object literals: the string's own key, then each enclosing object or array (its own keys and
// values) and the key it sits under, innermost first; the first scope that names any vendor
// decides. When none does, the file as a whole. Each container's answer is memoised, so a file
// costs time linear in its size however deeply it nests.
import { getContextVerdict, type ContextVerdict } from '../../../copy/has-intercom-context.js';
import type { DataContainer, DataLeaf } from './data-tree.js';

type Resolved = NonNullable<DataContainer['context']>;

const toResolved = (verdict: ContextVerdict): Resolved => (verdict === 'intercom' ? 'intercom' : 'other');

/** Resolves containers outwards until one has an answer, then records it on every container passed. */
function resolveContainer(container: DataContainer | undefined): Resolved {
  const passed: DataContainer[] = [];
  let result: Resolved = 'unknown';
  for (let current = container; current; current = current.parent) {
    if (current.context !== undefined) {
      result = current.context;
      break;
    }
    passed.push(current);
    const own = getContextVerdict({ intercom: current.intercom, other: current.other });
    if (own !== 'none') {
      result = toResolved(own);
      break;
    }
    if (current.keyContext !== 'none') {
      result = toResolved(current.keyContext);
      break;
    }
  }
  for (const scope of passed) scope.context = result;
  return result;
}

export interface TreeContextResolver {
  hasIntercomContext(leaf: DataLeaf): boolean;
}

export function createTreeContextResolver(isIntercomFile: () => boolean): TreeContextResolver {
  return {
    hasIntercomContext(leaf) {
      if (leaf.keyContext !== 'none') return leaf.keyContext === 'intercom';
      const resolved = resolveContainer(leaf.container);
      return resolved === 'unknown' ? isIntercomFile() : resolved === 'intercom';
    },
  };
}
