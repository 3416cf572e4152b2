import { describe, expect, it } from 'vitest';
import { find, json, lineOf } from './support.js';

describe('JSON i18n catalogs', () => {
  const reactI18next = json({
    common: { save: 'Save', cancel: 'Cancel', apiKey: 'API key' },
    integrations: {
      intercom: {
        title: 'Connect Intercom',
        tokenLabel: 'Access token',
        tokenHelp: 'Paste your access token here. You can find it in the Developer Hub.',
        tokenPlaceholder: 'dG9rOm••••••••==',
        connected: 'Connected to {{workspace}}',
      },
      slack: { title: 'Connect Slack', tokenLabel: 'Bot token', tokenHelp: 'Paste your Slack bot token here.' },
      hubspot: { apiKeyLabel: 'API key', apiKeyHelp: 'Enter your HubSpot API key' },
    },
  });

  it('flags the nested intercom namespace of a react-i18next catalog, on the right lines', () => {
    const found = find(reactI18next, 'json', 'public/locales/en/translation.json');
    expect(found).toEqual([
      { messageId: 'label', line: lineOf(reactI18next, '"Access token"'), source: '"Access token"', key: 'Access token' },
      {
        messageId: 'request',
        line: lineOf(reactI18next, 'Paste your access token here'),
        source: '"Paste your access token here. You can find it in the Developer Hub."',
        key: 'Paste your access token here. You can find it in the Developer Hub.',
      },
      { messageId: 'placeholder', line: lineOf(reactI18next, 'dG9rOm'), source: '"dG9rOm••••••••=="', key: 'dG9rOm••••••••==' },
    ]);
  });

  it('says which credential in the message', () => {
    const [detection] = find(json({ intercom: { tokenLabel: 'Access token' } }), 'json', 'src/i18n/en.json');
    expect(detection?.messageId).toBe('label');
  });

  it('reads ngx-translate catalogs with SCREAMING_CASE keys', () => {
    const text = json({ SETTINGS: { INTERCOM: { TOKEN_LABEL: 'Access token', ENV: 'Production' } } });
    expect(find(text, 'json', 'src/assets/i18n/en.json').map((f) => f.key)).toEqual(['Access token']);
  });

  it('takes context from a flat key path', () => {
    const text = json({ 'intercom.token.label': 'Access token', 'slack.token.label': 'Bot token', 'settings.title': 'Settings' });
    expect(find(text, 'json', 'locales/en.json').map((f) => f.source)).toEqual(['"Access token"']);
  });

  it('takes context from the file when no enclosing scope names a vendor', () => {
    const text = json({
      intercom: { connect: 'Connect Intercom', intro: 'Sync Intercom conversations to your inbox.' },
      settings: { keyLabel: 'API key' },
    });
    expect(find(text, 'json', 'locales/en.json').map((f) => f.key)).toEqual(['API key']);
    // A file about many vendors gives no context.
    const mixed = json({ vendors: 'Intercom, Slack, HubSpot and Zendesk', settings: { keyLabel: 'API key' } });
    expect(find(mixed, 'json', 'locales/en.json')).toEqual([]);
  });

  it('treats files named like catalogs as catalogs (messages.<lang>.json, <lang>.json, .arb)', () => {
    const text = json({ intercomTokenLabel: 'Intercom access token' });
    for (const path of ['src/messages.fr.json', 'app/fr-CA.json', 'lang/de.json', 'src/_locales/en/messages.json', 'web/strings.json']) {
      expect(find(text, 'json', path), path).toHaveLength(1);
    }
    // The same object in a plain data file: `intercomTokenLabel` still names a label.
    expect(find(text, 'json', 'src/data/settings.json')).toHaveLength(1);
    // But a non-copy key is not copy outside a catalog.
    expect(find(json({ intercomToken: 'Intercom access token' }), 'json', 'src/data/settings.json')).toEqual([]);
    expect(find(json({ intercomToken: 'Intercom access token' }), 'json', 'src/locales/en.json')).toHaveLength(1);
  });

  it('recognises a catalog by its prose content', () => {
    const text = json({
      welcome: 'Welcome back!',
      intro: 'Sync your Intercom inbox in a few clicks.',
      token: 'Intercom access token',
      save: 'Save changes',
      cancel: 'Cancel',
    });
    expect(find(text, 'json', 'src/content/onboarding.json').map((f) => f.messageId)).toEqual(['label']);
  });

  it('reads Flutter .arb files and skips their translator metadata', () => {
    const arb = json({
      '@@locale': 'en',
      intercomTokenLabel: 'Intercom access token',
      '@intercomTokenLabel': { description: 'Label of the Intercom access token field', context: 'Intercom access token' },
      intercomTokenHint: 'Paste your Intercom access token',
      '@intercomTokenHint': { description: 'Paste your Intercom access token (hint)' },
    });
    const found = find(arb, 'json', 'lib/l10n/app_en.arb');
    expect(found.map((f) => [f.messageId, f.line])).toEqual([
      ['label', lineOf(arb, '"intercomTokenLabel": "Intercom')],
      ['request', lineOf(arb, '"intercomTokenHint"')],
    ]);
  });

  it('skips translator notes next to a message (Chrome, react-intl extractions)', () => {
    const chrome = json({ tokenLabel: { message: 'Access token', description: 'Intercom access token label' }, name: { message: 'Intercom helper' } });
    expect(find(chrome, 'json', 'extension/_locales/en/messages.json').map((f) => f.source)).toEqual(['"Access token"']);
  });

  it('judges multilingual catalogs', () => {
    const cases: [string, string, string][] = [
      ['locales/es.json', 'Token de acceso de Intercom', 'label'],
      ['locales/es.json', 'Pega aquí tu token de acceso de Intercom', 'request'],
      ['locales/fr.json', "Collez votre jeton d'accès Intercom", 'request'],
      ['locales/de.json', 'Intercom-Zugriffstoken', 'label'],
      ['locales/de.json', 'Fügen Sie hier Ihr Intercom-Zugriffstoken ein', 'request'],
      ['locales/ja.json', 'Intercomのアクセストークンを入力してください', 'request'],
      ['locales/pt-BR.json', 'Cole o seu token de acesso do Intercom', 'request'],
    ];
    for (const [path, copy, messageId] of cases) {
      expect(find(json({ settings: { token: copy } }), 'json', path).map((f) => f.messageId), copy).toEqual([messageId]);
    }
  });

  it('reads markup inside values as a page', () => {
    const text = json({
      intercom: { form: '<label>Access token</label><input name="token">', note: '<p>Your <b>Intercom</b> workspace is connected.</p>' },
    });
    expect(find(text, 'json', 'locales/en.json').map((f) => [f.messageId, f.key])).toEqual([['label', 'Access token']]);
  });

  it('honours additional nouns', () => {
    const text = json({ intercom: { secretLabel: 'Paste your app secret' } });
    expect(find(text, 'json', 'locales/en.json')).toEqual([]);
    expect(find(text, 'json', 'locales/en.json', { additionalNouns: ['app secret'] })).toHaveLength(1);
  });

  it('reads JSONC/JSON5 catalogs: comments, trailing commas, single quotes, unquoted keys', () => {
    const text = [
      '// Intercom settings copy',
      '{',
      "  /* the field */ intercom: {",
      "    tokenLabel: 'Access token', // shown above the input",
      '    tokenHelp: "Paste your access token",',
      '  },',
      '}',
    ].join('\n');
    expect(find(text, 'json', 'src/locales/en.json5')).toEqual([
      { messageId: 'label', line: 4, source: "'Access token'", key: 'Access token' },
      { messageId: 'request', line: 5, source: '"Paste your access token"', key: 'Paste your access token' },
    ]);
  });

  it('decodes escapes and keeps offsets on the raw string', () => {
    const text = '{"intercom": {"help": "Paste your \\"access token\\"\\u0020here"}}';
    const [found] = find(text, 'json', 'locales/en.json');
    expect(found?.source).toBe('"Paste your \\"access token\\"\\u0020here"');
    expect(found?.key).toBe('Paste your "access token" here');
  });
});

