import { describe, expect, it } from 'vitest';
import { findSolicitationCandidate, getSolicitation } from '../../src/copy/index.js';

const kindOf = (text: string, { intercomContext = false, allowLabel = true } = {}) =>
  getSolicitation(text, { intercomContext, allowLabel })?.kind ?? null;

describe('requests that name Intercom', () => {
  it.each([
    'Paste your Intercom access token',
    'Enter your Intercom access token',
    'Please enter your Intercom access token',
    'Provide your Intercom API key to continue',
    'Type your Intercom personal access token below.',
    'Copy the access token from Intercom and paste it below',
    'Set your Intercom access token',
    'Add your Intercom API token',
    'Fill in your Intercom access token',
    'Your Intercom access token goes here',
    'Insert your Intercom bearer token',
    'We need your Intercom access token to sync conversations.',
    'Paste&nbsp;your Intercom&nbsp;access token',
    'PASTE YOUR INTERCOM ACCESS TOKEN',
    'Enter your Intercom API keys',
    'Intercom: paste your access token here',
    'To connect Intercom, enter your API key.',
    'Paste your Intercom token',
    'Enter the API key for Intercom',
    'Paste your Intercom access\u00a0token',
    'Go to Intercom Developer Hub. Copy your access token and paste it in the field below.',
    // Spanish
    'Pega aquí tu token de acceso de Intercom',
    'Introduce tu clave de API de Intercom',
    'Ingresá tu token de acceso de Intercom',
    'Por favor, ingrese su Token de Acceso de Intercom',
    // Portuguese
    'Cole o seu token de acesso do Intercom',
    'Insira sua chave de API do Intercom',
    'Informe o token de acesso da sua conta Intercom',
    // French
    "Collez votre jeton d'accès Intercom",
    'Saisissez votre clé API Intercom',
    'Entrez votre jeton d&#39;acc&egrave;s Intercom',
    // German
    'Fügen Sie Ihr Intercom-Zugriffstoken ein',
    'Bitte geben Sie Ihren Intercom API-Schlüssel ein',
    'Intercom Zugriffstoken hier einfügen',
    // Japanese
    'Intercomのアクセストークンを入力してください',
    'IntercomのAPIキーを貼り付けてください',
    'ＩｎｔｅｒｃｏｍのＡＰＩキーを入力',
    // others
    'Incolla il tuo token di accesso Intercom',
    '请输入您的 Intercom 访问令牌',
    'Intercom 액세스 토큰을 입력하세요',
  ])('%s', (text) => {
    expect(kindOf(text)).toBe('request');
  });
});

describe('bare field labels', () => {
  it.each([
    'Intercom access token',
    'Intercom Access Token:',
    'Your Intercom access token (Developer Hub → Authentication)',
    'Intercom API Key *',
    'Intercom personal access token (required)',
    'Token de acceso de Intercom',
    'Token de acesso do Intercom',
    "Jeton d'accès Intercom",
    'Intercom-Zugriffstoken',
    'Intercom API-Schlüssel',
    'Intercomアクセストークン',
  ])('%s names Intercom', (text) => {
    expect(kindOf(text)).toBe('label');
  });

  it.each(['Access Token', 'API Key', 'Personal access token', 'Token de acceso', 'Clé API', 'APIキー', 'Your access token here'])(
    '%s needs Intercom context',
    (text) => {
      expect(kindOf(text)).toBeNull();
      expect(kindOf(text, { intercomContext: true })).toBe('label');
    },
  );

  it('only counts in label positions', () => {
    expect(kindOf('Intercom access token', { allowLabel: false })).toBeNull();
    expect(kindOf('Paste your Intercom access token', { allowLabel: false })).toBe('request');
  });

  it('does not take a sentence that merely mentions the token for a label', () => {
    expect(kindOf('Invalid Intercom access token', { intercomContext: true })).toBeNull();
    expect(kindOf('Intercom access token is required', { intercomContext: true })).toBeNull();
    expect(kindOf('Where do I find my Intercom access token?')).toBeNull();
  });
});

describe('requests that rely on context', () => {
  it.each([
    'Paste your access token',
    'Enter your API key',
    'Copy the Access Token and paste it below',
    'Pega aquí tu token de acceso',
    'Cole seu token de acesso',
    "Collez votre jeton d'accès",
    'Zugriffstoken einfügen',
    'アクセストークンを入力してください',
  ])('%s', (text) => {
    expect(kindOf(text)).toBeNull();
    expect(kindOf(text, { intercomContext: true })).toBe('request');
  });
});

