import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticName } from './get-static-name.js';

// Names that hold translations or UI strings: `messages`, `enTranslations`, `i18n`, `labels`.
const CATALOG_NAME = /(?:messages|translations?|i18n|locales?|strings|texts|labels|dictionary|lang|resources|localization|copy)$/i;
const LANGUAGE_KEY = /^(?:en|es|pt|fr|de|it|nl|ja|zh|ko|ru|pl|sv|da|fi|nb|no|tr|cs|uk|ar|he|hi|id|vi|th)(?:[-_][A-Za-z]{2,4})?$/;
const CATALOG_CALLEES = /^(?:defineMessages|createI18n|addResourceBundle|addResources|setLocaleMessage|mergeLocaleMessage|registerTranslations|addTranslations)$/;
/** Files that are catalogs by location or name: `locales/en.ts`, `i18n/index.ts`, `messages.ts`. */
const CATALOG_FILE =
  /(?:^|[\\/])(?:locales?|i18n|lang|langs|translations?|messages|l10n)[\\/]|(?:^|[\\/.])(?:i18n|locales?|translations?|messages|strings)\.[cm]?[jt]sx?$/i;
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
        if (key !== undefined && (CATALOG_NAME.test(key) || LANGUAGE_KEY.test(key))) return true;
        break;
      }
      case 'VariableDeclarator': {
        const name = getStaticName(current.id);
        return name !== undefined && CATALOG_NAME.test(name);
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
