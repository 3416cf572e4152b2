// Whether a JSON/YAML string is user-facing copy, and whether a bare label or a masked example
// token counts there. Mirrors the rule's reading of object literals (`getCopyPosition`): copy keys,
// stored-credential views, technical keys, catalogs, sample data; outside catalogs, only values of
// copy keys are copy (configuration strings are for machines) and bare labels only label fields.
import {
  isCopyName,
  isCredentialValueName,
  isCredentialViewName,
  isFieldOnlyName,
  isTechnicalName,
} from '../../../copy/copy-key-names.js';
import { isOperatorDocument, type DataContainer, type DataLeaf } from './data-tree.js';
import { FIELD_CONTAINER_KEYS, isLabelKey } from './data-key-names.js';
import { KEY_FACT } from './get-key-facts.js';

export interface LeafCopyPosition {
  /** A bare credential noun ("Access token") counts as a field label. */
  allowLabel: boolean;
  /** A masked example token (`dG9rOm••••==`) counts as a placeholder. */
  allowPlaceholder: boolean;
}

export interface FileFacts {
  /** The whole file is a catalog (by path or content). */
  catalog: boolean;
  /** The whole file is sample data (fixtures, mocks). */
  sample: boolean;
}

const LABEL: LeafCopyPosition = { allowLabel: true, allowPlaceholder: true };
const TEXT: LeafCopyPosition = { allowLabel: false, allowPlaceholder: false };

/**
 * An object that defines a field: it has keys only fields have (`type`, `required`, `secret`,
 * `ui:widget`), sits under a credential's name (`apiKey: { … }`) or in a list of fields
 * (`properties`, `fields`, `inputs`, `props`).
 */
function isFieldDefinition(container: DataContainer | undefined): boolean {
  if (!container || container.kind !== 'object') return false;
  if ((container.keyFacts & KEY_FACT.field) !== 0) return true;
  if (isCredentialValueName(container.key)) return true;
  const listKey = container.parent?.key;
  return listKey !== undefined && FIELD_CONTAINER_KEYS.has(listKey);
}

/** Where a string sits as far as copy goes, or null when it is not copy at all. */
export function getLeafCopyPosition(leaf: DataLeaf, file: FileFacts): LeafCopyPosition | null {
  const container = leaf.container;
  if (!container) return file.catalog ? LABEL : null;
  if (container.metadata || leaf.key?.startsWith('@') || isOperatorDocument(container.root)) return null;
  const catalog = file.catalog || container.inCatalog;
  // Catalogs may use `env`, `secrets` or SCREAMING_CASE keys as namespaces.
  if (!catalog && container.operator) return null;
  const key = leaf.key ?? (container.kind === 'array' ? container.copyKey : undefined);
  if (key === undefined) return catalog ? LABEL : null;
  if (isCredentialViewName(key)) return catalog ? LABEL : TEXT;
  if (isCopyName(key)) {
    if (!catalog) return isFieldOnlyName(key) || isLabelKey(key) || isFieldDefinition(container) ? LABEL : TEXT;
    // `{ message, description }` (Chrome, react-intl extractions): the description is a note for translators.
    if (key === 'description' && (container.keyFacts & KEY_FACT.message) !== 0) return null;
    return LABEL;
  }
  if (isTechnicalName(key) || !catalog) return null;
  if (isCredentialValueName(key) && (file.sample || container.sample)) return null;
  return LABEL;
}
