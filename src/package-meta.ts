// Kept as constants rather than importing ../package.json: with rootDir "." tsc would copy
// package.json into dist/ as a stray nested package. test/meta.test.ts keeps these in sync.
export const PACKAGE_NAME = 'eslint-plugin-intercom-auth';
export const PACKAGE_VERSION = '0.1.0';
export const NAMESPACE = 'intercom-auth';
export const REPOSITORY_URL = 'https://github.com/intercom-auth/eslint-plugin-intercom-auth';

/** Where each rule's documentation lives; used in rule metadata and scanner output (SARIF). */
export function getRuleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/rules/${ruleName}.md`;
}
