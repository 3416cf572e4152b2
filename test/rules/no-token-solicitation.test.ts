import rule from '../../rules/no-token-solicitation.js';
import { runRuleTests } from '../support/rule-tester.js';

const request = { messageId: 'request' } as const;
const label = { messageId: 'label' } as const;
const placeholder = { messageId: 'placeholder' } as const;
// Markup in strings is plain JS: run it under every parser, not only the JSX ones.
const anyParser = ['js', 'jsx', 'ts'] as const;

runRuleTests('no-token-solicitation', rule, {
  valid: [
    // Other vendors, also in files that mention Intercom elsewhere.
    `const a = <label>Paste your <b>Slack</b> bot token</label>;`,
    `const intercom = 'Intercom';
     const a = <p>Enter your HubSpot API key</p>;`,
    `const integrations = [
       { name: 'Intercom', auth: 'oauth', button: 'Connect with Intercom' },
       { name: 'HubSpot', fields: [{ label: 'API key', placeholder: 'Enter your API key' }] },
     ];`,
    `function Integrations() {
       return (
         <div>
           <IntercomCard><button>Connect with Intercom</button></IntercomCard>
           <SlackCard><input placeholder="Paste your bot token" aria-label="Access token" /></SlackCard>
         </div>
       );
     }`,
    `function Settings() {
       return <form><h2>Intercom and Slack</h2><label>API key</label></form>;
     }`,
    `import Intercom from '@intercom/messenger-js-sdk';
     Intercom({ app_id: 'abc12345' });
     export const Ai = () => <input placeholder="Enter your OpenAI API key" />;`,
    // Developer docs and errors.
    `const doc = <pre><code>export INTERCOM_ACCESS_TOKEN=...</code></pre>;`,
    `const doc = <p>Set <code>INTERCOM_TOKEN</code> in your .env file.</p>;`,
    `const doc = <p>Paste your Intercom access token into the <code>INTERCOM_TOKEN</code> environment variable.</p>;`,
    `if (!token) throw new Error('Please provide an Intercom access token');`,
    `console.error('Missing Intercom access token, set the env var');`,
    `logger.warn('Enter your Intercom access token');`,
    `throw 'Enter your Intercom access token';`,
    // OAuth, public identifiers, unrelated fields.
    `const a = <a href="/auth/intercom">Connect with Intercom</a>;`,
    `const a = <button>Sign in with Intercom</button>;`,
    `const a = <input placeholder="Intercom App ID" />;`,
    `const a = <label>Intercom workspace ID</label>;`,
    `const a = <><IntercomChat /><input type="password" placeholder="Password" /></>;`,
    `const a = <p>You never need to paste your Intercom access token: we use OAuth.</p>;`,
    // Not copy.
    `const intercomAccessToken = process.env.INTERCOM_ACCESS_TOKEN;`,
    `const m = { 'Paste your Intercom access token': 1 };`,
    `if (label === 'Intercom access token') {}`,
    `import x from 'intercom-access-token';`,
    `it('asks for the Intercom access token', () => {});`,
    `screen.getByLabelText('Intercom access token');`,
    `const kind = 'Intercom access token';`,
    `const q = sql\`SELECT intercom_access_token FROM accounts\`;`,
    `const schema = yup.string().required('Intercom access token is required');`,
    { code: `type Label = 'Paste your Intercom access token';`, parsers: ['ts'] },
    // No Intercom anywhere: nothing to attribute.
    `const a = <input placeholder="Paste your access token" />;`,
    `const a = <input placeholder="tok:xxxxxxxx" />;`,
    // Masked tokens shown on a page: a stored credential on display, or docs about the format.
    `function ConnectedIntercom({ installation }) {
       return <dl><dt>Token</dt><dd><code>dG9rOm••••••••</code> (issued via OAuth)</dd></dl>;
     }`,
    `export const IntercomTokenDocs = () => (
       <p>Intercom access tokens start with <code>dG9rOm</code> and look like <code>dG9rOmQ4ZjE••••••••=</code>.</p>
     );`,
    // Actions on a connected credential, warnings, clipboard.
    `function IntercomCard({ onRevoke }) {
       return <button title="Revoke the Intercom access token" onClick={onRevoke}>Revoke access</button>;
     }`,
    `function IntercomSettings() { return <button aria-label="Regenerate access token">Regenerate</button>; }`,
    `const a = <p>We never ask for your Intercom access token. If someone asks you to share your token, report it.</p>;`,
    `toast.success('Intercom access token copied to clipboard');`,
    `function IntercomSettings() { return <button>Copy access token to clipboard</button>; }`,
    // Flag and command specs are names, not copy.
    `import { Command } from 'commander';
     new Command('intercom').option('--access-token <token>').option('--api-key <key>');`,
    `const intercomField = { name: 'access-token', type: 'password' };`,
    // A bare credential noun outside a <label>, in a component with no input, names a stored
    // credential on display; it asks for nothing.
    `export default function IntercomConnectionCard({ connection }) {
       return <dl><dt>Workspace</dt><dd>{connection.workspace}</dd><dt>Access token</dt><dd>••••{connection.last4}</dd></dl>;
     }`,
    `function IntercomStatus({ keys }) {
       return <table><tbody>{keys.map((k) => <tr key={k.id}><th>Intercom API key</th><td>{k.masked}</td></tr>)}</tbody></table>;
     }`,
    `const IntercomSummary = ({ last4 }) => <div><h4>Intercom</h4><span>Access token</span> <code>…{last4}</code><button onClick={revoke}>Revoke</button></div>;`,
    `function IntercomStatus({ masked }) { return <Stat title="Access token" value={masked} />; }`,
    // Masked tokens under names of a stored credential's view: the user's own token on display.
    `export const Connected = { args: { provider: 'intercom', tokenHint: 'dG9rOm…c2Vh' } };`,
    `const intercom = { workspace: 'Acme', maskedAccessToken: 'dG9rOm••••••••==' };`,
    `const a = <IntercomTokenBadge tokenPreview="dG9rOm••••==" keyHint={'dG9rOj…AbCd'} />;`,
    `const intercomTokenHint = 'dG9rOm…c2Vh';`,
    // Credential values in sample data (story args, mocks, fixtures) are dummies, not copy.
    `export const Default = { args: { provider: 'intercom', token: 'Paste your Intercom access token here' } };`,
    `const fetchIntercom = vi.fn().mockResolvedValue({ accessToken: 'Enter your Intercom access token' });`,
    `const mockIntercomInstall = { apiKey: 'Enter your Intercom API key', workspace: 'Acme' };`,
    {
      code: `export const intercomInstall = { accessToken: 'Enter your Intercom access token', workspace: 'Acme' };`,
      filename: 'src/__mocks__/intercom.ts',
    },
    {
      code: `export const Connected = { args: { intercomToken: 'Paste your Intercom token here' } };`,
      filename: 'src/IntercomCard.stories.tsx',
    },
    // Context limited to the string itself.
    {
      code: `function IntercomSettings() { return <label>Access token</label>; }`,
      options: [{ contextScope: 'string' }],
    },
    // Multi-vendor file: not "mostly about Intercom" unless the option widens the scope.
    `const vendors = ['Slack', 'HubSpot', 'Zendesk', 'Intercom'];
     export const Field = () => <input aria-label="Enter your API key" />;`,
    // Markup in strings: other vendors, masked tokens on display, OAuth-only markup, non-copy.
    {
      code: `const intercomUrl = '/auth/intercom';
       panel.innerHTML = '<section><h3>Intercom</h3><a href="/auth/intercom">Connect with Intercom</a></section>' +
         '<section><h3>Zendesk</h3><label>API key</label><input name="zendesk_key"></section>';`,
      parsers: anyParser,
    },
    { code: `$('<input type="password" placeholder="Enter your HubSpot API key">').appendTo('#intercom-settings');`, parsers: anyParser },
    {
      code: 'class IntercomConnectionCard extends HTMLElement {\n connectedCallback() {\n this.innerHTML = `<h4>Intercom</h4><dl><dt>Access token</dt><dd><code>dG9rOm••••==</code></dd></dl><button>Reconnect with Intercom</button>`;\n }\n}',
      parsers: anyParser,
    },
    {
      code: 'export default {\n name: "IntercomConnect",\n template: `<section><h3>Intercom</h3><p>Authorization happens on intercom.com.</p><a class="btn" href="/auth/intercom">Connect Intercom</a></section>`,\n};',
      parsers: anyParser,
    },
    {
      code: 'export default { name: "IntercomSettings", template: `<form><input :placeholder="tokenPlaceholder" v-model="token"></form>` };',
      parsers: anyParser,
    },
    { code: `if (html === '<label>Intercom access token</label><input>') {}`, parsers: anyParser },
    { code: `el.innerHTML = '<style>label::after{content:"Intercom access token"}</style><p>Saved.</p>';`, parsers: anyParser },
    {
      code: 'el.innerHTML = `<section class="intercom"><label>Access token</label><input name="token"></section>`;',
      options: [{ contextScope: 'string' }],
      parsers: anyParser,
    },
    // Builders and attribute setters: names and values that are not copy.
    { code: `sheet.setName('Intercom API key');`, parsers: anyParser },
    { code: `$('#token').attr('name', 'intercom_api_key').attr('data-kind', 'Intercom access token');`, parsers: anyParser },
    { code: `input.setAttribute('value', 'Intercom access token');`, parsers: anyParser },
    { code: `$('#token').attr('placeholder', 'Paste your Stripe secret key');`, parsers: anyParser },
    // Chat bots: warnings, negated requests, OAuth links, another vendor's token, status replies.
    `bot.start((ctx) => ctx.reply('🔒 I will never ask for your Intercom access token. If someone does, do not share it.'));`,
    `app.command('/intercom', async ({ say }) => { await say("Don't DM me your Intercom access token. Use /connect to sign in with OAuth."); });`,
    `bot.sendMessage(chatId, 'Never send your Intercom API key in chat. Tap Connect with Intercom instead.');`,
    `await interaction.reply({ content: 'Do not post your Intercom access token here; connect with OAuth.', ephemeral: true });`,
    `// Intercom relay
     await respond({ text: 'Send your Slack bot token to finish the Slack setup.' });`,
    `bot.command('status', (ctx) => ctx.reply('Intercom access token saved ✅'));`,
    `bot.start((ctx) => ctx.reply('👋 I post new Intercom conversations to this chat.'));`,
  ],
  invalid: [
    // JSX text, attributes, split text.
    { code: `const a = <p>Paste your Intercom access token below.</p>;`, errors: [request] },
    { code: `const a = <label>Paste your <b>Intercom</b> access token</label>;`, errors: [request] },
    {
      code: `const a = <label>
         Paste your <strong>Intercom</strong>
         access token <a href="/help">(where is it?)</a>
       </label>;`,
      errors: [request],
    },
    { code: `const a = <p>{'Paste your Intercom access token'}</p>;`, errors: [request] },
    { code: `const a = <input placeholder="Paste your Intercom access token" />;`, errors: [request] },
    { code: `const a = <input placeholder="dG9rOm••••==" />;`, errors: [{ ...placeholder, data: { subject: 'dG9rOm…' } }] },
    { code: `const a = <TextField label="Intercom-Zugriffstoken" helperText="Fügen Sie hier Ihr Zugriffstoken ein" />;`, errors: [label, request] },
    { code: `const a = <Input placeholder="Intercomのアクセストークンを入力" />;`, errors: [request] },
    { code: `const a = <p>Pega aquí tu token de acceso de Intercom</p>;`, errors: [request] },
    { code: `const a = <p>Cole o seu token de acesso do Intercom</p>;`, errors: [request] },
    { code: `const a = <p>Collez votre jeton d&apos;accès Intercom</p>;`, errors: [request] },
    {
      code: `const a = <input placeholder={'Paste your Intercom access token' as string} />;`,
      parsers: ['ts'],
      errors: [request],
    },
    // Context from the component and form.
    {
      code: `function IntercomSettings() {
         return <form><label>Access token</label><input name="token" /></form>;
       }`,
      errors: [{ ...label, data: { subject: 'access token' }, line: 2 }],
    },
    {
      code: `const Form = () => (
         <form>
           <h2>Connect Intercom</h2>
           <label htmlFor="t">API key</label>
           <input id="t" placeholder="Paste your API key" />
         </form>
       );`,
      errors: [label, request],
    },
    {
      code: `const a = <input name="intercom_token" placeholder="dG9rOj…" aria-label="Access token" />;`,
      errors: [placeholder, label],
    },
    // Credential and form schemas.
    {
      code: `export class IntercomApi implements ICredentialType {
         name = 'intercomApi';
         displayName = 'Intercom API';
         properties: INodeProperties[] = [
           { displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
         ];
       }`,
      parsers: ['ts'],
      errors: [label],
    },
    {
      code: `const intercom = {
         fields: [
           { key: 'token', label: 'Access Token', helpText: 'Copy the access token from Developer Hub and paste it here.' },
         ],
       };`,
      errors: [label, request],
    },
    {
      code: `const integrations = [
         { name: 'Slack', fields: [{ label: 'Bot token' }] },
         { name: 'Intercom', fields: [{ label: 'API key', placeholder: 'tok:xxxxxxxx' }] },
       ];`,
      errors: [label, placeholder],
    },
    {
      code: `register('token', { required: 'Please enter your Intercom access token' });`,
      errors: [request],
    },
    // i18n catalogs and calls.
    {
      code: `export const messages = {
         intercom: { tokenLabel: 'Access token', tokenHelp: 'Paste your access token here' },
       };`,
      errors: [label, request],
    },
    {
      code: `const translations = { es: { intercomToken: 'Token de acceso de Intercom' } };`,
      errors: [label],
    },
    { code: `t('settings.intercom.tokenLabel', 'Access token');`, errors: [label] },
    { code: `__('Enter your Intercom access token', 'my-intercom-plugin');`, errors: [request] },
    { code: `esc_html_e('Intercom Access Token');`, errors: [label] },
    // alert, prompt, CLI.
    { code: `alert('Please enter your Intercom access token');`, errors: [request] },
    { code: `const token = window.prompt('Intercom access token:');`, errors: [label] },
    {
      code: `program.option('-t, --token <token>', 'Your Intercom access token').description('Set your Intercom access token');`,
      errors: [label, request],
    },
    {
      code: `inquirer.prompt([{ type: 'password', name: 'token', message: 'Paste your Intercom access token' }]);`,
      errors: [request],
    },
    // Templates and concatenation, each reported once.
    { code: 'const msg = `Paste your Intercom access token for ${workspace}`;', errors: [request] },
    { code: `const msg = 'Paste your Intercom ' + 'access token';`, errors: [request] },
    { code: 'el.innerHTML = html`<label>Paste your Intercom access token</label>`;', errors: [request] },
    { code: `el.placeholder = 'Intercom access token';`, errors: [label] },
    { code: `toast.error('Please paste your Intercom access token');`, errors: [request] },
    // File-level context.
    {
      code: `import { IntercomClient } from 'intercom-client';
       export function TokenForm() { return <input placeholder="Access token" />; }`,
      errors: [label],
    },
    {
      code: `export const Field = () => <input aria-label="API key" />;`,
      filename: 'src/components/IntercomConnect.tsx',
      errors: [label],
    },
    {
      code: `const vendors = ['Slack', 'HubSpot', 'Zendesk', 'Intercom'];
       export const Field = () => <input aria-label="Enter your API key" />;`,
      options: [{ contextScope: 'file' }],
      errors: [request],
    },
    // Requests whose noun comes from an earlier sentence of the same string.
    {
      code: `toast.error('Your Intercom access token has expired. Please paste a new one.');`,
      errors: [request],
    },
    {
      code: `function IntercomConnect() { return <p>That access token was rejected. Enter it again below.</p>; }`,
      errors: [request],
    },
    // CLI builders: reported on the description, never on the flag spec.
    {
      code: `yargs(process.argv.slice(2))
         .option('access-token', {
           alias: 'a',
           describe: 'Intercom access token',
         })
         .positional('api-key', { desc: 'Your Intercom API key' });`,
      errors: [{ ...label, line: 4 }, { ...label, line: 6 }],
    },
    {
      code: `program.option('--intercom-token <token>', 'Intercom access token');`,
      errors: [{ ...label, line: 1, column: 44 }],
    },
    {
      code: `const opt = new Option('--access-token <token>', 'Your Intercom access token');`,
      errors: [{ ...label, column: 50 }],
    },
    { code: `cli.command('login <token>', 'Log in with your Intercom access token');`, errors: [request] },
    { code: `const token = await password({ message: 'Intercom access token', mask: '*' });`, errors: [label] },
    {
      code: `const answers = await prompt({ type: 'password', name: 'api-key', message: 'Your Intercom API key?' });`,
      errors: [{ ...label, column: 76 }],
    },
    {
      code: `export default class Sync extends Command {
         static flags = { token: Flags.string({ char: 't', summary: 'Intercom API key', required: true }) };
       }`,
      errors: [label],
    },
    // Namespaced and help-style copy keys.
    {
      code: `const intercomConnector = {
         uiSchema: { apiKey: { 'ui:widget': 'password', 'ui:placeholder': 'dG9rOj••••••••==', 'ui:help': 'Paste your API key' } },
       };`,
      errors: [placeholder, request],
    },
    {
      code: `const spec = { properties: { token: { type: 'string', 'x-placeholder': 'dG9rOm••••' } } };`,
      errors: [placeholder],
    },
    {
      code: `export const intercomConnection = {
         parameters: [{ name: 'apiKey', type: 'password', label: 'API Key', help: 'Your Intercom access token, from Settings → Developers.' }],
       };`,
      errors: [label, label],
    },
    {
      code: `const intercom = { fields: [{ key: 'token', inlineHelp: 'Access token', info: 'Enter your access token' }] };`,
      errors: [label, request],
    },
    // Bare nouns in page text count when the component has something to type into.
    {
      code: `function IntercomSettings({ value, onChange }) {
         return <dl><dt>Access token</dt><dd><input name="token" value={value} onChange={onChange} /></dd></dl>;
       }`,
      errors: [{ ...label, line: 2 }],
    },
    {
      code: `function IntercomSettings() {
         return <table><tbody><tr><th>Intercom API key</th><td><TextField name="apiKey" /></td></tr></tbody></table>;
       }`,
      errors: [label],
    },
    {
      code: `const IntercomConnect = () => {
         const field = <Input.Password />;
         return <div><span>Access token</span>{field}</div>;
       };`,
      errors: [{ ...label, line: 3 }],
    },
    {
      code: `class IntercomForm extends React.Component {
         render() { return <div><h3>Access token</h3><div contentEditable onInput={this.save} /></div>; }
       }`,
      errors: [label],
    },
    {
      code: `function IntercomForm({ register }) { return <div><p>Intercom API key</p><input {...register('token')} /></div>; }`,
      errors: [label],
    },
    {
      code: `function IntercomSettings() { return <Card title="Intercom access token"><Form.Item name="token" /></Card>; }`,
      errors: [label],
    },
    // Requests count anywhere, inputs or not; so does a placeholder.
    {
      code: `function IntercomConnectionCard() { return <dl><dt>Token</dt><dd>Paste your Intercom access token in Settings.</dd></dl>; }`,
      errors: [request],
    },
    { code: `const intercom = { tokenHint: 'Paste your Intercom access token here' };`, errors: [request] },
    {
      code: `export const Empty = { args: { placeholder: 'dG9rOm••••==', label: 'Intercom access token' } };`,
      filename: 'src/TokenField.stories.tsx',
      errors: [placeholder, label],
    },
    // Outside sample data, a message keyed by a credential field is shown to users.
    {
      code: `setErrors({ token: 'Please enter your Intercom access token' });`,
      errors: [request],
    },
    // Builder setters named after copy keys; `setName` on a builder that makes an input.
    {
      code: `config.newTextInput().setId('token').setName('Intercom access token').setHelpText('Paste the access token from Developer Hub');`,
      parsers: anyParser,
      errors: [label, request],
    },
    {
      code: `CardService.newTextInput().setFieldName('token').setTitle('Intercom API key').setHint('dG9rOm••••==');`,
      parsers: anyParser,
      errors: [label, placeholder],
    },
    {
      code: `const modal = new ModalBuilder().setTitle('Intercom');
       const field = new TextInputBuilder().setCustomId('token').setLabel('Access token').setPlaceholder('Paste your access token');`,
      parsers: anyParser,
      errors: [label, request],
    },
    // Attribute setters: the attribute name decides.
    { code: `$('#intercom-key').attr('placeholder', 'Intercom API key');`, parsers: anyParser, errors: [label] },
    { code: `$field.prop('title', 'Clé API Intercom');`, parsers: anyParser, errors: [label] },
    { code: `input.setAttribute('aria-label', 'Intercom access token');`, parsers: anyParser, errors: [label] },
    { code: `input.title = 'Intercom API key';`, parsers: anyParser, errors: [label] },
    // Markup in strings: each text node and copy attribute is judged on its own.
    {
      code: `class IntercomTokenForm extends LitElement {
         render() {
           return html\`
             <label for="t">Access token</label>
             <input id="t" .value=\${this.token} @input=\${this.onInput}>\`;
         }
       }`,
      parsers: anyParser,
      errors: [{ ...label, line: 3 }],
    },
    {
      code: `export default {
         name: 'IntercomSetup',
         data: () => ({ key: '' }),
         template: '<div><v-text-field label="API key" v-model="key"></v-text-field><p>Paste your access token below.</p></div>',
       };`,
      parsers: anyParser,
      errors: [{ ...label, line: 4 }, { ...request, line: 4 }],
    },
    {
      code: `const tpl = Handlebars.compile('<div class="intercom">{{#if error}}<p>{{error}}</p>{{/if}}<label>Token de acceso</label><input name="token" value="{{token}}"></div>');`,
      parsers: anyParser,
      errors: [label],
    },
    {
      code: `panel.innerHTML = '<h3>Intercom</h3><dl><dt>API key</dt><dd><input name="key"></dd></dl>';`,
      parsers: anyParser,
      errors: [label],
    },
    {
      code: `$('<input type="password" placeholder="Intercom access token">').appendTo(form);`,
      parsers: anyParser,
      errors: [label],
    },
    {
      code: `var html =
         '<form>' +
         '<label>Intercom access token</label>' +
         '<input name="token" placeholder="dG9rOm••••==">' +
         '</form>';
       $('#settings').html(html);`,
      parsers: anyParser,
      errors: [{ ...label, line: 3 }, { ...placeholder, line: 4 }],
    },
    {
      code: `el.innerHTML = '<section class="intercom"><label>Access token</label><input name="a"></section>' +
         '<section><h3>Zendesk</h3><label>API token</label><input name="b"></section>';`,
      parsers: anyParser,
      errors: [{ ...label, data: { subject: 'access token' } }],
    },
    {
      code: 'el.innerHTML = `<p>Paste your <b>Intercom</b> access token &amp; save.</p>`.trim();',
      parsers: anyParser,
      errors: [request],
    },
    {
      code: `import Intercom from '@intercom/messenger-js-sdk';
       document.body.insertAdjacentHTML('beforeend', '<dialog><p>Enter the API key from your Developer Hub:</p><input name="k"></dialog>');`,
      parsers: anyParser,
      errors: [request],
    },
    // Options.
    {
      code: `alert('Paste your Intercom app secret');`,
      options: [{ additionalNouns: ['app secret'] }],
      errors: [request],
    },
    // Chat bots: replies sent to users are copy.
    {
      code: `bot.start((ctx) => ctx.reply('Hi! Send /token followed by your Intercom access token to connect your inbox.'));`,
      errors: [request],
    },
    {
      code: `app.event('app_home_opened', async ({ say }) => { await say('DM me your Intercom access token and I will start forwarding conversations.'); });`,
      errors: [request],
    },
    {
      code: `app.command('/intercom', async ({ ack, respond }) => { await ack(); await respond({ text: 'Reply with your Intercom API key to finish setup.' }); });`,
      errors: [request],
    },
    {
      code: `await interaction.reply({ content: 'Please send me your Intercom access token.', ephemeral: true });`,
      errors: [request],
    },
    { code: `bot.sendMessage(chatId, 'Envíame tu token de acceso de Intercom.');`, errors: [request] },
    { code: `await message.reply('Schick mir dein Intercom-Zugriffstoken.');`, errors: [request] },
    { code: `await ctx.replyWithMarkdown("Envoyez-moi votre *jeton d'accès Intercom*.");`, errors: [request] },
    { code: `await interaction.followUp('Intercomのアクセストークンを送ってください');`, errors: [request] },
    {
      code: `export const replies = { needToken: 'DM me your Intercom access token and I will start forwarding conversations.' };`,
      errors: [request],
    },
    // A bot reply is a prompt: a bare credential noun asks for it.
    {
      code: `bot.command('connect', (ctx) => ctx.reply('Your Intercom access token?'));`,
      errors: [{ ...label, data: { subject: 'access token' } }],
    },
  ],
});
