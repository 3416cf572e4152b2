/**
 * What the user-supplied-token engine knows about the world, kept as data so the engine stays
 * generic and the standalone scanner can reuse the same facts (hosts, SDK names) for other
 * languages.
 */

/** Hosts of the Intercom REST API (US, EU, AU regions). */
export const INTERCOM_API_HOSTS = ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io'] as const;

/** Path of the OAuth code → token exchange; its response is an OAuth token, never user input. */
export const OAUTH_TOKEN_PATHS = ['/auth/eagle/token'] as const;

/** The request header that pins the Intercom API version: a strong hint a request goes to Intercom. */
export const INTERCOM_VERSION_HEADER = 'intercom-version';

/** Where a credential sits in a constructor/function call: argument index, then a property path. */
export interface TokenPosition {
  argument: number;
  /** Property path inside that argument; empty means the argument itself. */
  path: readonly string[];
  /** Only when the call has at least / at most this many arguments (legacy positional forms). */
  minArguments?: number;
  maxArguments?: number;
}

/** An SDK entry point that takes a credential, matched by the module it is imported from. */
export interface SdkSink {
  /** Package name as written in `import`/`require`. */
  module: string;
  /** Export path from the module object; empty means the module (or its default export) itself. */
  exportPath: readonly string[];
  positions: readonly TokenPosition[];
}

/** Token positions of `intercom-client` across its major versions. */
// Every options form takes a single argument: with two, the first is the legacy `appId`, not
// an options object, and must not be read as one.
const INTERCOM_CLIENT_POSITIONS: readonly TokenPosition[] = [
  // ≤2.x `{ token }`, 6.x–7.x `{ token }` (value, promise or supplier function)
  { argument: 0, path: ['token'], maxArguments: 1 },
  // ≤2.x `{ appId, appApiKey }`
  { argument: 0, path: ['appApiKey'], maxArguments: 1 },
  // ≤2.x legacy `(appId, apiKey)`
  { argument: 1, path: [], minArguments: 2 },
  // 3.x–5.x
  { argument: 0, path: ['tokenAuth', 'token'], maxArguments: 1 },
  { argument: 0, path: ['usernameAuth', 'username'], maxArguments: 1 },
  { argument: 0, path: ['usernameAuth', 'password'], maxArguments: 1 },
  { argument: 0, path: ['apiKeyAuth', 'apiKey'], maxArguments: 1 },
];

const INTERCOM_IO_POSITIONS: readonly TokenPosition[] = [
  { argument: 0, path: ['personalAccessToken'], maxArguments: 1 },
  { argument: 1, path: [], minArguments: 2 },
];

/** Node SDKs whose constructors take an Intercom credential. */
export const SDK_SINKS: readonly SdkSink[] = [
  { module: 'intercom-client', exportPath: ['Client'], positions: INTERCOM_CLIENT_POSITIONS },
  { module: 'intercom-client', exportPath: ['IntercomClient'], positions: INTERCOM_CLIENT_POSITIONS },
  { module: 'intercom.io', exportPath: [], positions: INTERCOM_IO_POSITIONS },
];

/**
 * readme.io generated SDKs: `require('api')('@intercom-api-reference/v2.x#…').auth(token)` and
 * the codegen form `import intercom from '@api/intercom'; intercom.auth(token)`.
 */
export const README_API_MODULE = 'api';
export const README_INTERCOM_SPEC_PREFIX = '@intercom-api-reference';
export const README_CODEGEN_MODULES = ['@api/intercom'] as const;
export const README_AUTH_METHOD = 'auth';

/** Every package name above, for the pre-filter (`getIntercomMarkers`). */
export const INTERCOM_SDK_PACKAGES = [
  ...new Set([...SDK_SINKS.map((sink) => sink.module), ...README_CODEGEN_MODULES]),
] as const;

/**
 * Other-language SDK entry points. Catalogue data kept for the coming repository scanner: nothing
 * reads it yet, and the ESLint rule never will (it only reads JS/TS).
 */
export const OTHER_LANGUAGE_SDKS = [
  { language: 'python', package: 'python-intercom', entry: 'Client(personal_access_token=…) / Intercom(token=…)' },
  { language: 'ruby', package: 'intercom', entry: 'Intercom::Client.new(token: …)' },
  { language: 'php', package: 'intercom/intercom-php', entry: 'new IntercomClient($token)' },
  { language: 'go', package: 'gopkg.in/intercom/intercom-go.v2', entry: 'intercom.NewClient(token, "")' },
  { language: 'java', package: 'io.intercom:intercom-java', entry: 'Intercom.setToken(t) / Intercom.builder().token(t)' },
  { language: 'dotnet', package: 'Intercom.Dotnet.Client', entry: 'new Authentication(t)' },
] as const;