describe('token placeholders', () => {
  it.each(['dG9rOm••••==', 'dG9rOjBiM...', 'e.g. dG9rOj…', 'dG9rOmxxxxxxxxxxxx', 'Bearer dG9rOm****'])('%s', (text) => {
    const result = getSolicitation(text);
    expect(result?.kind).toBe('placeholder');
    expect(result?.subject).toMatch(/^dG9rO[jm]…$/);
  });

  it('needs context for the plain tok: prefix', () => {
    expect(getSolicitation('tok:xxxxxxxx')).toBeNull();
    expect(getSolicitation('tok:xxxxxxxx', { intercomContext: true })?.kind).toBe('placeholder');
  });

  it('ignores placeholders outside label positions', () => {
    expect(getSolicitation('dG9rOm••••==', { allowLabel: false })).toBeNull();
  });
});

describe('not solicitation', () => {
  it.each([
    // developer setup
    'export INTERCOM_ACCESS_TOKEN=your-token',
    'Set INTERCOM_TOKEN in your .env',
    'Paste your Intercom access token into the .env file',
    'Set the INTERCOM_ACCESS_TOKEN environment variable to your Intercom access token',
    'INTERCOM_ACCESS_TOKEN is not set',
    'Missing Intercom access token, set the env var',
    'Send your Intercom access token in the Authorization header',
    'Definí la variable de entorno con tu token de acceso de Intercom',
    // OAuth and public identifiers
    'Connect with Intercom',
    'Sign in with Intercom',
    'Enter your Intercom App ID',
    'Enter your Intercom workspace ID',
    'Paste your Intercom identity verification secret',
    // negated
    'You never need to paste your Intercom access token: we use OAuth.',
    "Don't share your Intercom access token with anyone",
    'No need to enter your Intercom API key — just click Connect.',
    'Você não precisa colar seu token de acesso do Intercom',
    'Intercomのアクセストークンを入力しないでください',
    // other vendors
    'Paste your Slack bot token',
    'Enter your HubSpot API key',
    'Enter your Slack access token to connect Slack',
    'Paste your OpenAI API key',
    'Copy your Acme API key and paste it into Intercom',
    'Introduce tu clave de API de Stripe',
    // no credential noun, or no request
    'Enter your password',
    'Enter your email address',
    'Invalid access token',
    'Your Intercom access token has been revoked. Reconnect with Intercom.',
    'Fetching Intercom access token',
    'The token type must be bearer',
    // identifiers
    'intercomAccessToken',
    'INTERCOM_API_KEY',
    'settings.intercom.accessToken',
    'access_token',
    '',
  ])('%s', (text) => {
    expect(kindOf(text, { intercomContext: true })).toBeNull();
  });

  it('does not blame another vendor in copy that also mentions Intercom', () => {
    expect(kindOf('Connect Intercom first, then paste your Slack token below')).toBeNull();
    expect(kindOf('Enter the API key for Zendesk (the Intercom import uses it)')).toBeNull();
  });
});

describe('findSolicitationCandidate', () => {
  it('reports whether the copy itself names Intercom', () => {
    expect(findSolicitationCandidate('Paste your access token')).toEqual({
      kind: 'request',
      subject: 'access token',
      namesIntercom: false,
    });
    expect(findSolicitationCandidate('Paste your Intercom access token')?.namesIntercom).toBe(true);
  });

  it('treats Intercom as a destination as no claim on the key', () => {
    expect(findSolicitationCandidate('Paste the API key into Intercom')?.namesIntercom).toBe(false);
  });

  it('accepts additional nouns', () => {
    expect(getSolicitation('Paste your Intercom app secret')).toBeNull();
    expect(getSolicitation('Paste your Intercom app secret', { additionalNouns: ['app secret'] })?.kind).toBe('request');
  });

  it('never returns the text itself', () => {
    const result = findSolicitationCandidate('Paste your Intercom access token dG9rOm••••==');
    expect(JSON.stringify(result)).not.toContain('Paste');
  });
});

describe('statelessness', () => {
  it('gives the same answer however often and in whatever order it is called', () => {
    const texts = ['Copy access token', 'Enter API key', 'Enter your Intercom access token or connect via OAuth'];
    const first = texts.map((text) => findSolicitationCandidate(text));
    const again = [...texts].reverse().map((text) => findSolicitationCandidate(text)).reverse();
    expect(again).toEqual(first);
    expect(first.every((result) => result?.kind === 'request')).toBe(true);
  });
});

describe('labels with two nouns', () => {
  it('reads "API key or access token" as one label', () => {
    expect(kindOf('Intercom API key or access token')).toBe('label');
  });
});
