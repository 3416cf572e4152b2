import { describe, expect, it } from 'vitest';
import { find, lineOf } from './support.js';

describe('YAML catalogs and specs', () => {
  it('flags a vue-i18n YAML catalog, on the right lines', () => {
    const text = [
      'settings:',
      '  title: Settings',
      '  intercom:',
      '    heading: Connect Intercom',
      '    tokenLabel: Access token',
      "    tokenHelp: 'Paste your access token below.'",
      '    tokenPlaceholder: "dG9rOm••••==" # an example',
      '  slack:',
      '    tokenLabel: Bot token',
      '    tokenHelp: Paste your bot token below.',
    ].join('\n');
    expect(find(text, 'yaml', 'src/locales/en.yaml')).toEqual([
      { messageId: 'label', line: 5, source: 'Access token', key: 'Access token' },
      { messageId: 'request', line: 6, source: "'Paste your access token below.'", key: 'Paste your access token below.' },
      { messageId: 'placeholder', line: 7, source: '"dG9rOm••••=="', key: 'dG9rOm••••==' },
    ]);
  });

  it('flags Rails config/locales/en.yml and es.yml', () => {
    const en = [
      'en:',
      '  intercom_settings:',
      '    edit:',
      '      title: "Intercom"',
      '      access_token: "Access token"',
      '      access_token_hint: >-',
      '        Paste your access token from',
      '        Settings → Developers.',
      '      submit: Save',
    ].join('\n');
    expect(find(en, 'yaml', 'config/locales/en.yml').map((f) => [f.messageId, f.line, f.key])).toEqual([
      ['label', 5, 'Access token'],
      ['request', 6, 'Paste your access token from Settings → Developers.'],
    ]);
    const es = [
      'es:',
      '  intercom_settings:',
      '    edit:',
      '      access_token: "Token de acceso"',
      '      access_token_hint: "Pega aquí tu token de acceso de Intercom"',
      '      connect: "Conectar con Intercom"',
    ].join('\n');
    expect(find(es, 'yaml', 'config/locales/es.yml').map((f) => [f.messageId, f.line])).toEqual([
      ['label', 4],
      ['request', 5],
    ]);
  });

  it('reads every document of a stream, block scalars and anchors', () => {
    const text = [
      '# fr',
      'fr:',
      '  intercom: &fields',
      '    label: "Jeton d\'accès Intercom"',
      '    help: |',
      "      Collez votre jeton d'accès",
      '      ci-dessous.',
      '---',
      'de:',
      '  intercom:',
      '    label: Intercom-Zugriffstoken',
      '  copy: *fields',
    ].join('\n');
    expect(find(text, 'yaml', 'translations/messages.yml').map((f) => [f.messageId, f.line])).toEqual([
      ['label', 4],
      ['request', 5],
      ['label', 11],
    ]);
  });

  it('flags an Airbyte-style connector spec', () => {
    const text = [
      'documentationUrl: https://docs.airbyte.com/integrations/sources/intercom',
      'connectionSpecification:',
      '  $schema: http://json-schema.org/draft-07/schema#',
      '  title: Source Intercom Spec',
      '  type: object',
      '  required: [access_token]',
      '  properties:',
      '    access_token:',
      '      title: Access token',
      '      type: string',
      '      airbyte_secret: true',
      '    start_date:',
      '      title: Start date',
      '      type: string',
    ].join('\n');
    expect(find(text, 'yaml', 'source-intercom/spec.yaml')).toEqual([
      { messageId: 'label', line: lineOf(text, 'Access token'), source: 'Access token', key: 'Access token' },
    ]);
  });

  it('ignores the same catalog for other vendors', () => {
    const text = ['en:', '  hubspot:', '    api_key: API key', '    api_key_hint: Paste your HubSpot API key', '  intercom:', '    connect: Connect with Intercom'].join('\n');
    expect(find(text, 'yaml', 'config/locales/en.yml')).toEqual([]);
  });
});

describe('operator configuration is not solicitation', () => {
  const cases: [string, string][] = [
    [
      'action.yml',
      [
        'name: Intercom sync',
        'inputs:',
        '  intercom-token:',
        '    description: Your Intercom access token. Paste it into a repository secret.',
        '    required: true',
        'runs:',
        '  using: node20',
        '  main: dist/index.js',
      ].join('\n'),
    ],
    [
      '.github/workflows/sync.yml',
      ['on: push', 'jobs:', '  sync:', '    steps:', '      - name: Enter your Intercom access token', '        run: echo'].join('\n'),
    ],
    [
      'docker-compose.yml',
      ['services:', '  app:', '    environment:', '      INTERCOM_TOKEN: ${INTERCOM_TOKEN} # Paste your Intercom access token'].join('\n'),
    ],
    [
      'deploy/chart/values.yaml',
      ['intercom:', '  # Paste your Intercom access token here', '  accessToken: ""', '  description: Your Intercom access token', '  label: Access token'].join('\n'),
    ],
    [
      'k8s/intercom-secret.yaml',
      ['apiVersion: v1', 'kind: Secret', 'metadata:', '  annotations:', '    description: Paste your Intercom access token'].join('\n'),
    ],
    [
      'ops/intercom-secret.yaml',
      ['apiVersion: v1', 'kind: ConfigMap', 'data:', '  label: Intercom access token', '  description: Enter your Intercom access token'].join('\n'),
    ],
    [
      'serverless.yml',
      ['service: intercom-sync', 'provider:', '  name: aws', 'custom:', '  description: Enter your Intercom access token in SSM'].join('\n'),
    ],
    ['.gitlab-ci.yml', ['variables:', '  INTERCOM_TOKEN:', '    description: Paste your Intercom access token'].join('\n')],
    [
      'openapi.yaml',
      [
        'openapi: 3.1.0',
        'info:',
        '  title: Intercom proxy',
        'components:',
        '  securitySchemes:',
        '    intercomToken:',
        '      type: http',
        '      scheme: bearer',
        '      description: Your Intercom access token. Enter your Intercom access token here.',
      ].join('\n'),
    ],
    [
      'template.yaml',
      ['AWSTemplateFormatVersion: "2010-09-09"', 'Parameters:', '  IntercomToken:', '    Type: String', '    Description: Enter your Intercom access token'].join('\n'),
    ],
  ];
  it.each(cases)('%s', (path, text) => {
    expect(find(text, 'yaml', path)).toEqual([]);
  });

  it('JSON tool and package manifests', () => {
    const description = 'Paste your Intercom access token to start syncing';
    for (const path of ['package.json', 'tsconfig.json', 'composer.json', 'app.json', 'packages/sync/package.json']) {
      expect(find(JSON.stringify({ name: 'intercom-sync', description, label: 'Intercom access token' }), 'json', path), path).toEqual([]);
    }
    const heroku = JSON.stringify({ name: 'Intercom sync', env: { INTERCOM_TOKEN: { description, required: true } } });
    expect(find(heroku, 'json', 'deploy/heroku/app.json')).toEqual([]);
  });
});