/** Modules whose verify callbacks receive OAuth tokens: their callback parameters are trusted. */
export const OAUTH_STRATEGY_MODULES = ['passport-intercom'] as const;

// ---------------------------------------------------------------------------------------------
// Raw HTTP

/** Option keys that carry a request's URL, base URL or host. */
export const URL_OPTION_KEYS = ['url', 'uri', 'baseURL', 'baseUrl', 'prefixUrl', 'prefixURL', 'host', 'hostname', 'origin'];

/** Paths inside a request-options object where a credential travels. */
export const CREDENTIAL_OPTION_PATHS: readonly (readonly string[])[] = [
  ['headers', 'authorization'],
  ['headers', 'common', 'authorization'],
  ['auth', 'username'],
  ['auth', 'password'],
  ['auth', 'bearer'],
  ['auth', 'user'],
  ['auth', 'pass'],
];

/** got takes Basic credentials at the top level of its options. */
export const TOP_LEVEL_CREDENTIAL_CLIENTS = ['got'] as const;
export const TOP_LEVEL_CREDENTIAL_KEYS = ['username', 'password'] as const;

/** Chained request builders (superagent and look-alikes): `.set(name, value)` / `.auth(user)`. */
export const CHAIN_HEADER_METHODS = ['set', 'header', 'setHeader'] as const;
export const CHAIN_AUTH_METHODS = ['auth'] as const;

/** `Headers`-like mutation methods, tracked when a headers object is built up step by step. */
export const HEADER_MUTATION_METHODS = ['set', 'append'] as const;
/** Headers classes of HTTP libraries, built like `new Headers(init)`: Angular `HttpHeaders`, axios `AxiosHeaders`. */
export const HEADERS_CLASS_NAMES = /^(?:HttpHeaders|AxiosHeaders)$/;

// ---------------------------------------------------------------------------------------------
// Sources

/** Source kinds as shown in messages. Never the value. */
export type SourceLabel = string;

/**
 * Members of a request (or of a framework's handler context) that carry client data, with the
 * label a message shows.
 */
export const REQUEST_DATA_MEMBERS: Readonly<Record<string, SourceLabel>> = {
  body: 'request body',
  rawBody: 'request body',
  payload: 'request body',
  files: 'uploaded file',
  file: 'uploaded file',
  input: 'request input',
  query: 'query string',
  searchParams: 'query string',
  queryStringParameters: 'query string',
  multiValueQueryStringParameters: 'query string',
  url: 'request URL',
  originalUrl: 'request URL',
  nextUrl: 'request URL',
  path: 'request URL',
  params: 'route parameter',
  pathParameters: 'route parameter',
  headers: 'request header',
  header: 'request header',
  multiValueHeaders: 'request header',
  cookies: 'cookie',
  cookie: 'cookie',
  signedCookies: 'cookie',
};

/** Request methods whose result is client data (`req.get()`, `await request.json()`, Hono `c.req.query()`). */
export const REQUEST_DATA_METHODS: Readonly<Record<string, SourceLabel>> = {
  json: 'request body',
  formData: 'request body',
  text: 'request body',
  arrayBuffer: 'request body',
  blob: 'request body',
  parseBody: 'request body',
  valid: 'request input',
  get: 'request header',
  header: 'request header',
  param: 'route parameter',
  query: 'query string',
  queries: 'query string',
  cookie: 'cookie',
};

/** Members of a handler context that are the request itself (Koa `ctx.request`, Hono `c.req`, Remix `{ request }`). */
export const NESTED_REQUEST_MEMBERS = ['request', 'req'] as const;

/** Parameter names that mark a request object, even outside a recognised handler. */
export const REQUEST_PARAM_NAMES = /^_*(?:req|request|ctx|context|httpRequest|incomingRequest)$/;

/** AWS Lambda / Netlify handlers name the request `event`; only these members are client data. */
export const LAMBDA_EVENT_PARAM_NAMES = /^_*(?:event|evt|apiGatewayEvent)$/;
export const LAMBDA_EVENT_MEMBERS = [
  'body',
  'query',
  'rawUrl',
  'queryStringParameters',
  'multiValueQueryStringParameters',
  'pathParameters',
  'headers',
  'multiValueHeaders',
  'rawQueryString',
  'cookies',
] as const;

/**
 * Members of a framework's request event that hold the request itself, whatever the parameter is
 * called: SvelteKit/Astro/Qwik `event.request`, h3 `event.node.req` / `event.req`.
 */
