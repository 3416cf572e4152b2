// The words the copy detector looks for, kept as data so languages can be added without touching
// the matcher. Phrases are written naturally (accents, capitals, apostrophes are fine): they are
// run through the same normalisation as the text they are matched against. In a phrase a space
// also matches a hyphen or nothing ("api key" ~ "API-Key" ~ "apikey"), and a trailing `*` matches
// any word ending ("paste*" ~ "pasting").

export type CopyLanguage = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl' | 'ja' | 'zh' | 'ko';

type PerLanguage = Readonly<Record<CopyLanguage, readonly string[]>>;

/** Words that ask the reader to hand over something. Ambiguous English verbs carry an object. */
export const REQUEST_VERBS: PerLanguage = {
  en: [
    'paste', 'pasting', 'paste it', 'enter', 're-enter', 'provide', 'input your', 'input the',
    'input an', 'insert', 'type your', 'type in', 'type the', 'supply', 'submit', 'fill in',
    'fill out', 'add your', 'add the', 'add an', 'set your', 'set up your', 'put your',
    'drop your', 'specify', 'copy', 'share your', 'send us', 'give us', 'need your',
    'requires your', 'require your', 'update your', 'goes here', 'go here', 'use your',
    'connect using your', 'connect with your', 'sign in with your', 'log in with your',
    // Conversational copy (chat bots, support replies): hand it over in a message.
    'send your', 'send me', 'send over', 'send in your', 'send it to', 'send it over',
    'send it here', 'dm me', 'dm us', 'pm me', 'pm us', 'direct message me', 'direct message us',
    'message me', 'message us', 'reply with', 'respond with', 'answer with', 'post your',
    'post it here', 'post it in', 'share with us', 'share with me', 'share it with us',
    'share it with me', 'give me', 'tell me your', 'tell us your', 'tell me the', 'drop me',
    'drop us', 'drop it here', 'drop it in', 'followed by your',
  ],
  es: [
    'pega', 'pegue', 'pegar', 'pégala', 'pégalo', 'introduce', 'introduzca', 'introducir',
    'ingresa', 'ingrese', 'ingresar', 'escribe', 'escriba', 'proporciona', 'proporcione',
    'proporcionar', 'inserta', 'inserte', 'insertar', 'copia', 'copie', 'añade', 'añada',
    'agrega', 'agregue', 'indica', 'indique', 'facilita', 'facilite', 'coloca', 'coloque',
    'comparte', 'va aquí', 'envía', 'envíame', 'envíanos', 'envíe', 'envíeme', 'envíenos',
    'manda', 'mándame', 'mándanos', 'mande', 'mándeme', 'pásame', 'compártenos', 'dime',
    'responde con', 'seguido de tu', 'seguido de su',
  ],
  pt: [
    'cole', 'colar', 'insira', 'inserir', 'informe', 'informar', 'digite', 'digitar', 'forneça',
    'fornecer', 'introduza', 'adicione', 'preencha', 'coloque', 'copie', 'compartilhe',
    'envie', 'envie-me', 'envie-nos', 'mande', 'mande-me', 'manda', 'me passe', 'responda com',
    'seguido do seu', 'seguido da sua', 'seguido de seu', 'seguido de sua',
  ],
  fr: [
    'collez', 'coller', 'colle', 'saisissez', 'saisir', 'saisis', 'entrez', 'entrer',
    'renseignez', 'renseigner', 'fournissez', 'fournir', 'indiquez', 'indiquer', 'insérez',
    'insérer', 'tapez', 'taper', 'ajoutez', 'copiez', 'communiquez', 'envoyez', 'envoyez-moi',
    'envoyez-nous', 'envoie', 'envoie-moi', 'envoie-nous', 'partagez', 'transmettez',
    'soumettez', 'répondez avec', 'suivi de votre', 'suivie de votre', 'suivi de ton',
  ],
  de: [
    'einfügen', 'fügen', 'füge', 'eingeben', 'geben sie', 'gib', 'eintragen', 'trage',
    'tragen sie', 'angeben', 'hinterlegen', 'hinterlege', 'kopieren', 'kopiere', 'einsetzen',
    'senden', 'senden sie', 'sende', 'schick', 'schicke', 'schicken sie', 'teile', 'teilen sie',
    'übermitteln sie', 'antworte mit', 'gefolgt von ihrem', 'gefolgt von deinem',
  ],
  it: [
    'incolla', 'incollare', 'inserisci', 'inserire', 'inserite', 'immetti', 'digita', 'fornisci',
    'copia', 'invia', 'inviami', 'inviaci', 'mandami', 'mandaci', 'condividi',
  ],
  nl: ['plak', 'plakken', 'voer', 'invoeren', 'vul', 'geef', 'kopieer', 'stuur', 'verstuur', 'deel je', 'deel uw'],
  ja: [
    '貼り付け', '貼りつけ', '貼付け', 'ペースト', '入力', '記入', '指定', '設定', 'コピー', '登録',
    '送って', '送信して', '教えて', '共有して', '返信して',
  ],
  zh: ['粘贴', '黏贴', '貼上', '输入', '輸入', '填写', '填入', '提供', '复制', '複製', '发送', '發送', '发给', '發給', '私信', '告诉我', '告訴我'],
  ko: ['붙여넣', '입력', '제공', '복사', '보내', '전송', '공유'],
};

