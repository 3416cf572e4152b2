// What a function's parameters are: framework objects with a role (`r *http.Request`), client
// data by annotation (`@RequestParam`, `[FromBody]`, `Form(...)`), by the handler they belong to
// (a FastAPI/Flask route, a minimal-API lambda, a Laravel route closure, a Sinatra block), or
// command-line input (click/Typer commands, picocli options).
import type { Scope } from './find-function-scopes.js';
import { getCompactText } from './get-compact-text.js';
import { getParameters, type Parameter } from './get-parameters.js';
import {
  CSHARP_ACTION_ATTRIBUTES,
  CSHARP_FRAMEWORK_TYPES,
  CSHARP_MINIMAL_API_REGISTRARS,
  type LanguageCatalogue,
  PHP_ROUTE_REGISTRARS,
  PHP_SCALAR_TYPES,
  PYTHON_CLI_DECORATOR,
  PYTHON_FRAMEWORK_TYPES,
  PYTHON_ROUTE_DECORATOR,
  PYTHON_SCALAR_TYPES,
} from './language-catalogue.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';

/** Where a value comes from, as shown in messages. Never the value itself. */
export interface Taint {
  cli: boolean;
  label: string;
}

export interface ParameterOrigins {
  names: Set<string>;
  roles: Map<string, string>;
  sources: Map<string, Taint>;
}

