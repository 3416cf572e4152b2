// What names an i18n catalog, shared by the ESLint rule (object literals, `locales/en.ts`) and the
// scanner (JSON/YAML catalogs such as `locales/en.json`, Rails `config/locales/es.yml`).

// Names that hold translations or UI strings: `messages`, `enTranslations`, `i18n`, `labels`.
const CATALOG_NAME = /(?:messages|translations?|i18n|locales?|strings|texts|labels|dictionary|lang|resources|localization|copy)$/i;
const LANGUAGE_KEY = /^(?:en|es|pt|fr|de|it|nl|ja|zh|ko|ru|pl|sv|da|fi|nb|no|tr|cs|uk|ar|he|hi|id|vi|th)(?:[-_][A-Za-z]{2,4})?$/;

/** Folders whose files are catalogs: `locales/`, `i18n/`, `config/locales/`, `translations/`. */
export const CATALOG_FOLDER_SOURCE = String.raw`(?:^|[\\/])(?:locales?|i18n|lang|langs|translations?|messages|l10n)[\\/]`;
/** File stems that name a catalog wherever it lives: `i18n.ts`, `messages.json`, `en.translations.yml`. */
export const CATALOG_STEM_SOURCE = String.raw`(?:i18n|locales?|translations?|messages|strings)`;

/** A key or variable named like a catalog: `messages`, `enTranslations`, `i18n`, `labels`. */
export function isCatalogName(name: string | undefined): boolean {
  return name !== undefined && CATALOG_NAME.test(name);
}

/** A language tag used as a key or file name: `en`, `fr-CA`, `pt_BR`, `zh-Hans`. */
export function isLanguageKey(name: string | undefined): boolean {
  return name !== undefined && LANGUAGE_KEY.test(name);
}
