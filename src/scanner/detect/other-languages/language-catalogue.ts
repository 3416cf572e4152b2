// What the other-language detector knows about each language's web frameworks, CLIs, HTTP
// clients and Intercom SDKs, kept as data so the engine stays generic. Patterns are bounded and
// run on short strings (a name, a call chain of at most a few hundred characters).
import type { OtherLanguage } from './token-list.js';

/**
 * A read of client data through a call chain: `request.form["token"]`, `$_POST['t']`,
 * `c.Query("t")`. The chain's first name has a role: given by a parameter's type or name, by an
 * ambient name (a framework global, a module), or else its own name. `*` matches any name.
 */
export interface ChainSource {
  role: string;
  /** Tested on the rest of the chain with whitespace removed (`.form["token"]`); anchored at its start. */
  rest: RegExp;
  /** Command-line input: reported at lower severity. */
  cli?: boolean;
}

export interface RoleType {
  /** Tested on the parameter's type with whitespace removed (`*http.Request`, `HttpServletRequest`). */
  type: RegExp;
  /** Only for parameters with such a name. */
  name?: RegExp;
  role: string;
}

/** Arguments of an SDK or HTTP-client call that carry the credential. */
export interface CredentialArguments {
  /** Positional indexes; `-1` means the last argument. */
  positions: readonly number[];
  /** Named/keyword arguments (`token=` in Python, `token:` in Ruby/PHP 8/C#/Kotlin). */
  names?: readonly string[];
}