const PYTHON_SKIPPED = /^(?:self|cls|ctx|request|req|db|session|background_tasks|response)$/;
const PHP_SKIPPED = /^\$(?:request|req|response|res|next|container|app)$/;
const PYTHON_MARKER_IN_ANNOTATION = /\b(?:Form|Query|Body|Header|Cookie|Path|File)\(/;

export function getParameterOrigins(tokens: TokenList, language: OtherLanguage, scope: Scope, catalogue: LanguageCatalogue): ParameterOrigins {
  const params = getParameters(tokens, language, scope);
  const origins: ParameterOrigins = { names: new Set(), roles: new Map(), sources: new Map() };
  if (scope.kind === 'file' && catalogue.boundPropertyMarkers !== undefined) addBoundProperties(tokens, catalogue.boundPropertyMarkers, origins);
  if (params.length === 0) return origins;
  const handler = getHandlerKind(tokens, language, scope);
  for (const param of params) {
    origins.names.add(param.name);
    for (const roleType of catalogue.roleTypes) {
      if (roleType.type.test(param.type) && (roleType.name === undefined || roleType.name.test(param.name))) {
        origins.roles.set(param.name, roleType.role);
        break;
      }
    }
    if (origins.roles.has(param.name)) continue;
    const source = getParameterSource(language, catalogue, param, handler);
    if (source !== undefined) origins.sources.set(param.name, source);
  }
  return origins;
}

type HandlerKind = 'route' | 'cli' | 'none';

function getHandlerKind(tokens: TokenList, language: OtherLanguage, scope: Scope): HandlerKind {
  switch (language) {
    case 'python': {
      const decorators = getPythonDecorators(tokens, scope);
      if (decorators.some((d) => PYTHON_CLI_DECORATOR.test(d))) return 'cli';
      if (decorators.some((d) => PYTHON_ROUTE_DECORATOR.test(d))) return 'route';
      return 'none';
    }
    case 'ruby':
      return scope.registrar !== '' ? 'route' : 'none';
    case 'php':
      return scope.kind === 'lambda' && PHP_ROUTE_REGISTRARS.test(scope.registrar) ? 'route' : 'none';
    case 'csharp':
      if (scope.kind === 'lambda') return CSHARP_MINIMAL_API_REGISTRARS.test(scope.registrar) ? 'route' : 'none';
      return getCSharpAttributes(tokens, scope).some((name) => CSHARP_ACTION_ATTRIBUTES.test(name)) ? 'route' : 'none';
    default:
      return 'none';
  }
}

function getParameterSource(language: OtherLanguage, catalogue: LanguageCatalogue, param: Parameter, handler: HandlerKind): Taint | undefined {
  const { name } = param;
  if (param.markers.some((m) => catalogue.trustedParameterMarkers?.test(m) === true)) return undefined;
  const marker = param.markers.find((m) => catalogue.parameterMarkers.test(m));
  if (marker !== undefined) return { cli: false, label: language === 'csharp' ? `[${marker}] ${name}` : `@${marker} ${name}` };
  const cliMarker = param.markers.find((m) => catalogue.cliParameterMarkers?.test(m) === true);
  if (cliMarker !== undefined) return { cli: true, label: `@${cliMarker} ${name}` };
  switch (language) {
    case 'python': {
      if (catalogue.trustedParameterMarkers?.test(param.defaultValue) === true || /\bDepends\(/.test(param.type)) return undefined;
      const call = catalogue.parameterMarkers.exec(param.defaultValue) ?? PYTHON_MARKER_IN_ANNOTATION.exec(param.type);
      if (call !== null) return { cli: false, label: `${call[0].replace(/^fastapi\./, '')}…) ${name}` };
      if (catalogue.cliParameterMarkers?.test(param.defaultValue) === true || /\btyper\.(?:Option|Argument)\(/.test(param.type)) {
        return { cli: true, label: `command-line option ${name}` };
      }
      if (PYTHON_SKIPPED.test(name)) return undefined;
      if (handler === 'cli') return { cli: true, label: `command-line option ${name}` };
      if (handler !== 'route' || PYTHON_FRAMEWORK_TYPES.test(param.type)) return undefined;
      if (param.type === '' || PYTHON_SCALAR_TYPES.test(param.type)) return { cli: false, label: `route parameter ${name}` };
      // FastAPI reads a parameter typed with a model class from the request body.
      if (/^[A-Z]\w*$/.test(param.type)) return { cli: false, label: `request body ${name}` };
      return undefined;
    }
    case 'ruby':
      return handler === 'route' ? { cli: false, label: `route parameter ${name}` } : undefined;
    case 'php':
      if (handler !== 'route' || PHP_SKIPPED.test(name) || !PHP_SCALAR_TYPES.test(param.type)) return undefined;
      return { cli: false, label: `route parameter ${name}` };
    case 'csharp':
      if (handler !== 'route' || CSHARP_FRAMEWORK_TYPES.test(param.type)) return undefined;
      return { cli: false, label: `handler parameter ${name}` };
    default:
      return undefined;
  }
}

/** Python decorators above a `def`, each as compact text (`@app.post("/x")`). */
function getPythonDecorators(tokens: TokenList, scope: Scope): string[] {
  const out: string[] = [];
  for (let i = scope.headerStart; i < scope.start; i++) {
    if (!tokens.isPunct(i, '@')) continue;
    let end = i + 1;
    while (end < scope.start && !(tokens.kinds[end] === TokenKind.Newline && tokens.parent[end] === tokens.parent[i])) end++;
    out.push(getCompactText(tokens, i, end));
    i = end;
  }
  return out;
}

/** Names of the C# attributes on a method (`HttpPost`, `Route`). */
function getCSharpAttributes(tokens: TokenList, scope: Scope): string[] {
  const names: string[] = [];
  const end = scope.paramsStart > 0 ? scope.paramsStart - 1 : scope.start;
  for (let i = scope.headerStart; i < end; i++) {
    if (!tokens.isPunct(i, '[')) continue;
    const close = tokens.match[i]!;
    if (close < 0) break;
    for (let j = i + 1; j < close; j++) {
      if (tokens.isIdent(j) && (j === i + 1 || tokens.isPunct(j - 1, ','))) names.push(tokens.slice(j));
      const partner = tokens.match[j]!;
      if (partner > j) j = partner;
    }
    i = close;
  }
  return names;
}

/** Razor Pages / MVC properties bound from the request: `[BindProperty] public string Token { get; set; }`. */
function addBoundProperties(tokens: TokenList, markers: RegExp, origins: ParameterOrigins): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isPunct(i, '[') || !tokens.isIdent(i + 1) || !markers.test(tokens.slice(i + 1))) continue;
    const close = tokens.match[i]!;
    if (close < 0) continue;
    // Modifiers and type, then the member's name just before `{`, `;` or `=`.
    let j = close + 1;
    let name = -1;
    for (let steps = 0; j < tokens.length && steps < 16; steps++, j++) {
      if (tokens.kinds[j] === TokenKind.Newline) continue;
      if (tokens.isIdent(j)) name = j;
      else if (tokens.isPunct(j, '{') || tokens.isPunct(j, ';') || tokens.isPunct(j, '=')) break;
      else if (!/^(?:\?|<|>|\[|\]|,|\.)$/.test(tokens.slice(j))) {
        name = -1;
        break;
      }
    }
    if (name < 0) continue;
    const property = tokens.slice(name);
    origins.names.add(property);
    origins.sources.set(property, { cli: false, label: `[${tokens.slice(i + 1)}] ${property}` });
  }
}
