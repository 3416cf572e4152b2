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
    // a negation covers the verbs joined to its own; "no X to copy" asks for nothing
    "You don't need to copy or paste an Intercom access token.",
    'Never copy or paste your Intercom access token into other apps.',
    'No access token or API key to copy: Intercom asks you to approve access instead.',
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

describe('requests that refer back to a credential named earlier in the same copy', () => {
  it.each([
    'Invalid Intercom API key. Please enter a new one.',
    'Your Intercom access token has expired. Please enter it again.',
    'Intercom access token missing — paste the token from Developer Hub.',
    'We could not verify your Intercom access token! Copy the key again and paste it here.',
    'Token de acceso de Intercom no válido. Pega un token válido.',
    'Ungültiges Intercom-Zugriffstoken. Bitte gültigen Token einfügen.',
    'Intercomのアクセストークンが無効です。新しいトークンを入力してください。',
  ])('%s', (text) => {
    expect(kindOf(text)).toBe('request');
  });

  it('takes Intercom context from the caller when the earlier sentence does not name it', () => {
    expect(kindOf('The access token is invalid. Please paste a valid token.')).toBeNull();
    expect(kindOf('The access token is invalid. Please paste a valid token.', { intercomContext: true })).toBe('request');
  });

  it('does not take a sentence-initial capital for another product name', () => {
    expect(kindOf('Invalid access token. Please paste a valid token.', { intercomContext: true })).toBe('request');
    expect(kindOf('Copy your Acme access token and paste it below', { intercomContext: true })).toBeNull();
  });

  it.each([
    'Paste a valid token.',
    'Invalid Intercom access token. Enter your email and we will send you a guide.',
    'Your Intercom access token was revoked. Never paste a token into a chat.',
    'Invalid Intercom access token. Paste your Slack token instead.',
    'Invalid Slack API key. Please paste a valid key.',
    'Acme will never ask for your Intercom access token. If someone asks you to share your token, report it.',
    'Intercom access token created. Copy it to your clipboard.',
  ])('not %s', (text) => {
    expect(kindOf(text, { intercomContext: true })).toBeNull();
  });
});

describe('labels with a where-to-find-it hint', () => {
  it.each([
    'Your Intercom access token, from Settings → Developers → Your app → Authentication.',
    'Intercom API key - found in Developer Hub',
    'Intercom access token: find it under Settings > Integrations',
    'Token de acceso de Intercom, desde Configuración → Desarrolladores',
  ])('%s', (text) => {
    expect(kindOf(text)).toBe('label');
  });

  it('still needs the credential noun to be the whole label', () => {
    expect(kindOf('Invalid Intercom access token, from the last sync')).toBeNull();
  });
});

describe('actions on a credential are not labels', () => {
  it.each([
    'Revoke the Intercom access token',
    'Regenerate API key',
    'Rotate access token',
    'Show access token',
    'Delete API key',
    'Disconnect and remove the access token',
    'Access token expires in 30 days',
    'Access token, last used 2 days ago',
    'Copy access token to clipboard',
    'Copy the Intercom access token to the clipboard',
  ])('%s', (text) => {
    expect(kindOf(text, { intercomContext: true })).toBeNull();
  });
});

describe('identifiers written in kebab-case', () => {
  it.each(['access-token', 'intercom-api-key', 'api-token'])('%s is a key, not a label', (text) => {
    expect(kindOf(text, { intercomContext: true })).toBeNull();
  });

  it('keeps capitalised hyphenated labels', () => {
    expect(kindOf('API-Key', { intercomContext: true })).toBe('label');
    expect(kindOf('Intercom-Zugriffstoken')).toBe('label');
  });
});

describe('masked tokens in prose', () => {
  it('are not placeholders when placeholders are not allowed', () => {
    const options = { allowLabel: true, allowPlaceholder: false, intercomContext: true };
    expect(getSolicitation('dG9rOm•••••••• (issued via OAuth)', options)).toBeNull();
    expect(getSolicitation('Intercom access tokens start with dG9rOm and look like dG9rOmQ4ZjE••••=.', options)).toBeNull();
    expect(getSolicitation('Paste your Intercom access token, e.g. dG9rOm••••', options)?.kind).toBe('request');
  });
});

describe('labels with two nouns', () => {
  it('reads "API key or access token" as one label', () => {
    expect(kindOf('Intercom API key or access token')).toBe('label');
  });
});