export const EVENT_REQUEST_MEMBERS = ['request', 'req', 'node'] as const;
/** Members of such an event that are client data directly (SvelteKit `event.url`, `event.params`). */
export const EVENT_DATA_MEMBERS: Readonly<Record<string, SourceLabel>> = {
  url: 'request URL',
  params: 'route parameter',
  cookies: 'cookie',
};

/**
 * Keys that, destructured from a route function's first parameter, show it is a framework's
 * request event: SvelteKit `({ request, url, params, cookies })`, Remix/Astro `({ request })`,
 * Qwik `({ query, cookie })`.
 */
export const HANDLER_CONTEXT_KEYS = ['request', 'req', 'url', 'params', 'cookies', 'cookie'] as const;

/** Exported objects whose function values a framework calls with a request event (SvelteKit `actions`). */
export const HANDLER_OBJECT_EXPORTS = /^actions$/;

/**
 * Wrappers whose callback a framework calls with a request event (Qwik `routeAction$`, h3
 * `defineEventHandler`, SolidStart, TanStack Start). `data` lists the wrappers whose first
 * callback parameter is the submitted form data itself.
 */
export const HANDLER_WRAPPERS = [
  'routeAction$',
  'routeLoader$',
  'globalAction$',
  'server$',
  'onRequest',
  'defineEventHandler',
  'eventHandler',
  'defineCachedEventHandler',
  'defineNitroPlugin',
  'defineRequestMiddleware',
  'createAPIFileRoute',
  'createServerFileRoute',
] as const;
export const FORM_DATA_WRAPPERS = ['routeAction$', 'globalAction$'] as const;

/** Request helpers of h3 (Nuxt, Nitro, Vinxi), imported or auto-imported: `readBody(event)`. */
export const REQUEST_HELPER_MODULES = ['h3', '#imports', 'nuxt/app', 'vinxi/http'] as const;
export const REQUEST_HELPER_FUNCTIONS: Readonly<Record<string, SourceLabel>> = {
  readBody: 'request body',
  readValidatedBody: 'request body',
  readRawBody: 'request body',
  readFormData: 'request body',
  readMultipartFormData: 'request body',
  getQuery: 'query string',
  getValidatedQuery: 'query string',
  getRequestURL: 'request URL',
  getRouterParam: 'route parameter',
  getRouterParams: 'route parameter',
  getValidatedRouterParams: 'route parameter',
  getHeader: 'request header',
  getHeaders: 'request header',
  getRequestHeader: 'request header',
  getRequestHeaders: 'request header',
  getCookie: 'cookie',
  parseCookies: 'cookie',
};

/** Route-registration methods: `app.post('/x', (req, res) => …)`, `router.get(…)`, `fastify.route(…)`. */
export const ROUTE_METHODS = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'options',
  'head',
  'route',
  'handle',
  'any',
  'addHook',
  'createServer',
  'on',
] as const;

/** Exported function names that frameworks call with a request (Next.js App Router, SvelteKit, Remix, Astro, Lambda, Cloudflare Pages). */
export const HANDLER_EXPORT_NAMES =
  /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL|loader|clientLoader|action|clientAction|load|handler|middleware|fetch|onRequest(?:Get|Post|Put|Patch|Delete)?|onGet|onPost|onPut|onPatch|onDelete)$/;

/** Files whose default export is an API route handler (Next.js pages/api, Vercel functions). */
export const API_ROUTE_FILE = /(?:^|[\\/])(?:pages[\\/])?api[\\/]/;

/** tRPC procedure resolvers: `.mutation(({ input }) => …)`. */
export const RPC_RESOLVER_METHODS = ['mutation', 'query', 'subscription'] as const;

/** GraphQL resolver maps: resolvers under these keys get client arguments as their 2nd parameter. */
export const GRAPHQL_ROOT_TYPES = ['Mutation', 'Query', 'Subscription'] as const;

/** NestJS parameter decorators that inject client data (value) or the request object. */
export const NEST_DATA_DECORATORS: Readonly<Record<string, SourceLabel>> = {
  Body: 'request body',
  Query: 'query string',
  Param: 'route parameter',
  Headers: 'request header',
  Cookies: 'cookie',
  RawBody: 'request body',
  UploadedFile: 'uploaded file',
  Args: 'GraphQL argument',
};
export const NEST_REQUEST_DECORATORS = ['Req', 'Request'] as const;

/** Callbacks (JSX attribute or option name) that receive what the user typed or submitted. */
export const FORM_CALLBACK_NAMES =
  /^on(?:Submit|Finish|Change|ChangeText|Input|ValueChange|Paste|Blur|Valid|Complete)$/;
export const FORM_SUBMIT_WRAPPERS = ['handleSubmit'] as const;

