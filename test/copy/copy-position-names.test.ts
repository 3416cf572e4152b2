import { describe, expect, it } from 'vitest';
import { isCredentialViewName } from '../../src/copy/ast/get-copy-position.js';
import { isSampleDataFile } from '../../src/copy/ast/is-sample-data.js';
import { isFieldOnlyAttribute } from '../../src/copy/ast/labels-input.js';

describe('isCredentialViewName', () => {
  it.each(['tokenHint', 'token_hint', 'apiKeyHint', 'partialKeyHint', 'tokenPreview', 'maskedToken', 'redactedApiKey', 'keyLast4', 'token_last_four', 'accessTokenSuffix', 'currentToken', 'storedAccessToken', 'data-token-hint'])(
    '%s names a stored credential on display',
    (name) => expect(isCredentialViewName(name)).toBe(true),
  );
  it.each(['hint', 'placeholder', 'tokenPlaceholder', 'tokenLabel', 'tokenHelp', 'apiKeyHelperText', 'label', 'token', 'ui:placeholder', undefined])(
    '%s does not',
    (name) => expect(isCredentialViewName(name)).toBe(false),
  );
});

describe('isSampleDataFile', () => {
  it.each(['src/ConnectionCard.stories.jsx', 'src/Card.story.tsx', 'src/api.test.ts', 'lib/client.spec.mjs', 'src/intercom.mock.ts', 'src/__mocks__/intercom.js', 'C:\\app\\__fixtures__\\install.ts', '/repo/.storybook/preview.tsx'])(
    '%s holds sample data',
    (file) => expect(isSampleDataFile(file)).toBe(true),
  );
  // A project may live under folders named test or fixtures; only the file's own name counts.
  it.each(['src/settings/ConnectionCard.jsx', '/home/me/test/app/src/Settings.tsx', '/work/fixtures/app/Form.tsx', 'src/testimonials.tsx', 'src/mockup/Hero.tsx'])(
    '%s does not',
    (file) => expect(isSampleDataFile(file)).toBe(false),
  );
});

describe('isFieldOnlyAttribute', () => {
  it.each(['placeholder', 'aria-placeholder', 'inputPlaceholder', 'ui:placeholder'])('%s', (name) =>
    expect(isFieldOnlyAttribute(name)).toBe(true),
  );
  it.each(['title', 'label', 'aria-label', 'description', undefined])('not %s', (name) =>
    expect(isFieldOnlyAttribute(name)).toBe(false),
  );
});
