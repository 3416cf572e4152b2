import { CATALOG_FOLDER_SOURCE, CATALOG_STEM_SOURCE, isLanguageKey } from '../../../copy/catalog-names.js';
import { SAMPLE_FILE_STEM_SOURCE, SAMPLE_FOLDER_SOURCE } from '../../../copy/sample-data-names.js';
import {
  CATALOG_EXTENSIONS,
  EXTRA_CATALOG_FOLDERS,
  OPERATOR_BASENAMES,
  OPERATOR_FOLDERS,
  TOP_LEVEL_OPERATOR_BASENAMES,
} from './data-file-paths.js';

/**
 * - `operator`: developer or operator configuration (CI, deployment, package manifests): no copy.
 * - `catalog`: an i18n catalog: every value is user-facing copy.
 * - `data`: anything else (schemas, connector specs, manifests): the content decides.
 */
export type DataFileRole = 'operator' | 'catalog' | 'data';

const CATALOG_FOLDER = new RegExp(CATALOG_FOLDER_SOURCE, 'i');
const CATALOG_STEM = new RegExp(`^${CATALOG_STEM_SOURCE}$|^translation$`, 'i');
const SAMPLE_FILE = new RegExp(String.raw`${SAMPLE_FILE_STEM_SOURCE}\.(?:json[c5]?|ya?ml|arb|pot?)$|${SAMPLE_FOLDER_SOURCE}`, 'i');

/** Whether a data file holds sample data (fixtures, mocks), whose credential values are dummies. */
export function isSampleDataPath(path: string): boolean {
  return SAMPLE_FILE.test(path);
}

/**
 * A catalog by name: `en.json`, `fr-CA.yml`, `messages.es.json`, `devise.en.yml`, `app_en.arb`,
 * `messages.json`, `strings.json`, or any file in a `locales/`, `i18n/`, `lang/` … folder.
 */
function isCatalogPath(path: string, basename: string): boolean {
  if (CATALOG_FOLDER.test(path) || EXTRA_CATALOG_FOLDERS.test(path)) return true;
  const parts = basename.split('.');
  const extension = parts.pop() ?? '';
  if (CATALOG_EXTENSIONS.has(extension)) return true;
  return parts.some((part) => isLanguageKey(part) || CATALOG_STEM.test(part));
}

/** What a JSON, YAML or gettext file is for, by its path (any separator, any case). */
export function getDataFileRole(path: string): DataFileRole {
  const normalized = path.replace(/\\/g, '/');
  const lower = normalized.toLowerCase();
  const basename = lower.slice(lower.lastIndexOf('/') + 1);
  if (OPERATOR_FOLDERS.test(lower) || OPERATOR_BASENAMES.some((pattern) => pattern.test(basename))) return 'operator';
  if (basename === lower.replace(/^\.\//, '') && TOP_LEVEL_OPERATOR_BASENAMES.test(basename)) return 'operator';
  // Language tags keep their case (`pt_BR`); folders and stems are matched case-insensitively.
  const originalBasename = normalized.slice(normalized.lastIndexOf('/') + 1);
  return isCatalogPath(normalized, originalBasename) ? 'catalog' : 'data';
}