/** DOM events whose listener receives user input. */
export const INPUT_EVENT_TYPES = ['submit', 'input', 'change', 'paste', 'keyup', 'blur'] as const;
export const MESSAGE_EVENT_TYPES = ['message'] as const;

/** Members of a DOM event that lead to what the user typed. */
export const DOM_EVENT_TARGET_MEMBERS = ['target', 'currentTarget', 'srcElement'] as const;
export const DOM_VALUE_MEMBERS = ['value', 'files', 'elements', 'innerText', 'textContent'] as const;
/** DOM lookups whose element's `.value` is what the user typed. */
export const DOM_LOOKUP_METHODS = [
  'getElementById',
  'querySelector',
  'querySelectorAll',
  'getElementsByName',
  'getElementsByClassName',
  'getElementsByTagName',
  'namedItem',
] as const;
/**
 * Members that, read below a DOM lookup on any receiver (`this.shadowRoot.querySelector('input')`,
 * `form.querySelector(…)`, `el.getElementsByTagName(…)[0]`), give what the user typed. Narrower than
 * `DOM_VALUE_MEMBERS`: a component reading its own rendered text is not reading input.
 */
export const DOM_INPUT_MEMBERS = ['value', 'valueAsNumber', 'files', 'elements', 'checked'] as const;
/** A form's controls collection: `form.elements.token.value`, `form.elements['token'].value`. */
export const FORM_ELEMENTS_MEMBER = 'elements';
/** Lit: a field decorated `@query('#token')` is a DOM lookup. */
export const DOM_QUERY_DECORATORS = ['query', 'queryAll'] as const;
/** React/Preact refs: `ref.current.value`. */
export const REF_FACTORIES = ['useRef', 'createRef'] as const;
/** React state hooks: the state is whatever the setter received. */
export const STATE_HOOKS = ['useState'] as const;
/** Hooks that return (the result of) their callback. */
export const PASS_THROUGH_HOOKS = ['useMemo', 'useCallback', 'computed'] as const;

/** Browser globals that carry user input. */
export const URL_MEMBERS = ['search', 'hash', 'href', 'pathname'] as const;
export const PROMPT_FUNCTIONS = ['prompt'] as const;
/**
 * Dialogs whose response object holds what the user typed: Google Apps Script
 * `SpreadsheetApp.getUi().prompt(…).getResponseText()` (any receiver: the pair is specific).
 */
export const PROMPT_METHODS = ['prompt'] as const;
export const PROMPT_RESPONSE_METHODS = ['getResponseText'] as const;
/** Global objects whose methods open a text-input dialog and return the text (Apps Script `Browser.inputBox`). */
export const PROMPT_GLOBAL_METHODS: Readonly<Record<string, readonly string[]>> = {
  Browser: ['inputBox'],
};
export const WEB_STORAGE_GLOBALS = ['localStorage', 'sessionStorage'] as const;

/** jQuery and look-alikes: `$('#token').val()`. */
export const JQUERY_MODULES = ['jquery', 'zepto', 'cash-dom'] as const;
/** jQuery methods whose result is what the user typed or submitted. */
export const JQUERY_VALUE_METHODS = ['val', 'serialize', 'serializeArray'] as const;
/** jQuery statics returning (a transformation of) their arguments: `$.trim($('#t').val())`. */
export const JQUERY_PROPAGATING_STATICS = ['trim', 'extend', 'makeArray', 'merge'] as const;
/** Members of a view (Backbone `this.$(…)`, `this.$el`) that are jQuery objects. */
export const JQUERY_VIEW_MEMBERS = ['$', '$el'] as const;

/**
 * Template bindings that tie a name to an input, as found in a component's own file: Vue
 * `v-model="x"` / `@input="x = $event.target.value"`, Svelte `bind:value={x}`, Angular
 * `[(ngModel)]="x"`, Knockout `data-bind="textInput: x"` / `value: x`.
 */
