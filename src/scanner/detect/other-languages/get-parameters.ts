// The parameters of a function: name, type, annotations/attributes and default value, read from
// its parameter-list tokens the way each language writes them.
import type { Scope } from './find-function-scopes.js';
import { getCompactText } from './get-compact-text.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';

export interface Parameter {
  name: string;
  nameToken: number;
  /** Type with whitespace removed (`*http.Request`, `HttpServletRequest`, a Python annotation). */
  type: string;
  /** Annotation and attribute names (`RequestParam`, `FromBody`). */
  markers: string[];
  /** Default value with whitespace removed (`Form(...)`), '' when none. */
  defaultValue: string;
}

const MODIFIERS = new Set([
  'final', 'ref', 'out', 'in', 'params', 'this', 'scoped', 'readonly', 'public', 'private', 'protected',
  'internal', 'val', 'var', 'vararg', 'noinline', 'crossinline', 'implicit', 'override', 'required',
]);

export function getParameters(tokens: TokenList, language: OtherLanguage, scope: Scope): Parameter[] {
  const { paramsStart, paramsEnd } = scope;
  if (paramsStart < 0 || paramsEnd <= paramsStart) return [];
  const level = tokens.parent[paramsStart]!;
  const pieces: [number, number][] = [];
  let pieceStart = paramsStart;
  // Commas inside generic arguments (`Map<String, String> body`) do not separate parameters.
  const generics = language === 'java' || language === 'csharp';
  let angles = 0;
  for (let i = paramsStart; i < paramsEnd; i++) {
    if (generics && tokens.isPunct(i, '<') && tokens.isIdent(i - 1)) angles++;
    else if (generics && tokens.isPunct(i, '>') && angles > 0) angles--;
    const partner = tokens.match[i]!;
    if (partner > i && tokens.kinds[i] !== TokenKind.Punct) {
      i = partner;
      continue;
    }
    if (tokens.isOpener(i) && partner > i) {
      i = partner;
      continue;
    }
    if (tokens.isPunct(i, ',') && tokens.parent[i] === level && angles === 0) {
      pieces.push([pieceStart, i]);
      pieceStart = i + 1;
    }
  }
  pieces.push([pieceStart, paramsEnd]);
  const params: Parameter[] = [];
  for (const [start, end] of pieces) {
    const param = readParameter(tokens, language, start, end);
    if (param !== undefined) params.push(param);
  }
  if (language === 'go') {
    // `a, b string`: names without a type share the next one's.
    for (let k = params.length - 2; k >= 0; k--) if (params[k]!.type === '') params[k]!.type = params[k + 1]!.type;
  }
  return params;
}

function readParameter(tokens: TokenList, language: OtherLanguage, start: number, end: number): Parameter | undefined {
  const markers: string[] = [];
  const decl: number[] = [];
  let defaultValue = '';
  for (let i = start; i < end; i++) {
    const kind = tokens.kinds[i];
    if (kind === TokenKind.Newline) continue;
    // Java/Kotlin annotations `@RequestParam("t")`, `@org.x.Header`.
    if (tokens.isPunct(i, '@') && tokens.isIdent(i + 1) && language !== 'python') {
      let j = i + 1;
      while (tokens.isPunct(j + 1, '.') && tokens.isIdent(j + 2)) j += 2;
      markers.push(tokens.slice(j));
      i = j;
      if (tokens.isPunct(i + 1, '(') && tokens.match[i + 1]! > i) i = tokens.match[i + 1]!;
      continue;
    }
    // C# attributes `[FromBody]`, `[FromHeader(Name = "X")]`; PHP `#[…]`.
    if (tokens.isPunct(i, '[') && (language === 'csharp' || (language === 'php' && tokens.isPunct(i - 1, '#'))) && decl.length === 0) {
      const close = tokens.match[i]!;
      if (close < 0) break;
      for (let j = i + 1; j < close; j++) {
        if (tokens.isIdent(j) && (j === i + 1 || tokens.isPunct(j - 1, ','))) markers.push(tokens.slice(j));
      }
      i = close;
      continue;
    }
    if (tokens.isPunct(i, '=') && language !== 'ruby') {
      defaultValue = getCompactText(tokens, i + 1, end);
      break;
    }
    if (language === 'ruby' && (tokens.isPunct(i, '=') || (tokens.isPunct(i, ':') && decl.length > 0))) {
      defaultValue = getCompactText(tokens, i + 1, end);
      break;
    }
    decl.push(i);
    const partner = tokens.match[i]!;
    if (partner > i) {
      for (let j = i + 1; j <= partner; j++) decl.push(j);
      i = partner;
    }
  }
  const idents = decl.filter((i) => tokens.kinds[i] === TokenKind.Ident && tokens.parent[i] === tokens.parent[start]);
  let nameToken = -1;
  let typeStart = -1;
  let typeEnd = -1;
  switch (language) {
    case 'python':
    case 'ruby':
    case 'go': {
      nameToken = idents[0] ?? -1;
      if (nameToken < 0) return undefined;
      const colon = language === 'python' ? decl.find((i) => tokens.isPunct(i, ':')) : undefined;
      if (colon !== undefined) [typeStart, typeEnd] = [colon + 1, decl[decl.length - 1]! + 1];
      else if (language === 'go') [typeStart, typeEnd] = [nameToken + 1, decl[decl.length - 1]! + 1];
      break;
    }
    case 'php':
      nameToken = idents.find((i) => tokens.text[tokens.starts[i]!] === '$') ?? -1;
      if (nameToken < 0) return undefined;
      typeStart = decl.find((i) => !(tokens.kinds[i] === TokenKind.Ident && MODIFIERS.has(tokens.slice(i)))) ?? -1;
      typeEnd = nameToken;
      break;
    default: {
      const colon = decl.find((i) => tokens.isPunct(i, ':') && tokens.parent[i] === tokens.parent[start]);
      if (colon !== undefined) {
        nameToken = idents.filter((i) => i < colon).pop() ?? -1;
        [typeStart, typeEnd] = [colon + 1, decl[decl.length - 1]! + 1];
      } else {
        nameToken = idents[idents.length - 1] ?? -1;
        typeStart = decl.find((i) => !(tokens.kinds[i] === TokenKind.Ident && MODIFIERS.has(tokens.slice(i)))) ?? -1;
        typeEnd = nameToken;
      }
    }
  }
  if (nameToken < 0) return undefined;
  const type = typeStart >= 0 && typeEnd > typeStart ? getCompactText(tokens, typeStart, typeEnd).replace(/^[&.]+/, '') : '';
  return { name: tokens.slice(nameToken), nameToken, type, markers, defaultValue };
}