export interface LanguageCatalogue {
  /** Names that hold a role unless the function assigns them itself. */
  ambientRoles: Readonly<Record<string, string>>;
  roleTypes: readonly RoleType[];
  sources: readonly ChainSource[];
  /**
   * Parameter annotations/attributes (Java `@RequestParam`, C# `[FromBody]`) or default-value calls
   * (FastAPI `Form(...)`) that make a handler parameter client data.
   */
  parameterMarkers: RegExp;
  /** The same for command-line frameworks (picocli `@Option`, Typer `typer.Option(...)`). */
  cliParameterMarkers?: RegExp;
  /** Markers that make a parameter a service, never client data (`Depends(...)`, `[FromServices]`). */
  trustedParameterMarkers?: RegExp;
  /**
   * Functions (last name of the callee, or `Qualified::name` / `qualified.name`) whose result
   * carries their arguments: string building, encoding, parsing, trimming. Anything else that
   * takes client data (a database lookup, an OAuth exchange) gives a trusted result.
   */
  wrappers: ReadonlySet<string>;
  /** Method calls on client data that give something else (a length, a boolean). */
  opaqueMethods?: ReadonlySet<string>;
  /** HTTP-client calls that take a header name then its value: `setHeader("Authorization", v)`. */
  headerSetters: ReadonlySet<string>;
  /** HTTP-client calls whose arguments are credentials: `setBearerAuth(t)`, `SetBasicAuth(t, "")`. */
  credentialCalls: Readonly<Record<string, CredentialArguments>>;
  /** Option keys whose value is Basic credentials: Python `auth=(t, "")`, Guzzle `'auth' => [t, '']`. */
  authOptionKeys: ReadonlySet<string>;
  /** Option keys whose value is the token itself: Symfony HttpClient `'auth_bearer' => t`. */
  tokenOptionKeys?: ReadonlySet<string>;
  /** C# attributes that bind a property from the request (Razor Pages `[BindProperty]`). */
  boundPropertyMarkers?: RegExp;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const COMMON_HEADER_SETTERS = 'set setHeader header addHeader add put append headers defaultHeader';

const PYTHON: LanguageCatalogue = {
  ambientRoles: { request: 'request', req: 'request', raw_input: 'input' },
  roleTypes: [{ type: /^(?:Request|HttpRequest|WSGIRequest|ASGIRequest|Request\[.*\])$/, role: 'request' }],
  sources: [
    {
      role: 'request',
      rest: /^\.(?:args|form|values|json|get_json|get_data|data|files|headers|cookies|GET|POST|COOKIES|META|FILES|body|query_params|path_params|query_string|stream|text|match_info|post)\b/,
    },
    { role: 'self', rest: /^\.request\.(?:args|form|values|json|get_json|data|files|headers|cookies|GET|POST|COOKIES|META|body|query_params)\b/ },
    { role: 'sys', rest: /^\.(?:argv|stdin)\b/, cli: true },
    { role: 'input', rest: /^\(/, cli: true },
    { role: 'getpass', rest: /^(?:\(|\.getpass\()/, cli: true },
    { role: 'click', rest: /^\.prompt\(/, cli: true },
    { role: 'typer', rest: /^\.prompt\(/, cli: true },
    { role: 'Prompt', rest: /^\.ask\(/, cli: true },
    { role: 'questionary', rest: /^\.(?:text|password)\(/, cli: true },
    { role: 'docopt', rest: /^\(/, cli: true },
    { role: '*', rest: /^\.parse_(?:known_)?args\(/, cli: true },
    // Validated form and serializer input is still what the user submitted.
    { role: '*', rest: /^\.(?:cleaned_data|validated_data)\b/ },
  ],
  parameterMarkers: /^(?:fastapi\.)?(?:Form|Query|Body|Header|Cookie|Path|File)\(/,
  cliParameterMarkers: /^typer\.(?:Option|Argument)\(/,
  trustedParameterMarkers: /^(?:fastapi\.)?(?:Depends|Security)\(/,
  wrappers: set(`
    str repr format join b64encode b64decode urlsafe_b64encode standard_b64encode encodebytes quote
    quote_plus unquote unquote_plus dumps loads dict list tuple cast bytes bytearray SecretStr Secret
    strip`),
  opaqueMethods: set('startswith endswith isdigit isalnum count find index __len__'),
  headerSetters: set('add_header putheader update setdefault __setitem__'),
  credentialCalls: {
    HTTPBasicAuth: { positions: [0, 1] },
    HTTPDigestAuth: { positions: [0, 1] },
    BasicAuth: { positions: [0, 1], names: ['login', 'username', 'password'] },
  },
  authOptionKeys: set('auth'),
};

const RUBY: LanguageCatalogue = {
  ambientRoles: { ARGV: 'argv', STDIN: 'stdin', $stdin: 'stdin', ARGF: 'stdin' },
  roleTypes: [],
  sources: [
    { role: 'params', rest: /^/ },
    {
      role: 'request',
      rest: /^(?:\.(?:params|parameters|headers|body|raw_post|query_parameters|request_parameters|path_parameters|query_string|cookies|authorization|GET|POST|form_data\?|env\[)|\.env\[)/,
    },
    { role: 'cookies', rest: /^(?:\[|\.fetch\b|\.to_h\b)/ },
    { role: 'argv', rest: /^/, cli: true },
    { role: 'stdin', rest: /^\.(?:gets|read|readline|readlines|getpass|noecho|each_line)\b/, cli: true },
    { role: 'gets', rest: /^/, cli: true },
    { role: 'ask', rest: /^/, cli: true },
    { role: 'IO', rest: /^\.console\.getpass\b/, cli: true },
  ],
  parameterMarkers: /$^/,
  wrappers: set(`
    String strict_encode64 encode64 urlsafe_encode64 format sprintf parse escape unescape
    encode_www_form_component decode_www_form_component Array`),
  opaqueMethods: set('length size blank? present? empty? nil? include? start_with? end_with? match? count'),
  headerSetters: set('add_field []= set_header header headers'),
  credentialCalls: {
    basic_auth: { positions: [0, 1], names: ['user', 'username', 'pass', 'password'] },
    token_auth: { positions: [0] },
    bearer_auth: { positions: [0] },
    authorization: { positions: [-1] },
    set_basic_auth: { positions: [0, 1] },
    auth: { positions: [0] },
  },
  authOptionKeys: set('basic_auth auth'),
};

const PHP: LanguageCatalogue = {
  ambientRoles: {
    $request: 'request',
    $req: 'request',
    request: 'requestHelper',
    Request: 'requestFacade',
    Input: 'requestFacade',
    $input: 'cliInput',
  },
  roleTypes: [
    { type: /(?:^|\\)(?:\w*Request|ServerRequestInterface)$/, role: 'request' },
    { type: /(?:^|\\)InputInterface$/, role: 'cliInput' },
  ],
  sources: [
    { role: '$_GET', rest: /^/ },
    { role: '$_POST', rest: /^/ },
    { role: '$_REQUEST', rest: /^/ },
    { role: '$_COOKIE', rest: /^/ },
    { role: '$_FILES', rest: /^/ },
    { role: '$_SERVER', rest: /^\[['"](?:argv|argc)\b/, cli: true },
    { role: '$_SERVER', rest: /^\[['"](?:HTTP_|PHP_AUTH_|QUERY_STRING|REQUEST_URI)/ },
    { role: 'filter_input', rest: /^\(INPUT_(?:GET|POST|COOKIE|REQUEST|SERVER)\b/ },
    { role: 'filter_input_array', rest: /^\(INPUT_(?:GET|POST|COOKIE|REQUEST)\b/ },
    { role: 'file_get_contents', rest: /^\(['"]php:\/\/input/ },
    { role: 'file_get_contents', rest: /^\(['"]php:\/\/stdin/, cli: true },
    { role: 'requestHelper', rest: /^\((?!\))/ },
    { role: 'requestHelper', rest: /^\(\)(?:->|\?->)(?!user\b|session\b|route\b|ip\b|method\b|path\b|url\b|fullUrl\b|is\b|routeIs\b|ajax\b|secure\b|wantsJson\b|expectsJson\b|has\b|filled\b|missing\b|boolean\b|hasFile\b|server\b)\w+/ },
    {
      role: 'request',
      rest: /^(?:->|\?->)(?:input|get|query|post|header|headers|bearerToken|validated|validate|json|all|only|except|string|str|cookie|cookies|request|getContent|toArray|getPayload|getParsedBody|getQueryParams|getHeaderLine|getHeader|getCookieParams|getBody|attributes|collect|safe|integer|enum|date)\b/,
    },
    // Laravel reads input through magic properties: `$request->token`.
    { role: 'request', rest: /^(?:->|\?->)(?!user\b|session\b|route\b|server\b|files\b|attributes\b)\w+(?![\w(]|->)/ },
    { role: 'requestFacade', rest: /^::(?:input|get|query|post|header|bearerToken|all|only|json|cookie|string)\(/ },
    { role: '$argv', rest: /^/, cli: true },
    { role: 'readline', rest: /^\(/, cli: true },
    { role: 'fgets', rest: /^\(STDIN\b/, cli: true },
    { role: 'stream_get_contents', rest: /^\(STDIN\b/, cli: true },
    { role: 'getopt', rest: /^\(/, cli: true },
    { role: '$this', rest: /^->(?:argument|arguments|option|options|ask|secret|anticipate|choice)\(/, cli: true },
    { role: 'cliInput', rest: /^->(?:getArgument|getOption|getArguments|getOptions)\(/, cli: true },
    { role: '*', rest: /^->(?:ask|askHidden|askQuestion)\(/, cli: true },
  ],
  parameterMarkers: /$^/,
  wrappers: set(`
    trim rtrim ltrim strval sanitize_text_field sanitize_key sanitize_textarea_field wp_unslash
    stripslashes htmlspecialchars htmlentities filter_var urldecode rawurldecode urlencode rawurlencode
    base64_encode base64_decode sprintf vsprintf implode join json_decode json_encode array_merge
    str_replace preg_replace array_values current reset data_get array_get Arr::get Str::of e
    strtolower mb_strtolower`),
  opaqueMethods: set('isEmpty isNotEmpty length count'),
  headerSetters: set('withHeader withAddedHeader header setHeader addHeader set add'),
  credentialCalls: {
    withToken: { positions: [0] },
    withBasicAuth: { positions: [0, 1] },
    withDigestAuth: { positions: [0, 1] },
    setAuth: { positions: [0, 1] },
  },
  authOptionKeys: set('auth auth_basic'),
  tokenOptionKeys: set('auth_bearer'),
};

const GO: LanguageCatalogue = {
  ambientRoles: {},
  roleTypes: [
    { type: /^\*?http\.Request$/, role: 'request' },
    { type: /^\*gin\.Context$/, role: 'gin' },
    { type: /^echo\.Context$/, role: 'echo' },
    { type: /^\*fiber\.Ctx$/, role: 'fiber' },
    { type: /^\*cobra\.Command$/, role: 'cobra' },
    { type: /^\[\]string$/, name: /^args$/, role: 'argv' },
  ],
  sources: [
    { role: 'request', rest: /^\.(?:FormValue|PostFormValue|PathValue|Cookie|BasicAuth)\(/ },
    { role: 'request', rest: /^\.(?:URL\.(?:Query|RawQuery)|Header|Form|PostForm|MultipartForm|Body)\b/ },
    {
      role: 'gin',
      rest: /^\.(?:Query|DefaultQuery|GetQuery|QueryArray|QueryMap|PostForm|DefaultPostForm|GetPostForm|PostFormArray|PostFormMap|Param|GetHeader|Cookie|GetRawData|ShouldBind\w*|Bind\w*|MustBindWith)\(/,
    },
    { role: 'gin', rest: /^\.Request\.(?:FormValue|PostFormValue|Header|Form|PostForm|URL|Body|Cookie)\b/ },
    { role: 'echo', rest: /^\.(?:QueryParam|QueryParams|QueryString|FormValue|FormParams|Param|ParamValues|Cookie|Bind)\(/ },
    { role: 'echo', rest: /^\.Request\(\)\.(?:FormValue|PostFormValue|Header|Form|PostForm|URL|Body|Cookie)\b/ },
    {
      role: 'fiber',
      rest: /^\.(?:Query|Queries|FormValue|Params|AllParams|Get|GetReqHeaders|Cookies|Body|BodyParser|QueryParser|ReqHeaderParser|ParamsParser)\(/,
    },
    { role: 'mux', rest: /^\.Vars\(/ },
    { role: 'chi', rest: /^\.URLParam\(/ },
    { role: 'os', rest: /^\.(?:Args|Stdin)\b/, cli: true },
    { role: 'flag', rest: /^\.(?:String|StringVar|Arg|Args)\(/, cli: true },
    { role: 'fmt', rest: /^\.(?:Scan|Scanln|Scanf)\(/, cli: true },
    { role: 'term', rest: /^\.ReadPassword\(/, cli: true },
    { role: 'cobra', rest: /^\.(?:Persistent)?Flags\(\)\.Get\w*\(/, cli: true },
    { role: 'argv', rest: /^/, cli: true },
  ],
  parameterMarkers: /$^/,
  wrappers: set(`
    Sprintf Sprint Sprintln TrimSpace Trim TrimPrefix TrimSuffix TrimLeft TrimRight Replace ReplaceAll Join
    EncodeToString NewDecoder NewReader NewScanner ReadAll Unmarshal string QueryEscape PathEscape
    QueryUnescape`),
  headerSetters: set('Set Add SetHeader Header'),
  credentialCalls: {
    SetBasicAuth: { positions: [0, 1] },
    SetAuthToken: { positions: [0] },
    SetBearerAuth: { positions: [0] },
  },
  authOptionKeys: set(''),
};

const JAVA: LanguageCatalogue = {
  ambientRoles: {
    request: 'request',
    req: 'request',
    httpRequest: 'request',
    servletRequest: 'request',
    call: 'ktorCall',
  },
  roleTypes: [
    { type: /^(?:(?:jakarta|javax)\.servlet\.http\.)?(?:HttpServletRequest|ServletRequest)$/, role: 'request' },
    { type: /^(?:ServerHttpRequest|ServerRequest)$/, role: 'reactiveRequest' },
    { type: /^ApplicationCall$/, role: 'ktorCall' },
    { type: /^(?:String\[\]|Array<String>|String\.\.\.)$/, name: /^args$/, role: 'argv' },
  ],
  sources: [
    {
      role: 'request',
      rest: /^\.(?:getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getCookies|getReader|getInputStream|getQueryString|getPart|getParts)\(/,
    },
    { role: 'reactiveRequest', rest: /^\.(?:getQueryParams|getHeaders|getCookies|getBody|queryParam|queryParams|headers|bodyToMono|formData|pathVariable)\(/ },
    { role: 'ktorCall', rest: /^\.(?:parameters|receive\w*|request\.(?:queryParameters|headers|cookies|header\(|receive))/ },
    { role: 'System', rest: /^\.(?:in\b|console\(\)\.read(?:Line|Password)\()/, cli: true },
    { role: 'readLine', rest: /^\(/, cli: true },
    { role: 'readln', rest: /^\(/, cli: true },
    { role: 'argv', rest: /^/, cli: true },
  ],
  parameterMarkers:
    /^(?:RequestParam|RequestBody|RequestHeader|PathVariable|CookieValue|ModelAttribute|RequestPart|MatrixVariable|QueryParam|FormParam|HeaderParam|PathParam|CookieParam|BeanParam|QueryValue|Body|Header|Part)$/,
  cliParameterMarkers: /^(?:Option|Parameters|ShellOption|Argument)$/,
  wrappers: set(`
    format formatted valueOf encodeToString encodeBase64String String Scanner InputStreamReader
    BufferedReader requireNonNull requireNonNullElse requireNotNull checkNotNull ofNullable of join concat
    basic mapOf listOf hashMapOf mutableMapOf Pair decode readValue fromJson`),
  opaqueMethods: set('isEmpty isBlank length size equals startsWith endsWith contains matches isPresent'),
  headerSetters: set(`${COMMON_HEADER_SETTERS} setRequestProperty addRequestProperty BasicHeader of entry`),
  credentialCalls: {
    setBearerAuth: { positions: [0] },
    setBasicAuth: { positions: [0, 1] },
    bearerAuth: { positions: [0] },
    basicAuth: { positions: [0, 1] },
    BasicAuthenticationInterceptor: { positions: [0, 1] },
  },
  authOptionKeys: set(''),
};

const CSHARP: LanguageCatalogue = {
  ambientRoles: { Request: 'request', HttpContext: 'httpContext', args: 'argv' },
  roleTypes: [
    { type: /^(?:HttpRequest|HttpRequestBase)$/, role: 'request' },
    { type: /^(?:HttpContext|HttpContextBase)$/, role: 'httpContext' },
    { type: /^string\[\]$/, name: /^args$/, role: 'argv' },
  ],
  sources: [
    { role: 'request', rest: /^(?:\.(?:Query|Form|Headers|Cookies|Body|RouteValues|QueryString|Params|ServerVariables|BodyReader|ReadFromJsonAsync|ReadFormAsync)\b|\[)/ },
    { role: 'httpContext', rest: /^\.(?:Request\.(?:Query|Form|Headers|Cookies|Body|RouteValues|QueryString|ReadFromJsonAsync|ReadFormAsync)\b|GetRouteValue\()/ },
    { role: 'Console', rest: /^\.(?:ReadLine|Read|ReadKey|In)\b/, cli: true },
    { role: 'Environment', rest: /^\.GetCommandLineArgs\(/, cli: true },
    { role: 'argv', rest: /^/, cli: true },
  ],
  parameterMarkers: /^(?:FromBody|FromQuery|FromForm|FromHeader|FromRoute)$/,
  trustedParameterMarkers: /^(?:FromServices|FromKeyedServices)$/,
  wrappers: set(`
    Format Concat Join ToBase64String GetBytes EscapeDataString UnescapeDataString StreamReader Deserialize
    DeserializeAsync DeserializeObject Parse ParseQuery`),
  opaqueMethods: set('Length Count IsNullOrEmpty IsNullOrWhiteSpace Equals StartsWith EndsWith Contains'),
  headerSetters: set('Add TryAddWithoutValidation AddHeader WithHeader Append'),
  credentialCalls: {
    AuthenticationHeaderValue: { positions: [1] },
    WithOAuthBearerToken: { positions: [0] },
    WithBasicAuth: { positions: [0, 1] },
    JwtAuthenticator: { positions: [0] },
    HttpBasicAuthenticator: { positions: [0, 1] },
    OAuth2AuthorizationRequestHeaderAuthenticator: { positions: [0] },
  },
  authOptionKeys: set(''),
  boundPropertyMarkers: /^(?:BindProperty|FromForm|FromQuery|FromBody|FromRoute|FromHeader)$/,
};

export const LANGUAGE_CATALOGUES: Readonly<Record<OtherLanguage, LanguageCatalogue>> = {
  python: PYTHON,
  ruby: RUBY,
  php: PHP,
  go: GO,
  java: JAVA,
  csharp: CSHARP,
};

// ---- Handlers whose parameters are client data --------------------------------------------------

/** Python decorators that register a web route: `@app.post(...)`, `@router.get(...)`, `@bp.route(...)`. */
export const PYTHON_ROUTE_DECORATOR = /^@(?:\w+\.)*(?:get|post|put|patch|delete|route|api_route|websocket)\(/;
/** Python decorators of CLI commands whose parameters are command-line input. */
export const PYTHON_CLI_DECORATOR = /^@(?:click\.(?:command|option|argument|password_option|group)|\w+\.command)\b/;
/** Python parameter annotations that are framework objects or services, never client data. */
export const PYTHON_FRAMEWORK_TYPES =
  /^(?:Request|Response|WebSocket|BackgroundTasks|HTTPConnection|SecurityScopes|Session|AsyncSession|HttpRequest|Annotated\[.*Depends\(.*)$/;
/** Python annotations of plain values (route/query parameters). */
export const PYTHON_SCALAR_TYPES = /^(?:str|int|Optional\[str\]|str\|None|Union\[str,None\]|Annotated\[str,.*)$/;

/** Ruby DSL calls whose `do` block is a web route (Sinatra, Padrino, Grape, Roda). */
export const RUBY_ROUTE_BLOCKS = /^(?:get|post|put|patch|delete|options|head|route|before|after)$/;

/** PHP route registration: `Route::post('/x', function ($token) { … })`, Slim `$app->post(…)`. */
export const PHP_ROUTE_REGISTRARS = /^(?:get|post|put|patch|delete|any|match|options)$/;
/** PHP parameter types that bind models or services (route model binding), never raw input. */
export const PHP_SCALAR_TYPES = /^(?:\??(?:string|int|float|mixed))?$/;

/** C# attributes that make a method a controller action. */
export const CSHARP_ACTION_ATTRIBUTES = /^(?:Http(?:Get|Post|Put|Patch|Delete)|Route|AcceptVerbs)$/;
/** ASP.NET Core minimal-API registrations. */
export const CSHARP_MINIMAL_API_REGISTRARS = /^Map(?:Get|Post|Put|Patch|Delete|Methods)?$/;
/** C# parameter types that are framework objects or injected services, never client data. */
export const CSHARP_FRAMEWORK_TYPES =
  /^(?:HttpRequest|HttpContext|HttpResponse|CancellationToken|ClaimsPrincipal|IFormFile|IFormCollection|Stream|PipeReader|I[A-Z]\w*(?:<.*>)?|\w+(?:Service|Repository|DbContext|Factory|Client|Options|Settings|Configuration|Logger)(?:<.*>)?)$/;

// ---- Intercom SDKs --------------------------------------------------------------------------------

/** python-intercom: `from intercom.client import Client` (3.x), `from intercom import Intercom` (4.x+). */
export const PYTHON_SDK_MODULE = /^intercom(?:\.client)?$/;
export const PYTHON_SDK_CLASSES: Readonly<Record<string, CredentialArguments>> = {
  Client: { positions: [0], names: ['personal_access_token'] },
  Intercom: { positions: [], names: ['token'] },
  AsyncIntercom: { positions: [], names: ['token'] },
};

/** intercom-ruby: `Intercom::Client.new(token: …)` (older: `api_key:`). */
export const RUBY_SDK_CONSTANT = 'Intercom::Client';
export const RUBY_SDK_ARGUMENTS: CredentialArguments = { positions: [], names: ['token', 'api_key', 'access_token'] };

/** intercom-php: `use Intercom\IntercomClient;` then `new IntercomClient($token)` (PHP 8: `token:`). */
export const PHP_SDK_CLASS = /^\\?Intercom\\IntercomClient$/;
export const PHP_SDK_ARGUMENTS: CredentialArguments = { positions: [0], names: ['token'] };

/** intercom-go: `intercom.NewClient(token, "")` (older: `NewClient(appID, apiKey)`). */
export const GO_SDK_IMPORT = /(?:^|\/)intercom-go(?:\.v\d+)?$/;
export const GO_SDK_FUNCTIONS: Readonly<Record<string, CredentialArguments>> = {
  NewClient: { positions: [0, 1] },
};

/** intercom-java: `Intercom.setToken(t)` (2.x), `Intercom.builder().token(t)` (3.x+), both `io.` and `com.intercom.api`. */
export const JAVA_SDK_IMPORT = /^(?:io|com)\.intercom\.api\.(?:Intercom|\*)$/;
export const JAVA_SDK_CLASS = 'Intercom';
export const JAVA_SDK_STATIC_METHODS: Readonly<Record<string, CredentialArguments>> = {
  setToken: { positions: [0] },
  setApiKey: { positions: [0] },
};
export const JAVA_SDK_BUILDER_METHODS: Readonly<Record<string, CredentialArguments>> = {
  token: { positions: [0] },
};

/** intercom-dotnet: `using Intercom.Core;` then `new Authentication(token)` (older: `(appId, appKey)`). */
export const CSHARP_SDK_NAMESPACE = /^Intercom(?:\.|$)/;
export const CSHARP_SDK_CLASSES: Readonly<Record<string, CredentialArguments>> = {
  Authentication: { positions: [0, 1] },
};