export const TEMPLATE_BINDING_PATTERNS: readonly RegExp[] = [
  /\bv-model(?::[\w-]+)?(?:\.\w+)*\s*=\s*["']\s*(?:this\.)?([A-Za-z_$][\w$]*)/g,
  /(?:@|\bv-on:)(?:input|change)(?:\.\w+)*\s*=\s*["']\s*(?:this\.)?([A-Za-z_$][\w$]*)(?:\.[\w$]+)*\s*=\s*\$event\.target\.value/g,
  /\bbind:value\s*=\s*\{\s*([A-Za-z_$][\w$]*)/g,
  /\[\(ngModel\)\]\s*=\s*["']\s*(?:this\.)?([A-Za-z_$][\w$]*)/g,
  /\bdata-bind\s*=\s*(?:\\?["'])[^"'<>]*?\b(?:textInput|textinput|value)\s*:\s*(?:\$data\.|\$root\.)?([A-Za-z_$][\w$]*)/g,
];
/** Factories of observable/ref wrappers read as `x()` (Knockout) or `x.value` (Vue): a bound name's value. */
export const BINDABLE_FACTORIES = ['observable', 'ref', 'shallowRef'] as const;

/** Imports whose values are user input (label), by module; `exports` limits it to some names. */
export interface SourceModule {
  module: string;
  label: SourceLabel;
  exports?: readonly string[];
}

export const BROWSER_SOURCE_MODULES: readonly SourceModule[] = [
  { module: 'react-hook-form', label: 'form input', exports: ['useForm', 'useFormContext', 'useWatch', 'useController'] },
  { module: 'formik', label: 'form input', exports: ['useFormik', 'useFormikContext', 'useField'] },
  { module: 'next/navigation', label: 'URL query', exports: ['useSearchParams', 'useParams'] },
  { module: 'next/router', label: 'URL query', exports: ['useRouter'] },
  { module: 'react-router', label: 'URL query', exports: ['useSearchParams', 'useParams', 'useLocation'] },
  { module: 'react-router-dom', label: 'URL query', exports: ['useSearchParams', 'useParams', 'useLocation'] },
  { module: '@remix-run/react', label: 'URL query', exports: ['useSearchParams', 'useParams', 'useLocation'] },
  { module: 'vue-router', label: 'URL query', exports: ['useRoute'] },
  {
    module: '@angular/forms',
    label: 'form input',
    exports: [
      'FormControl',
      'FormGroup',
      'FormArray',
      'FormRecord',
      'UntypedFormControl',
      'UntypedFormGroup',
      'UntypedFormArray',
      'FormBuilder',
      'NonNullableFormBuilder',
      'UntypedFormBuilder',
      'NgForm',
      'NgModel',
    ],
  },
];

/**
 * Dependency-injection lookups that return an instance of their token: Angular `inject(FormBuilder)`
 * is `new FormBuilder()` for the analysis.
 */
export const INJECT_FUNCTIONS: readonly { module: string; name: string }[] = [{ module: '@angular/core', name: 'inject' }];

/** Electron main-process IPC handlers receive what the renderer (user-facing UI) sent. */
export const IPC_RECEIVERS = ['ipcMain'] as const;
export const IPC_METHODS = ['handle', 'handleOnce', 'on', 'once'] as const;

/** WebSocket / socket.io connections: message handlers receive what the client sent. */
export const SOCKET_RECEIVER_NAMES = /^(?:socket|ws|webSocket|connection|conn)$/i;
export const SOCKET_METHODS = ['on', 'once'] as const;
export const SOCKET_LIFECYCLE_EVENTS = ['open', 'close', 'error', 'connect', 'disconnect', 'connection', 'ping', 'pong'] as const;

/**
 * A framework that calls a handler with what an end user typed or sent, and where in the handler's
 * parameter that input sits: a chat bot's command text, a modal's submitted values, a callable
 * function's data, an extension message. How the handler is recognised (any of these):
 * - `methods`: handed to `receiver.method(…, handler)`, when the receiver's dotted name matches
 *   `receiver`, or the file imports one of `modules` (with neither given, any receiver);
 * - `wrappers`: handed to (or, with `wrapperKeys`, the value of those keys in an object literal
 *   handed to) a function imported from `modules`: Firebase `onCall(handler)`, citty `defineCommand({ run })`;
 * - `exports`: exported (or stored in an object) under such a name in a file importing `modules`;
 * - `paramNames`: the parameter is named so, wherever the function is.
 * `events` limits registrations to those event names (first argument, or an enum member's name);
 * `named` limits the entry to handlers whose parameter, or the next one, is named so.
 * Only values read at one of `paths` below the parameter are input (`[]`: the parameter itself).
 */
export interface CallbackSource {
  framework: string;
  modules?: readonly string[];
  receiver?: RegExp;
  methods?: readonly string[];
  events?: readonly string[];
  wrappers?: readonly string[];
  wrapperKeys?: readonly string[];
  exports?: RegExp;
  paramNames?: RegExp;
  named?: { parameter?: RegExp; next?: RegExp };
  parameter: number;
  paths: readonly (readonly string[])[];
  label: SourceLabel;
  /** Command-line input (lower severity) rather than user input. */
  cli?: boolean;
}

const SLACK_BOLT_METHODS = ['command', 'view', 'action', 'shortcut', 'message', 'event', 'options', 'function'] as const;
const TELEGRAM_BOT_METHODS = [
  'command',
  'hears',
  'on',
  'once',
  'start',
  'help',
  'settings',
  'action',
  'inlineQuery',
  'callbackQuery',
  'onText',
  'use',
  'filter',
  'entity',
  'mention',
] as const;
const DISCORD_MODULES = ['discord.js', '@discordjs/builders', '@discordjs/core', 'discord-api-types'] as const;
const FIREBASE_FUNCTIONS_MODULES = ['firebase-functions'] as const;

export const CALLBACK_SOURCES: readonly CallbackSource[] = [
  {
    // `app.command('/x', async ({ command }) => command.text)`, `app.view('id', ({ view }) => view.state.values…)`
    framework: 'Slack Bolt',
    modules: ['@slack/bolt'],
    receiver: /^(?:app|bolt|boltApp|slackApp|slack)$/,
    methods: SLACK_BOLT_METHODS,
    parameter: 0,
    paths: [
      ['command', 'text'],
      ['view', 'state', 'values'],
      ['action', 'value'],
      ['action', 'selected_option'],
      ['action', 'selected_options'],
      ['message', 'text'],
      ['event', 'text'],
      ['body', 'text'],
      ['body', 'view', 'state', 'values'],
      ['body', 'actions'],
      ['body', 'submission'],
      ['body', 'message', 'text'],
      ['body', 'event', 'text'],
      ['payload', 'text'],
      ['payload', 'value'],
      ['payload', 'state', 'values'],
      ['payload', 'selected_option'],
      ['context', 'matches'],
    ],
    label: 'Slack user input',
  },
  {
    // Telegraf / grammY `bot.command('x', (ctx) => ctx.message.text)`, node-telegram-bot-api `bot.on('message', (msg) => msg.text)`
    framework: 'Telegram bots',
    modules: ['telegraf', 'grammy', 'node-telegram-bot-api'],
    receiver: /(?:^|\.)(?:bot|\w*Bot|composer)$/,
    methods: TELEGRAM_BOT_METHODS,
    parameter: 0,
    paths: [
      ['message', 'text'],
      ['message', 'caption'],
      ['msg', 'text'],
      ['msg', 'caption'],
      ['editedMessage', 'text'],
      ['channelPost', 'text'],
      ['update', 'message', 'text'],
      ['update', 'message', 'caption'],
      ['update', 'edited_message', 'text'],
      ['update', 'callback_query', 'data'],
      ['update', 'inline_query', 'query'],
      ['callbackQuery', 'data'],
      ['inlineQuery', 'query'],
      ['text'],
      ['caption'],
      ['match'],
      ['payload'],
      ['args'],
    ],
    label: 'chat message',
  },
  {
    // node-telegram-bot-api `bot.onText(/\/token (.+)/, (msg, match) => match[1])`
    framework: 'Telegram bots',
    modules: ['node-telegram-bot-api'],
    receiver: /(?:^|\.)(?:bot|\w*Bot)$/,
    methods: ['onText'],
    parameter: 1,
    paths: [[]],
    label: 'chat message',
  },
  {
    // `execute(interaction) { interaction.options.getString('key') }`, modal `interaction.fields.getTextInputValue('id')`
    framework: 'Discord.js',
    modules: DISCORD_MODULES,
    methods: ['on', 'once'],
    exports: /^(?:execute|run|autocomplete|handle)$/,
    paramNames: /^_*(?:interaction|[a-z]\w*Interaction)$/,
    parameter: 0,
    paths: [
      ['options', 'getString'],
      ['options', 'get'],
      ['options', 'getFocused'],
      ['options', 'data'],
      ['fields', 'getTextInputValue'],
      ['fields', 'getField'],
      ['fields', 'fields'],
      ['values'],
      ['targetMessage', 'content'],
    ],
    label: 'Discord command option',
  },
  {
    // `client.on('messageCreate', (message) => message.content)`
    framework: 'Discord.js',
    modules: DISCORD_MODULES,
    methods: ['on', 'once'],
    events: ['messageCreate', 'messageUpdate'],
    parameter: 0,
    paths: [['content']],
    label: 'chat message',
  },
  {
    // v2 `onCall((request) => request.data…)`
    framework: 'Firebase callable functions',
    modules: FIREBASE_FUNCTIONS_MODULES,
    wrappers: ['onCall', 'onCallGenkit'],
    parameter: 0,
    paths: [['data']],
    label: 'callable function data',
  },
  {
    // v1 `functions.https.onCall((data, context) => data…)`
    framework: 'Firebase callable functions',
    modules: FIREBASE_FUNCTIONS_MODULES,
    wrappers: ['onCall'],
    named: { parameter: /^_*(?:data|payload|body|input|params|args)$/, next: /^_*(?:context|ctx)$/ },
    parameter: 0,
    paths: [[]],
    label: 'callable function data',
  },
  {
    // MV3 `chrome.runtime.onMessage.addListener((message, sender, sendResponse) => …)`, `port.onMessage.addListener(…)`
    framework: 'browser extensions',
    receiver: /(?:^|\.)on(?:Message|MessageExternal|UserScriptMessage)$/,
    methods: ['addListener'],
    parameter: 0,
    paths: [[]],
    label: 'extension message',
  },
  {
    // citty `defineCommand({ args: { token: {…} }, run({ args }) { args.token } })`
    framework: 'citty',
    modules: ['citty'],
    wrappers: ['defineCommand'],
    wrapperKeys: ['run', 'setup'],
    parameter: 0,
    paths: [['args'], ['rawArgs']],
    label: 'command-line argument',
    cli: true,
  },
];

/**
 * Command classes whose own methods return the parsed command line: oclif
 * `const { flags } = await this.parse(MyCommand)`, in a class extending a base (the file imports `modules`).
 */
export const CLI_COMMAND_METHODS: readonly { modules: readonly string[]; methods: readonly string[]; label: SourceLabel }[] = [
  { modules: ['@oclif/core', '@oclif/command'], methods: ['parse'], label: 'command-line argument' },
];

/** Command-line inputs (reported under their own message id, at a lower severity). */
export const CLI_SOURCE_MODULES: readonly SourceModule[] = [
  { module: 'yargs', label: 'command-line argument' },
  { module: 'yargs/yargs', label: 'command-line argument' },
  { module: 'commander', label: 'command-line argument' },
  { module: 'minimist', label: 'command-line argument' },
  { module: 'mri', label: 'command-line argument' },
  { module: 'arg', label: 'command-line argument' },
  { module: 'meow', label: 'command-line argument' },
  { module: 'cac', label: 'command-line argument' },
  { module: 'sade', label: 'command-line argument' },
  // clipanion: `token = Option.String('--token')` in a `Command` class
  { module: 'clipanion', label: 'command-line argument', exports: ['Option'] },
  { module: 'util', label: 'command-line argument', exports: ['parseArgs'] },
  { module: 'node:util', label: 'command-line argument', exports: ['parseArgs'] },
  // Deno standard library (`jsr:@std/cli`, `https://deno.land/std/flags/mod.ts`) and cliffy
  { module: '@std/cli', label: 'command-line argument', exports: ['parseArgs'] },
  { module: '@std/cli/parse-args', label: 'command-line argument' },
  { module: '@std/flags', label: 'command-line argument', exports: ['parse'] },
  { module: '@std/cli', label: 'interactive prompt', exports: ['promptSecret'] },
  { module: '@std/cli/prompt-secret', label: 'interactive prompt' },
  { module: '@cliffy/command', label: 'command-line argument' },
  { module: '@cliffy/prompt', label: 'interactive prompt' },
  { module: 'inquirer', label: 'interactive prompt' },
  { module: '@inquirer/prompts', label: 'interactive prompt' },
  { module: '@inquirer/input', label: 'interactive prompt' },
  { module: '@inquirer/password', label: 'interactive prompt' },
  { module: 'prompts', label: 'interactive prompt' },
  { module: 'enquirer', label: 'interactive prompt' },
  { module: '@clack/prompts', label: 'interactive prompt' },
  { module: 'readline-sync', label: 'interactive prompt' },
  { module: 'prompt-sync', label: 'interactive prompt' },
  { module: 'readline', label: 'interactive prompt' },
  { module: 'node:readline', label: 'interactive prompt' },
  { module: 'readline/promises', label: 'interactive prompt' },
  { module: 'node:readline/promises', label: 'interactive prompt' },
];

/** `process.*` members that are command-line input. */
export const CLI_PROCESS_MEMBERS: Readonly<Record<string, SourceLabel>> = {
  argv: 'command-line argument',
  stdin: 'standard input',
};

/** Command-line input of each runtime's global: Node `process.argv`, Deno `Deno.args`, Bun `Bun.argv`. */
export const RUNTIME_CLI_MEMBERS: Readonly<Record<string, Readonly<Record<string, SourceLabel>>>> = {
  process: CLI_PROCESS_MEMBERS,
  Deno: { args: 'command-line argument', stdin: 'standard input' },
  Bun: { argv: 'command-line argument', stdin: 'standard input' },
};
/**
 * Whole argument vectors (`process.argv`, `Deno.args`, `Bun.argv`): whatever an opaque call makes
 * of one (`parseArgs(Deno.args)`, `minimist(process.argv.slice(2))`) is command-line input.
 */
export const ARGUMENT_VECTORS: Readonly<Record<string, string>> = { process: 'argv', Deno: 'args', Bun: 'argv' };

// ---------------------------------------------------------------------------------------------
// Propagation

/** Global functions whose result carries their arguments' data. */
export const PROPAGATING_FUNCTIONS = [
  'String',
  'btoa',
  'atob',
  'encodeURIComponent',
  'encodeURI',
  'decodeURIComponent',
  'decodeURI',
  'escape',
  'unescape',
  'structuredClone',
] as const;

/** Modules whose exports are the same objects as globals (`import { Buffer } from 'node:buffer'`). */
export const GLOBAL_MODULES: Readonly<Record<string, readonly string[]>> = {
  buffer: ['Buffer', 'btoa', 'atob'],
  'node:buffer': ['Buffer', 'btoa', 'atob'],
  url: ['URL', 'URLSearchParams'],
  'node:url': ['URL', 'URLSearchParams'],
  querystring: ['escape', 'unescape'],
};

/** `Object.method(args)`-style statics whose result carries their arguments' data. */
export const PROPAGATING_STATICS: Readonly<Record<string, readonly string[]>> = {
  JSON: ['parse', 'stringify'],
  Promise: ['resolve', 'all', 'allSettled', 'any', 'race'],
  Object: ['assign', 'fromEntries', 'values', 'entries', 'freeze'],
  Buffer: ['from', 'concat'],
  Array: ['from', 'of'],
  String: ['raw'],
};

/**
 * Methods whose result carries their arguments' data whatever the receiver: string building
 * (`'Bearer '.concat(t)`), base64 helpers, and validators, since validation is not sanitising
 * (`schema.parse(req.body)`).
 */
export const ARGUMENT_PROPAGATING_METHODS = [
  'concat',
  'replace',
  'replaceAll',
  'encode',
  'decode',
  'parse',
  'parseAsync',
  'safeParse',
  'safeParseAsync',
  'validate',
  'validateAsync',
  'validateSync',
  'cast',
  'assign',
  'format',
] as const;

/** Methods on a string/array whose result still carries unknown-origin data (kept under `strict`). */
export const VALUE_PRESERVING_METHODS = [
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'valueOf',
  'slice',
  'substring',
  'substr',
  'split',
  'join',
  'at',
  'toLowerCase',
  'toUpperCase',
  'normalize',
  'padStart',
  'padEnd',
  'concat',
  'replace',
  'replaceAll',
  'match',
  'then',
] as const;

/**
 * lodash / underscore, as a namespace (`_.get`), a named import (`import { get } from 'lodash'`)
 * or a per-method module (`lodash/get`, `lodash.get`), and how each helper moves data.
 */
export const LODASH_MODULES = ['lodash', 'lodash-es', 'underscore'] as const;
/** `_.get(obj, 'a.b', fallback)`: the value at a path of the first argument, or the fallback. */
export const LODASH_PATH_READERS = ['get', 'result'] as const;
/** `_.pick(obj, keys)`: (part of) the first argument's properties. */
export const LODASH_SUBSET_METHODS = ['pick', 'pickBy', 'omit', 'omitBy', 'clone', 'cloneDeep', 'toPlainObject'] as const;
/** `_.merge(target, ...sources)`: every argument's properties, like `Object.assign`. */
export const LODASH_MERGE_METHODS = ['merge', 'mergeWith', 'assign', 'assignIn', 'assignWith', 'extend', 'defaults', 'defaultsDeep'] as const;

/** Array methods whose result holds what their callback returns (`ids.map((id) => db.find(id))`). */
export const ARRAY_MAPPING_METHODS = ['map', 'flatMap'] as const;
/**
 * Array methods that read one element (`find`, `at`), or whose callback is handed one element
 * (`forEach`, `map`, `some`…), asked as `method › () › …` below the array.
 */
export const ARRAY_ELEMENT_METHODS = [
  'find',
  'findLast',
  'at',
  'pop',
  'shift',
  'forEach',
  'map',
  'flatMap',
  'some',
  'every',
  'findIndex',
  'findLastIndex',
] as const;
/** Array methods returning (part of) the same elements: `filter`, `slice`, `sort`. */
export const ARRAY_PRESERVING_METHODS = ['filter', 'slice', 'sort', 'reverse', 'toSorted', 'toReversed', 'values'] as const;

/** Constructors whose instance carries their arguments' data. */
export const PROPAGATING_CONSTRUCTORS = ['String', 'URLSearchParams', 'FormData', 'URL', 'Headers', 'Request', 'Buffer'] as const;

/** Promise continuations whose callback receives the settled value. */
export const PROMISE_CONTINUATIONS = ['then'] as const;