describe('conversational requests (chat bots, support replies)', () => {
  it.each([
    // send / DM / message
    'Hi! Send /token followed by your Intercom access token to connect your inbox.',
    'DM me your Intercom access token and I will start forwarding conversations.',
    'Direct-message me your Intercom API key.',
    'Direct message us your Intercom access token to finish setup.',
    'Message me your Intercom access token',
    'PM me your Intercom API key',
    'Send me your Intercom access token.',
    'Send your Intercom access token in this chat.',
    'Please send us your Intercom API key.',
    'Send over your Intercom access token when you are ready.',
    'Create an Intercom access token and send it to me.',
    // reply / respond / post / share
    'Reply with your Intercom access token to continue.',
    'Respond with the Intercom API key from Developer Hub.',
    'Post your Intercom access token in this channel.',
    'Generate an Intercom access token and post it here.',
    'Share your Intercom access token with us to get started.',
    'Copy your Intercom API key and share it with us.',
    // submit / give / tell / drop
    'Submit your Intercom access token below.',
    'Give me your Intercom access token and I will sync your inbox.',
    'Tell me your Intercom API key.',
    'Drop your Intercom access token here.',
    'Drop me your Intercom access token.',
    'Grab an Intercom access token and drop it here.',
    // es / pt / fr / de / ja / it / nl / zh / ko
    'Envíame tu token de acceso de Intercom.',
    'Envía tu token de acceso de Intercom a este chat.',
    'Mándanos tu clave de API de Intercom.',
    'Por favor, envíe su token de acceso de Intercom.',
    'Escribe /token seguido de tu token de acceso de Intercom.',
    'Envie seu token de acesso do Intercom.',
    'Mande o seu token de acesso do Intercom por mensagem.',
    "Envoyez-moi votre jeton d'accès Intercom.",
    "Envoie ton jeton d'accès Intercom dans ce chat.",
    'Partagez votre clé API Intercom.',
    'Senden Sie uns Ihr Intercom-Zugriffstoken.',
    'Schick mir dein Intercom-Zugriffstoken.',
    'Intercom-Zugriffstoken hier senden',
    'Intercomのアクセストークンを送ってください',
    'Intercomのアクセストークンを送信してください',
    'IntercomのAPIキーを教えてください',
    'Inviami il tuo token di accesso Intercom',
    'Stuur je Intercom toegangstoken',
    '请发送您的 Intercom 访问令牌',
    'Intercom 액세스 토큰을 보내주세요',
  ])('%s', (text) => {
    expect(kindOf(text)).toBe('request');
  });

  it.each([
    // English negations of every new verb class
    '🔒 I will never ask for your Intercom access token. If someone does, do not share it.',
    'Never share your Intercom access token.',
    "Don't share your Intercom API key with anyone, not even us.",
    'Do not send your Intercom access token in this chat.',
    "Please don't DM me your Intercom access token — use /connect instead.",
    'Never post your Intercom access token in a channel.',
    "You don't need to reply with your Intercom API key: we use OAuth.",
    'We will never ask you to send your Intercom access token.',
    'No need to give us your Intercom access token.',
    'If anyone asks you to DM them your Intercom access token, report it.',
    // es / pt / fr / de / ja / it / nl / zh / ko
    'Nunca envíes tu token de acceso de Intercom.',
    'No envíe su token de acceso de Intercom por chat.',
    'No me mande su token de acceso de Intercom.',
    'Não envie seu token de acesso do Intercom.',
    "N'envoyez jamais votre jeton d'accès Intercom.",
    "Ne partagez pas votre clé API Intercom.",
    'Senden Sie niemals Ihr Intercom-Zugriffstoken.',
    'Schick mir nie dein Intercom-Zugriffstoken.',
    'Intercomのアクセストークンを送信しないでください',
    'Non inviare il tuo token di accesso Intercom',
    'Stuur nooit je Intercom toegangstoken',
    '不要发送您的 Intercom 访问令牌',
    'Intercom 액세스 토큰을 보내지 마세요',
    // not a request: the bot describing what it does, other vendors, developer setup
    '👋 I post new Intercom conversations to this chat.',
    'Send your Slack bot token to connect Slack.',
    'DM me your OpenAI API key',
    'Send your Intercom access token in the Authorization header',
  ])('%s', (text) => {
    expect(kindOf(text, { intercomContext: true })).toBeNull();
  });

  it('keeps a Portuguese "no" (in the) before a request from reading as a negation', () => {
    expect(kindOf('No campo abaixo, cole seu token de acesso do Intercom')).toBe('request');
  });

  it('reads an English or Spanish "no" before the verb as a negation', () => {
    expect(kindOf('Intercom uses OAuth, so there are no API keys to copy around.', { intercomContext: true })).toBeNull();
    expect(kindOf('No tokens to paste: just connect Intercom.', { intercomContext: true })).toBeNull();
    expect(kindOf('No envíe su token de acceso de Intercom.', { intercomContext: true })).toBeNull();
  });

  it('does not take every word starting with "n" for the French elision "n\'"', () => {
    expect(kindOf('Now paste your Intercom access token.')).toBe('request');
    expect(kindOf('Next, send us your Intercom access token.')).toBe('request');
    expect(kindOf("N'envoyez pas votre jeton d'accès Intercom.")).toBeNull();
  });
});
