import { describe, expect, it } from 'vitest';
import { find, json, lineOf } from './support.js';

describe('credential, connector and form schemas', () => {
  it('flags an n8n-style credential definition for Intercom', () => {
    const text = json({
      name: 'intercomApi',
      displayName: 'Intercom API',
      documentationUrl: 'intercom',
      properties: [
        { displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
        { displayName: 'Region', name: 'region', type: 'options', options: [{ name: 'US', value: 'us' }] },
      ],
    });
    expect(find(text, 'json', 'credentials/IntercomApi.credentials.json')).toEqual([
      { messageId: 'label', line: lineOf(text, '"API Key"'), source: '"API Key"', key: 'API Key' },
    ]);
  });

  it('flags a Pipedream-style app with a secret prop', () => {
    const text = json({
      app: 'intercom',
      propDefinitions: {
        api_key: { type: 'string', label: 'API key', secret: true, description: 'Paste your access token from the Developer Hub' },
      },
    });
    expect(find(text, 'json', 'components/app.json').map((f) => f.messageId)).toEqual(['label', 'request']);
  });

  it('flags a JSON Schema form: the title of a property labels its field', () => {
    const text = json({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Intercom connection',
      type: 'object',
      required: ['accessToken'],
      properties: {
        accessToken: { type: 'string', title: 'Access token', description: 'Your Intercom access token, from Settings → Developers.' },
        region: { type: 'string', title: 'Region', enum: ['us', 'eu', 'au'] },
      },
    });
    expect(find(text, 'json', 'schemas/connection.schema.json').map((f) => [f.messageId, f.key])).toEqual([
      ['label', 'Access token'],
      ['label', 'Your Intercom access token, from Settings → Developers.'],
    ]);
  });

  it('flags a UI schema: placeholder and help of a field', () => {
    const text = json({
      accessToken: { 'ui:widget': 'password', 'ui:placeholder': 'dG9rOj••••••••==', 'ui:help': 'Paste your Intercom access token' },
    });
    expect(find(text, 'json', 'src/forms/intercom.uischema.json').map((f) => f.messageId)).toEqual(['placeholder', 'request']);
  });

  it('flags a Zapier-style authentication definition', () => {
    const text = json({
      key: 'intercom',
      authentication: {
        type: 'custom',
        fields: [{ key: 'api_key', label: 'API Key', required: true, helpText: 'Copy the access token from Intercom and paste it here.' }],
      },
    });
    expect(find(text, 'json', 'zapier/app.json').map((f) => f.messageId)).toEqual(['label', 'request']);
  });

  it('takes context from the nearest object that names a vendor', () => {
    const text = json({
      title: 'Integrations',
      integrations: [
        { name: 'Slack', fields: [{ key: 'token', label: 'Bot token', type: 'string' }] },
        { name: 'Intercom', fields: [{ key: 'token', label: 'API key', placeholder: 'tok:xxxxxxxx', type: 'string' }] },
        { name: 'HubSpot', fields: [{ key: 'apiKey', label: 'API key', type: 'string' }] },
      ],
    });
    expect(find(text, 'json', 'config/integrations.json').map((f) => [f.messageId, f.line])).toEqual([
      ['label', lineOf(text, '"label": "API key"')],
      ['placeholder', lineOf(text, 'tok:xxxxxxxx')],
    ]);
  });

  it('does not read bare labels outside field definitions, nor non-copy keys', () => {
    const text = json({
      name: 'intercom-sync',
      description: 'Access token',
      connection: { kind: 'Access token', tokenHint: 'dG9rOm…c2Vh' },
      intercom: { token: 'Paste your Intercom access token' },
    });
    expect(find(text, 'json', 'config/app.config.json')).toEqual([]);
  });

  it('still reads requests in any copy key', () => {
    const text = json({ name: 'Intercom sync', description: 'Enter your Intercom access token to start syncing.' });
    expect(find(text, 'json', 'manifest.json').map((f) => f.messageId)).toEqual(['request']);
  });

  it('ignores the same shapes for other vendors', () => {
    const slack = json({
      name: 'slackApi',
      displayName: 'Slack API',
      properties: [{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true } }],
    });
    expect(find(slack, 'json', 'credentials/SlackApi.credentials.json')).toEqual([]);
    const hubspot = json({
      title: 'HubSpot connection',
      type: 'object',
      properties: { apiKey: { type: 'string', title: 'API key', description: 'Paste your HubSpot private app token' } },
    });
    // A file that mentions Intercom elsewhere: the HubSpot schema object decides.
    expect(find(hubspot.replace('"HubSpot connection"', '"HubSpot connection (Intercom sync)"'), 'json', 'schemas/hubspot.schema.json')).toEqual([]);
  });

  it('ignores Messenger app ID fields and OAuth-only connectors', () => {
    const text = json({
      name: 'intercom',
      auth: { type: 'oauth2', authorizeUrl: 'https://app.intercom.com/oauth', label: 'Connect with Intercom' },
      properties: { appId: { type: 'string', title: 'Intercom App ID', description: 'The 8-character Messenger app ID' } },
    });
    expect(find(text, 'json', 'connectors/intercom.json')).toEqual([]);
  });
});
