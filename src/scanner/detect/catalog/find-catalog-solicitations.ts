// The copy detector (`no-token-solicitation`) for data files: JSON and YAML i18n catalogs, form and
// credential schemas, connector specs, and gettext .po/.pot catalogs. The same copy core and the
// same facts about keys, catalogs and context as the ESLint rule, so both agree on a string.
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import { hasIntercomFileContext, isMostlyAboutIntercom, mayHoldIntercomCopy } from '../../../copy/has-intercom-file-context.js';
import type { Detection } from '../../types.js';
import { createMentionIndex } from './create-mention-index.js';
import { createDataTreeBuilder } from './data-tree.js';
import { findGettextSolicitations } from './find-gettext-solicitations.js';
import { findTreeSolicitations } from './find-tree-solicitations.js';
import { getDataFileRole, isSampleDataPath } from './get-data-file-role.js';
import { isProseCatalog } from './is-prose-catalog.js';
import { createCopyJudge } from './judge-copy.js';
import { readPropertiesTree } from './read-properties-tree.js';
import { readXmlCatalogTree } from './read-xml-catalog-tree.js';
import { readJsonTree } from './read-json-tree.js';
import { readYamlTree } from './read-yaml-tree.js';

export interface CatalogOptions {
  /** Extra credential nouns, e.g. `["app secret"]`. */
  additionalNouns?: readonly string[];
}

export type CatalogKind = 'json' | 'yaml' | 'gettext' | 'properties' | 'xml-catalog';

/**
 * Copy in a JSON, YAML or gettext file that asks users for their Intercom access token. Never
 * throws: malformed input yields what could be read.
 */
export function findCatalogSolicitations(
  text: string,
  kind: CatalogKind,
  path: string,
  options: CatalogOptions = {},
): Detection[] {
  if (!mayHoldIntercomCopy(text, path)) return [];
  const role = getDataFileRole(path);
  // CI, deployment and package configuration speak to whoever runs the app about their own token.
  if (role === 'operator') return [];
  const additionalNouns = options.additionalNouns ?? [];
  const judge = createCopyJudge(additionalNouns);
  let fileContext: boolean | undefined;

  let detections: Detection[];
  if (kind === 'gettext') {
    detections = findGettextSolicitations(text, judge, () => (fileContext ??= hasIntercomFileContext(text, path)));
  } else {
    // Every key and string of the file is a context scope: count vendor mentions once for all.
    const mentions = createMentionIndex(text);
    const isIntercomFile = () => (fileContext ??= isMostlyAboutIntercom(mentions.total, path));
    const quick = getCopyMatcher(additionalNouns).quick;
    const builder = createDataTreeBuilder((value) => quick.test(value), mentions);
    try {
      if (kind === 'json') readJsonTree(text, builder);
      else if (kind === 'yaml') readYamlTree(text, builder);
      else if (kind === 'properties') readPropertiesTree(text, builder);
      else readXmlCatalogTree(text, builder);
    } catch {
      // Whatever was read before the reader gave up is still judged.
    }
    const tree = builder.finish();
    // Message bundles exist only to hold translations: every value is copy.
    const bundle = kind === 'properties' || kind === 'xml-catalog';
    const file = { catalog: bundle || role === 'catalog' || isProseCatalog(tree.stats), sample: isSampleDataPath(path) };
    detections = findTreeSolicitations(tree, file, judge, isIntercomFile);
  }
  return detections.sort((a, b) => a.start - b.start || a.end - b.end);
}
