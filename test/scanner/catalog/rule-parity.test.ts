// The scanner reads a JSON catalog or schema the way the ESLint rule reads the same object literal
// in a module: the same strings, the same kinds.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/no-token-solicitation.js';
import { findCatalogSolicitations } from '../../../src/scanner/detect/catalog/find-catalog-solicitations.js';

const linter = new Linter({ configType: 'flat' });

function ruleKinds(value: unknown, filename: string): string[] {
  const code = `export const data = ${JSON.stringify(value, null, 2)};\n`;
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js'],
        plugins: { 'intercom-auth': { rules: { 'no-token-solicitation': rule as never } } },
        rules: { 'intercom-auth/no-token-solicitation': 'error' },
      },
    ],
    filename,
  );
  return messages.map((message) => message.messageId ?? message.message);
}

function scannerKinds(value: unknown, filename: string): string[] {
  return findCatalogSolicitations(JSON.stringify(value, null, 2), 'json', filename).map((detection) => detection.messageId);
}

const CATALOG_CASES: [string, string[], unknown][] = [
  ['nested namespace', ['label', 'request'], { intercom: { tokenLabel: 'Access token', tokenHelp: 'Paste your access token here' } }],
  ['language key', ['label'], { es: { intercomToken: 'Token de acceso de Intercom' } }],
  ['German', ['label', 'request'], { intercom: { label: 'Intercom-Zugriffstoken', help: 'Fügen Sie hier Ihr Zugriffstoken ein' } }],
  ['OAuth only', [], { intercom: { connect: 'Connect with Intercom', appId: 'Intercom App ID' } }],
  ['other vendor', [], { hubspot: { apiKeyLabel: 'API key', help: 'Enter your HubSpot API key' }, intercom: { connect: 'Connect with Intercom' } }],
  ['stored token on display', [], { intercom: { workspace: 'Acme', revoke: 'Revoke the Intercom access token' } }],
];

const SCHEMA_CASES: [string, string[], unknown][] = [
  [
    'fields of several vendors',
    ['label', 'placeholder'],
    {
      integrations: [
        { name: 'Slack', fields: [{ label: 'Bot token' }] },
        { name: 'Intercom', fields: [{ label: 'API key', placeholder: 'tok:xxxxxxxx' }] },
      ],
    },
  ],
  [
    'ui schema',
    ['placeholder', 'request'],
    { intercomConnector: { uiSchema: { apiKey: { 'ui:widget': 'password', 'ui:placeholder': 'dG9rOj••••••••==', 'ui:help': 'Paste your API key' } } } },
  ],
  [
    'connection parameters',
    ['label', 'label'],
    {
      intercomConnection: {
        parameters: [{ name: 'apiKey', type: 'password', label: 'API Key', help: 'Your Intercom access token, from Settings → Developers.' }],
      },
    },
  ],
  ['help fields', ['label', 'request'], { intercom: { fields: [{ key: 'token', label: 'Access Token', helpText: 'Copy the access token from Developer Hub and paste it here.' }] } }],
  ['credential view', ['request'], { intercom: { tokenHint: 'Paste your Intercom access token here', maskedAccessToken: 'dG9rOm••••••••==' } }],
  ['OAuth connector', [], { intercom: { auth: 'oauth', button: 'Connect with Intercom' }, hubspot: { fields: [{ label: 'API key', placeholder: 'Enter your API key' }] } }],
];

describe('the scanner agrees with the rule', () => {
  it.each(CATALOG_CASES)('catalog: %s', (_name, kinds, value) => {
    expect(ruleKinds(value, 'src/locales/en.js')).toEqual(kinds);
    expect(scannerKinds(value, 'src/locales/en.json')).toEqual(kinds);
  });
  it.each(SCHEMA_CASES)('schema: %s', (_name, kinds, value) => {
    expect(ruleKinds(value, 'src/forms/connection.js')).toEqual(kinds);
    expect(scannerKinds(value, 'src/forms/connection.json')).toEqual(kinds);
  });
});