describe('JSON catalogs that ask for nothing', () => {
  it('ignores other vendors, in the same shapes', () => {
    const slack = json({ integrations: { slack: { title: 'Connect Slack', tokenLabel: 'Bot token', tokenHelp: 'Paste your bot token here' } } });
    expect(find(slack, 'json', 'public/locales/en/translation.json')).toEqual([]);
    const hubspot = json({ hubspot: { apiKeyLabel: 'API key', apiKeyHelp: 'Enter your API key' }, intercom: { connect: 'Connect with Intercom' } });
    expect(find(hubspot, 'json', 'locales/en.json')).toEqual([]);
  });

  it('ignores Intercom catalogs with only OAuth copy, Messenger and workspace IDs', () => {
    const text = json({
      intercom: {
        connect: 'Connect with Intercom',
        signIn: 'Sign in with Intercom',
        appIdLabel: 'Intercom App ID',
        workspaceId: 'Workspace ID',
        reassurance: 'We never ask for your Intercom access token: authorization happens on intercom.com.',
        revoke: 'Revoke access',
      },
    });
    expect(find(text, 'json', 'locales/en.json')).toEqual([]);
  });

  it('ignores keys, interpolations, env var names and technical values', () => {
    const text = json({
      intercom: {
        'Paste your Intercom access token': 'key as text',
        envHint: '${INTERCOM_ACCESS_TOKEN}',
        helm: '{{ .Values.intercom.accessToken }}',
        docs: 'Set INTERCOM_ACCESS_TOKEN in your .env file',
        url: 'https://example.com/paste-your-intercom-access-token',
        type: 'Intercom access token',
      },
    });
    expect(find(text, 'json', 'locales/en.json')).toEqual([]);
  });

  it('ignores credential values in sample data', () => {
    const text = json({ intercom: { token: 'Paste your Intercom access token', tokenHelp: 'Paste your Intercom access token' } });
    expect(find(text, 'json', 'src/__fixtures__/locales/en.json').map((f) => f.line)).toEqual([lineOf(text, '"tokenHelp"')]);
    const mocks = json({ mockInstall: { apiKey: 'Enter your Intercom API key' }, intercom: { apiKeyLabel: 'Intercom API key' } });
    expect(find(mocks, 'json', 'src/locales/en.json').map((f) => f.key)).toEqual(['Intercom API key']);
  });

  it('needs Intercom somewhere in the file', () => {
    expect(find(json({ settings: { tokenLabel: 'Access token', tokenHelp: 'Paste your access token' } }), 'json', 'locales/en.json')).toEqual([]);
  });
});