/** Names of the credential the copy asks for. Bare "token" only counts next to "Intercom". */
export const CREDENTIAL_NOUNS: PerLanguage = {
  en: [
    'access token', 'api key', 'api token', 'personal access token', 'bearer token',
    'auth token', 'authentication token', 'authorization token', 'oauth token',
    'private app token', 'app token', 'intercom token', 'intercom key',
  ],
  es: [
    'token de acceso', 'clave de api', 'clave de la api', 'clave api', 'token de api',
    'token de la api', 'token api', 'llave de api', 'llave api', 'token de intercom',
  ],
  pt: [
    'token de acesso', 'chave de api', 'chave da api', 'chave api', 'token da api',
    'token de api', 'token do intercom',
  ],
  fr: [
    "jeton d'accès", "token d'accès", 'clé api', "clé d'api", "clé de l'api", 'clé de api',
    'jeton api', "jeton d'api", "jeton de l'api", "jeton d'authentification", 'token intercom',
    'jeton intercom', "token d'intercom",
  ],
  de: ['zugriffstoken', 'zugangstoken', 'api-schlüssel', 'api-schluessel', 'zugriffsschlüssel'],
  it: ["token di accesso", "token d'accesso", 'chiave api', "chiave dell'api", 'chiave di api'],
  nl: ['toegangstoken', 'api-sleutel'],
  ja: ['アクセストークン', 'apiキー', 'apiトークン', 'intercom トークン', 'intercom の トークン'],
  zh: ['访问令牌', '訪問令牌', '存取權杖', 'api 密钥', 'api 密鑰', 'api 金鑰', 'api 令牌', '访问 token'],
  ko: ['액세스 토큰', 'api 키', '접근 토큰', 'api 토큰'],
};

/**
 * Words that turn a request around ("you never need to paste your access token"). Checked before
 * the verb; the verb-final languages put it right after the verb instead.
 */
export const NEGATIONS_BEFORE: readonly string[] = [
  'never', "don't", 'dont', 'do not', 'not', 'nobody', 'no one', 'nor', 'nadie', 'ninguém', 'does not', "doesn't", 'no need', 'not need', 'without',
  "won't", 'will not', 'no longer', 'instead of', 'not required', 'not have to',
  'no necesitas', 'no es necesario', 'no hace falta', 'no tienes que', 'no debes', 'nunca', 'sin', 'não', 'sem', 'ne', "n'", 'jamais', 'sans', 'nicht', 'nie', 'niemals',
  'kein', 'keine', 'keinen', 'ohne', 'non', 'mai', 'senza', 'niet', 'nooit', 'zonder', 'geen',
  '不要', '无需', '無需', '不需要', '切勿',
  // A third party's request quoted in a warning: "if someone asks you to share your token".
  'someone asks', 'anyone asks', 'somebody asks', 'anybody asks', 'ever asks', 'ever ask',
  'alguien te pide', 'alguien le pide', "quelqu'un vous demande", 'alguém pedir',
];
export const NEGATIONS_AFTER: readonly string[] = [
  'ないで', 'しないで', '不要', '必要はありません', '必要ありません', '마세요', '필요 없',
  // German and Dutch put the negation right after the verb: "Schick mir nie dein Token".
  'nie', 'niemals', 'nicht', 'nooit', 'niet',
];
/**
 * "no" negates ("no API keys to copy around", "no envíe su token"), but before a Portuguese verb
 * it is usually "in the" ("No campo abaixo, cole…"). It counts anywhere in the words before any
 * other verb, and only right before a Portuguese one (which may be Spanish: "no envie").
 */
export const NEGATIONS_EXCEPT_PORTUGUESE: readonly string[] = ['no'];
export const NEGATIONS_RIGHT_BEFORE: readonly string[] = ['no', 'no me', 'no nos', 'no le', 'no les', 'no te'];

/**
 * Determiners and generic qualifiers that may stand before a credential noun in a bare field
 * label ("Your personal access token"), or between a verb and the noun.
 */
