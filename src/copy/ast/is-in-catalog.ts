import type { TSESTree } from '@typescript-eslint/utils';
import { CATALOG_FOLDER_SOURCE, CATALOG_STEM_SOURCE, isCatalogName, isLanguageKey } from '../catalog-names.js';
import { getStaticName } from './get-static-name.js';

const CATALOG_CALLEES = /^(?:defineMessages|createI18n|addResourceBundle|addResources|setLocaleMessage|mergeLocaleMessage|registerTranslations|addTranslations)$/;
/** Files that are catalogs by location or name: `locales/en.ts`, `i18n/index.ts`, `messages.ts`. */
const CATALOG_FILE = new RegExp(String.raw`${CATALOG_FOLDER_SOURCE}|(?:^|[\\/.])${CATALOG_STEM_SOURCE}\.[cm]?[jt]sx?$`, 'i');
const MAX_DEPTH = 12;

export function isCatalogFile(filename: string): boolean {
  return CATALOG_FILE.test(filename);
}

/**
 * Whether an object literal is (part of) an i18n catalog: it sits under a key or variable named
 * like one (`messages`, `translations`, `en`, `fr-CA`), or in a `defineMessages`-style call.
 */
export function isInCatalog(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1, current = current.parent) {
    switch (current.type) {
      case 'Property': {
        const key = getStaticName(current.key);
        if (isCatalogName(key) || isLanguageKey(key)) return true;
        break;
      }
      case 'VariableDeclarator': {
        const name = getStaticName(current.id);
        return isCatalogName(name);
      }
      case 'CallExpression': {
        const name = getStaticName(current.callee);
        if (name !== undefined && CATALOG_CALLEES.test(name)) return true;
        break;
      }
      case 'Program':
      case 'ExportDefaultDeclaration':
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return false;
      default:
        break;
    }
  }
  return false;
}
