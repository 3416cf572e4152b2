import { describe, expect, it } from 'vitest';
import { findMarkdownSolicitations } from '../../../src/scanner/detect/markdown/find-markdown-solicitations.js';
import { getRuleMessage } from '../../../src/scanner/get-rule-message.js';
import { generateToken } from '../../support/generate-token.js';

interface Found {
  line: number;
  messageId: string;
  /** The reported text, whitespace collapsed. */
  text: string;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function scan(text: string, path: string, additionalNouns?: readonly string[]): Found[] {
  const options = additionalNouns ? { additionalNouns } : {};
  return findMarkdownSolicitations(text, path, options).map((detection) => {
    expect(detection.rule).toBe('no-token-solicitation');
    expect(detection.end).toBeGreaterThan(detection.start);
    return {
      line: lineOf(text, detection.start),
      messageId: detection.messageId,
      text: text.slice(detection.start, detection.end).replace(/\s+/g, ' '),
    };
  });
}

const md = (lines: readonly string[]) => `${lines.join('\n')}\n`;

describe('developer docs are not solicitation', () => {
  const readme = md([
    '# intercom-sync',
    '',
    '[![npm](https://img.shields.io/npm/v/intercom-sync.svg)](https://www.npmjs.com/package/intercom-sync)',
    '',
    'Sync Intercom conversations and contacts into your data warehouse.',
    '',
    '## Installation',
    '',
    '```bash',
    'npm install -g intercom-sync',
    '```',
    '',
    '## Configuration',
    '',
    '1. Create a private app in the Intercom Developer Hub and copy its access token.',
    '2. Set `INTERCOM_ACCESS_TOKEN` in your `.env` file:',
    '',
    '   ```env',
    '   INTERCOM_ACCESS_TOKEN=your-token-here',
    '   ```',
    '',
    '3. Alternatively, provide your Intercom access token via the `--token` flag:',
    '',
    '   ```sh',
    '   intercom-sync pull --token "$INTERCOM_ACCESS_TOKEN"',
    '   ```',
    '',
    'Copy the access token from the Developer Hub and paste it into your .env file.',
    'Never commit your access token. In CI, add it as a repository secret.',
    '',
    '## Usage',
    '',
    'Run `intercom-sync pull` to fetch the last 24 hours of conversations.',
  ]);

  it('README setup with env vars, flags and secrets', () => {
    expect(scan(readme, 'README.md')).toEqual([]);
  });

  it('decides by content too, not only by the README file name', () => {
    expect(scan(readme, 'docs/getting-started.md')).toEqual([]);
  });

  const selfHosting = md([
    '---',
    'title: Self-hosting Relay',
    'sidebar_position: 4',
    '---',
    '',
    '# Self-hosting Relay',
    '',
    'Relay is an open-source shared inbox that syncs with Intercom. This guide covers running your',
    'own instance with Docker.',
    '',
    '## Requirements',
    '',
    '- Docker 24 or later',
    '- A PostgreSQL 15 database',
    '- An Intercom access token for your own workspace (create a private app in the Developer Hub)',
    '',
    '## Configure',
    '',
    'Copy `.env.example` to `.env` and fill in the values:',
    '',
    '| Variable | Description |',
    '| --- | --- |',
    '| `DATABASE_URL` | PostgreSQL connection string |',
    '| `INTERCOM_ACCESS_TOKEN` | Your Intercom access token, from the Developer Hub |',
    '| `INTERCOM_REGION` | `us`, `eu` or `au` |',
    '',
    '## Run',
    '',
    '```sh',
    'docker compose up -d',
    '```',
    '',
    'Open the admin dashboard on port 3000, then paste your Intercom access token if the server did',
    'not pick it up from the environment.',
    '',
    '## Rotating the token',
    '',
    'Generate a new access token in the Developer Hub, update `INTERCOM_ACCESS_TOKEN` and restart the container.',
  ]);

  it("an Intercom-integrated app's self-hosting guide", () => {
    expect(scan(selfHosting, 'docs/self-hosting.md')).toEqual([]);
    expect(scan(selfHosting, 'website/docs/guides/relay.md')).toEqual([]);
  });

  it("a self-hosted app's README walking the operator through its own instance", () => {
    const doc = md([
      '# Inbox Zero for Intercom',
      '',
      'A dashboard that shows which Intercom conversations are waiting on your team.',
      '',
      '## Usage',
      '',
      '1. Start the app with `npm start`.',
      '2. Open http://localhost:3000 and click **Settings**.',
      '3. Paste your Intercom access token into the field and click **Save**.',
    ]);
    expect(scan(doc, 'README.md')).toEqual([]);
    expect(scan(doc, 'docs/usage.md')).toEqual([]);
  });

  it('a help-centre style sentence inside a developer section stays developer setup', () => {
    const doc = md([
      '# Acme CLI',
      '',
      '## Authenticate',
      '',
      'Run `acme login`, then paste your Intercom access token when the terminal prompts for it.',
      'The CLI stores it in `~/.config/acme/credentials.json`.',
    ]);
    expect(scan(doc, 'docs/cli.md')).toEqual([]);
  });

  it('a runbook for rotating the team\'s own token, however many UI steps it has', () => {
    const doc = md([
      '# Rotating the Intercom token',
      '',
      '1. Log in to Intercom and go to **Settings → Developers → Developer Hub**.',
      '2. Open our private app, click **Authentication** and copy the new access token.',
      '3. In Vercel, go to **Settings → Environment Variables** and paste it into `INTERCOM_TOKEN`.',
      '4. Click **Save** and redeploy.',
    ]);
    expect(scan(doc, 'docs/ops/rotate-intercom-token.md')).toEqual([]);
    expect(scan(doc, 'notes/rotate.md')).toEqual([]);
  });

  it('an SDK reference page', () => {
    const doc = md([
      '# IntercomClient',
      '',
      '## Constructor',
      '',
      '| Option | Type | Description |',
      '| --- | --- | --- |',
      '| `token` | `string` | Your Intercom access token |',
      '| `baseUrl` | `string` | Regional API host |',
      '',
      'Pass your Intercom access token as `token`; read it from `process.env` rather than hardcoding it.',
      '',
      '```ts',
      "const client = new IntercomClient({ token: process.env.INTERCOM_TOKEN });",
      '```',
    ]);
    expect(scan(doc, 'docs/sdk/client.md')).toEqual([]);
    expect(scan(doc, 'docs/client.md')).toEqual([]);
  });
});

describe('end-user help that asks for the token', () => {
  const article = md([
    '---',
    'title: Connect Intercom',
    'description: Paste your Intercom access token to connect.',
    '---',
    '',
    '# Connect Intercom to Acme',
    '',
    'Acme shows your Intercom conversations next to each customer in your dashboard.',
    '',
    '## Before you start',
    '',
    'You need admin access to your Intercom workspace and an Acme workspace on the Growth plan.',
    '',
    '## Connect',
    '',
    '1. In Intercom, open **Settings → Developers → Developer Hub** and create an app.',
    '2. In Acme, go to **Settings → Integrations → Intercom**.',
    '3. Paste your Intercom access token into the **Access token** field and',
    '   click **Save**.',
    '',
    '![The Intercom card on the Integrations page](./images/intercom-card.png)',
    '',
    '[More about integrations](https://help.acme.example/docs/self-hosted/deploy/integrations)',
    '',
    '## Disconnect',
    '',
    'Click **Disconnect** on the Intercom card.',
  ]);

  it('reports the request on the line where it starts, not the front matter', () => {
    expect(scan(article, 'help/articles/connect-intercom.md')).toEqual([
      {
        line: 18,
        messageId: 'request',
        text: 'Paste your Intercom access token into the **Access token** field and click **Save**.',
      },
    ]);
  });

  it("reports a browser extension's README that asks its users for their token", () => {
    const doc = md([
      '# Acme for Intercom',
      '',
      'See customer revenue next to every Intercom conversation.',
      '',
      '## Get started',
      '',
      '1. Add Acme from the Chrome Web Store.',
      '2. Click the Acme icon in the toolbar and open **Options**.',
      '3. Paste your Intercom access token into the field and click **Save**.',
    ]);
    expect(scan(doc, 'README.md')).toEqual([
      { line: 9, messageId: 'request', text: 'Paste your Intercom access token into the field and click **Save**.' },
    ]);
  });

  it('reads numbered section headings as sections, not release notes', () => {
    const doc = md([
      '# Acme admin guide',
      '',
      '## 2.1 Connect Intercom',
      '',
      'Open **Settings → Integrations** and paste your Intercom access token into the field.',
    ]);
    expect(scan(doc, 'help/admin-guide.md')).toEqual([{ line: 5, messageId: 'request', text: expect.stringContaining('paste') }]);
  });

  it('reports with the rule message', () => {
    const [detection] = findMarkdownSolicitations(article, 'help/connect.md');
    expect(detection?.message).toBe(getRuleMessage('no-token-solicitation', 'request', { subject: 'access token' }));
    expect(detection?.key).toBe('Paste your Intercom access token into the Access token field and click Save.');
  });

  it('takes Intercom from the section when the sentence does not name it', () => {
    const doc = md([
      '# Integrations',
      '',
      'Acme works with the tools your support team already uses.',
      '',
      '## Intercom',
      '',
      'Go to **Settings → Integrations**, enter your access token in the field and click **Connect**.',
      '',
      '## Zendesk',
      '',
      'Go to **Settings → Integrations**, enter your API key in the field and click **Connect**.',
    ]);
    expect(scan(doc, 'docs/integrations.md')).toEqual([
      { line: 7, messageId: 'request', text: expect.stringContaining('enter your access token') },
    ]);
  });

  it('reports the step that asks for the token, on its own line, in a CRLF file', () => {
    const doc = [
      '# Sync Intercom tickets',
      '',
      'Follow these steps in the Acme app.',
      '',
      '- Open the **Integrations** tab.',
      '- Select **Intercom**.',
      '- Enter your Intercom API key and press **Save**.',
      '',
    ].join('\r\n');
    expect(scan(doc, 'help/sync.md')).toEqual([
      { line: 7, messageId: 'request', text: 'Enter your Intercom API key and press **Save**.' },
    ]);
  });

  it('reports the sentence of a long paragraph that asks, on its line', () => {
    const doc = md([
      '# Getting started with Acme',
      '',
      'Welcome to Acme! Your dashboard shows every customer conversation in one place. To see',
      'Intercom conversations too, open the Settings page. Then paste your Intercom access token',
      'in the Token field and click Save. Your conversations appear within a few minutes.',
    ]);
    expect(scan(doc, 'help/getting-started.md')).toEqual([
      { line: 4, messageId: 'request', text: 'Then paste your Intercom access token in the Token field and click Save.' },
    ]);
  });

  it('reports a field table that asks for the token, not one that shows values', () => {
    const doc = md([
      '# Intercom settings',
      '',
      'Open **Settings → Integrations → Intercom** and fill in the form:',
      '',
      '| Field | What to enter |',
      '| ----- | ------------- |',
      '| Workspace name | Any name you like |',
      '| Access token | Found in the Developer Hub under **Authentication** |',
      '',
      'Click **Save**. The card then shows the connection:',
      '',
      '| Setting | Value |',
      '| ------- | ----- |',
      '| Workspace | Acme Support |',
      '| Access token | dG9rOm••••==   |',
    ]);
    expect(scan(doc, 'help/intercom-settings.md')).toEqual([{ line: 8, messageId: 'label', text: 'Access token' }]);
  });

  it('reports a definition line whose term is a field', () => {
    const doc = md([
      '# Connect Intercom',
      '',
      'In Acme, open **Settings → Integrations** and fill in:',
      '',
      '- **Workspace ID**: from the address bar of your Intercom inbox.',
      '- **Intercom access token**: from the Developer Hub → Authentication.',
    ]);
    expect(scan(doc, 'help/connect.md')).toEqual([{ line: 6, messageId: 'label', text: 'Intercom access token' }]);
  });

  it.each([
    [
      'Spanish',
      [
        '# Conectar Intercom con Acme',
        '',
        '## Pasos',
        '',
        '1. En Intercom, abre el Developer Hub y crea una aplicación.',
        '2. En Acme, ve a **Configuración → Integraciones**.',
        '3. Pega tu token de acceso de Intercom en el campo **Token** y haz clic en **Guardar**.',
      ],
      7,
    ],
    [
      'French',
      [
        '# Connecter Intercom à Acme',
        '',
        '## Étapes',
        '',
        '1. Dans Acme, allez dans **Paramètres → Intégrations**.',
        "2. Collez votre jeton d'accès Intercom dans le champ prévu",
        '   puis cliquez sur **Enregistrer**.',
      ],
      6,
    ],
    [
      'German',
      [
        '# Intercom mit Acme verbinden',
        '',
        '## Schritte',
        '',
        '1. Öffnen Sie in Acme **Einstellungen → Integrationen**.',
        '2. Fügen Sie Ihr Intercom-Zugriffstoken in das Feld ein und klicken Sie auf **Speichern**.',
      ],
      6,
    ],
    [
      'Japanese',
      [
        '# IntercomをAcmeに接続する',
        '',
        '## 手順',
        '',
        '1. Acmeの**設定 → 連携**を開きます。',
        '2. Intercomのアクセストークンを入力して、**保存**をクリックします。',
      ],
      6,
    ],
  ])('%s help copy', (_language, lines, line) => {
    const found = scan(md(lines), 'help/intercom.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line, messageId: 'request' });
  });
});

describe('MDX onboarding', () => {
  const onboarding = md([
    '---',
    'title: Connect your Intercom workspace',
    '---',
    '',
    "import { TextField, Button, Steps } from '@acme/ui';",
    "import screenshot from './intercom-card.png';",
    '',
    '# Step 2 of 3: Connect Intercom',
    '',
    'Acme reads your Intercom conversations to build weekly reports.',
    '',
    '<TextField',
    '  name="intercomToken"',
    '  onChange={(event) => setToken(event.target.value)}',
    '  label="Intercom access token"',
    '/>',
    '',
    '<Button variant="primary">Save and continue</Button>',
  ]);

  it('reports a text field labelled with the credential', () => {
    expect(scan(onboarding, 'src/pages/onboarding/intercom.mdx')).toEqual([
      { line: 15, messageId: 'label', text: 'Intercom access token' },
    ]);
  });

  it('reads string-literal expressions and markdown inside components', () => {
    const doc = md([
      '# Connect Intercom',
      '',
      '<Steps>',
      '  <Step title="Open the settings">Go to **Settings → Integrations** in the Acme app.</Step>',
      '  <Step title={"Paste your Intercom access token"}>Paste it into the field and click **Save**.</Step>',
      '</Steps>',
    ]);
    expect(scan(doc, 'docs/onboarding.mdx')).toEqual([
      { line: 5, messageId: 'request', text: 'Paste your Intercom access token' },
    ]);
  });

  it('reports a placeholder shaped like an Intercom token on an input', () => {
    const doc = md(['# Connect', '', 'Open **Settings** and fill in the form.', '', '<input name="token" placeholder="dG9rOm••••==" />']);
    expect(scan(doc, 'help/connect.md')).toEqual([{ line: 5, messageId: 'placeholder', text: 'dG9rOm••••==' }]);
  });

  it('does not read MDX module lines or expressions as copy', () => {
    const doc = md([
      "export const meta = { title: 'Paste your Intercom access token' };",
      '',
      "{/* TODO: paste your Intercom access token in the Settings field */}",
      '',
      '# Connect',
      '',
      'Click **Connect with Intercom** and approve access.',
    ]);
    expect(scan(doc, 'docs/connect.mdx')).toEqual([]);
  });
});

describe('not solicitation', () => {
  it('docs about Slack and HubSpot keys on a page that also covers Intercom', () => {
    const doc = md([
      '# Integrations',
      '',
      'Acme connects to Intercom with OAuth: click **Connect with Intercom** on the Integrations page.',
      'Intercom, Intercom and Intercom again: this page is mostly about Intercom.',
      '',
      '## Slack',
      '',
      '1. Go to **Settings → Integrations → Slack**.',
      '2. Paste your Slack API token into the field and click **Save**.',
      '',
      '## HubSpot',
      '',
      'Go to **Settings**, enter your API key in the field and click **Connect**.',
      '',
      '| Service | Field | Where to find it |',
      '| --- | --- | --- |',
      '| HubSpot | API key | Found under Settings → Integrations |',
    ]);
    expect(scan(doc, 'help/integrations.md')).toEqual([]);
  });

  it('a CHANGELOG entry', () => {
    const changelog = md([
      '# Changelog',
      '',
      '## [2.4.0] - 2024-05-02',
      '',
      '### Added',
      '',
      '- Paste your Intercom access token in **Settings → Integrations** to connect a workspace.',
      '- The access token field is now masked.',
      '',
      '### Fixed',
      '',
      '- Intercom access token was not saved when the form had a validation error (#412).',
    ]);
    expect(scan(changelog, 'CHANGELOG.md')).toEqual([]);
    // The same notes under a release heading on any page.
    expect(scan(changelog, 'help/whats-new.md')).toEqual([]);
  });

  it('"Connect with Intercom" OAuth instructions', () => {
    const doc = md([
      '# Connect Intercom',
      '',
      'Acme uses Intercom OAuth, so there is no access token to copy around.',
      '',
      '1. Go to **Settings → Integrations** in Acme.',
      '2. Click **Connect with Intercom**.',
      '3. Pick your workspace and click **Authorize access**.',
      '',
      '> **Note:** Acme never asks you to paste your Intercom access token. If someone asks you',
      '> to send it, do not share your access token.',
    ]);
    expect(scan(doc, 'help/connect-intercom.md')).toEqual([]);
  });

  it('masked token examples', () => {
    const token = generateToken({ startsWith: 'letter' });
    const masked = `${token.slice(0, 6)}••••••••==`;
    const doc = md([
      '# Your Intercom connection',
      '',
      'After connecting, the **Integrations** page shows your Intercom access token masked, for',
      `example \`${masked}\`. Click **Reveal** to see the first characters.`,
      '',
      '```text',
      `Access token: ${masked}`,
      '```',
      '',
      `The token on the card (${masked}) is never shown in full.`,
    ]);
    expect(scan(doc, 'help/connection.md')).toEqual([]);
  });

  it('front matter, code blocks, comments and link URLs', () => {
    const doc = md([
      '---',
      'title: Paste your Intercom access token in the Settings field',
      'summary: Click Save after you enter your Intercom access token.',
      '---',
      '',
      '# Intercom FAQ',
      '',
      '<!-- TODO: go to Settings and paste your Intercom access token in the field -->',
      '',
      '~~~~markdown title="example.md"',
      'Go to Settings and paste your Intercom access token in the field. Click Save.',
      '~~~~',
      '',
      '    Go to Settings and paste your Intercom access token in the field.',
      '',
      'See [the settings page](https://example.com/paste-your-intercom-access-token?field=settings).',
    ]);
    expect(scan(doc, 'help/faq.md')).toEqual([]);
  });

  it('a page that never names Intercom', () => {
    const doc = md(['# Connect', '', 'Go to **Settings**, paste your access token in the field and click **Save**.']);
    expect(scan(doc, 'help/connect.md')).toEqual([]);
    // …unless its path does.
    expect(scan(doc, 'help/intercom/connect.md')).toHaveLength(1);
  });

  it('where to find a token, when nothing asks to hand it over', () => {
    const doc = md([
      '# Getting an Intercom access token',
      '',
      '1. In Intercom, go to **Settings → Developers → Developer Hub** and click **New app**.',
      '2. Open **Authentication** and copy the access token.',
      '3. Keep it somewhere safe; treat it like a password.',
    ]);
    expect(scan(doc, 'docs/guides/intercom-token.md')).toEqual([]);
    // The same steps followed by one that hands the token to the app: both are the solicitation.
    const flow = `${doc}4. In Acme, open **Settings** and paste it into the **Intercom access token** field.\n`;
    expect(scan(flow, 'docs/guides/intercom-token.md')).toEqual([
      { line: 4, messageId: 'request', text: 'Open **Authentication** and copy the access token.' },
      { line: 6, messageId: 'request', text: expect.stringContaining('paste it into the **Intercom access token** field') },
    ]);
  });

  it('when nothing says who the page is for', () => {
    expect(scan(md(['# Intercom', '', 'Paste your Intercom access token.']), 'notes/intercom.md')).toEqual([]);
  });
});

describe('options', () => {
  it('finds extra credential nouns', () => {
    const doc = md(['# Intercom', '', 'Open **Settings** and paste your Intercom app secret in the field.']);
    expect(scan(doc, 'help/intercom.md')).toEqual([]);
    expect(scan(doc, 'help/intercom.md', ['app secret'])).toEqual([
      { line: 3, messageId: 'request', text: 'Open **Settings** and paste your Intercom app secret in the field.' },
    ]);
  });
});