export const LABEL_LEAD_WORDS: readonly string[] = [
  'your', 'my', 'the', 'a', 'an', 'tu', 'su', 'seu', 'sua', 'votre', 'ton', 'ta', 'ihr', 'ihre',
  'dein', 'deine', 'il', 'tuo', 'uw', 'je', 'el', 'la', 'le', 'o', 'das', 'de', 'du', 'het',
  'personal', 'private', 'app', 'admin', 'developer', 'workspace', 'bearer', 'oauth', 'new',
  'current', 'valid', 'production', 'sandbox', 'test', 'live', 'rest', 'secret', 'persönliches',
  'personnel', 'pessoal',
];

/**
 * Other products whose tokens and keys apps ask for. A credential noun owned by one of these is
 * not Intercom's. Only names that are not also everyday words (no "Front", "Drift", "Segment").
 */
export const OTHER_VENDORS: readonly string[] = [
  'slack', 'hubspot', 'zendesk', 'salesforce', 'stripe', 'github', 'gitlab', 'bitbucket',
  'openai', 'anthropic', 'notion', 'airtable', 'mailchimp', 'sendgrid', 'twilio', 'shopify',
  'freshdesk', 'freshchat', 'freshworks', 'helpscout', 'help scout', 'gorgias', 'mixpanel',
  'amplitude', 'pipedrive', 'asana', 'trello', 'jira', 'atlassian', 'confluence', 'discord',
  'telegram', 'whatsapp', 'facebook', 'google', 'microsoft', 'azure', 'aws', 'heroku', 'vercel',
  'netlify', 'zapier', 'clearbit', 'braze', 'klaviyo', 'mailgun', 'postmark', 'zoho', 'clickup',
  'figma', 'dropbox', 'pagerduty', 'datadog', 'sentry', 'cloudflare', 'algolia', 'pusher',
  'firebase', 'supabase', 'mongodb', 'openrouter', 'gemini', 'mistral', 'huggingface',
  'hugging face', 'chatwoot', 'tawk', 'livechat', 'olark', 'kustomer', 'gladly', 'calendly',
  'typeform', 'webflow', 'mailerlite', 'activecampaign', 'brevo', 'sendinblue', 'customer.io',
  'linkedin', 'twitter', 'youtube', 'tiktok', 'dialpad', 'aircall', 'productboard', 'groq',
  'deepseek', 'pinecone', 'plaid', 'paypal', 'quickbooks', 'xero', 'jotform', 'attio',
  'gainsight', 'totango', 'chargebee', 'recurly', 'tidio', 'helpcrunch', 'liveagent', 'gleap',
  'userlist', 'vitally', 'planhat',
];

/**
 * Signs that a text addresses a developer configuring their own deployment, not an end user:
 * environment variables, `.env` files, HTTP headers, curl. Matched on normalised text.
 */
export const DEVELOPER_HINTS: readonly string[] = [
  '.env', 'process.env', 'import.meta.env', 'env var', 'env variable', 'environment variable',
  'environment var', 'variable de entorno', 'variável de ambiente', "variable d'environnement",
  'umgebungsvariable', "variabile d'ambiente", 'omgevingsvariabele', '環境変数', '环境变量',
  '환경 변수', 'authorization header', 'header', 'curl', 'dotenv', 'config file',
  'secrets manager', 'github secret', 'ci secret',
];

/**
 * Words that point back at a credential named in an earlier sentence of the same copy:
 * "Invalid Intercom access token. Please paste a valid token." Only read right after a request
 * verb (or right before it, in verb-final languages).
 */
export const CREDENTIAL_REFERENCES: readonly string[] = [
  'token', 'key', 'it', 'one', 'them', 'credential', 'clave', 'llave', 'chave', 'jeton', 'clé',
  'schlüssel', 'ihn', 'chiave', 'sleutel', 'トークン', 'キー', 'それ', '令牌',
  '密钥', '密鑰', '토큰', '키',
];

/**
 * Words that open a "where to find it" hint after a field label: "Your Intercom access token,
 * from Settings → Developers". The hint does not make the label a sentence.
 */
export const LABEL_HINT_LEADS: readonly string[] = [
  'from', 'in', 'under', 'at', 'via', 'see', 'found in', 'found under', 'find it in',
  'find it under', 'find it at', 'available in', 'available from', 'available under',
  'located in', 'located under', 'get it from', 'get it in', 'get one from', 'get one in',
  'generated in', 'created in', 'desde', 'en', 'dans', 'depuis', 'sous', 'aus', 'unter', 'em',
  'no', 'na', 'da', 'dal', 'nel', 'uit', 'onder',
];

/** Where "copy" means copy-to-clipboard: an action on a shown token, not a request for one. */
export const CLIPBOARD_WORDS: readonly string[] = [
  'clipboard', 'portapapeles', 'presse-papiers', 'presse papier', 'zwischenablage',
  'área de transferência', 'appunti', 'klembord', 'クリップボード', '剪贴板', '剪貼簿', '클립보드',
];
