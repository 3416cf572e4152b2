// Which names in a file are the Intercom SDK, from its imports (`from intercom import Intercom`,
// `use Intercom\IntercomClient`, `import "…/intercom-go"`, `import io.intercom.api.Intercom`,
// `using Intercom.Core`). A class of the same name defined in the file is a look-alike, not the SDK.
import { getCompactText } from './get-compact-text.js';
import {
  CSHARP_SDK_CLASSES,
  CSHARP_SDK_NAMESPACE,
  type CredentialArguments,
  GO_SDK_FUNCTIONS,
  GO_SDK_IMPORT,
  JAVA_SDK_CLASS,
  JAVA_SDK_IMPORT,
  PHP_SDK_ARGUMENTS,
  PHP_SDK_CLASS,
  PYTHON_SDK_CLASSES,
  PYTHON_SDK_MODULE,
  RUBY_SDK_CONSTANT,
} from './language-catalogue.js';
import { type OtherLanguage, TokenKind, type TokenList } from './token-list.js';
import { getOwn } from './get-own.js';

export interface SdkBindings {
  /** Constructors and functions, by the name the file calls them (`Client`, `ic.NewClient`, `\Intercom\IntercomClient`). */
  callees: Map<string, CredentialArguments>;
  /** Python names bound to the `intercom` / `intercom.client` modules. */
  modules: Set<string>;
  /** Ruby `Intercom::Client` and Java `Intercom` are usable (not shadowed by a local class). */
  rubyClient: boolean;
  javaClass: boolean;
  /** Names whose mention shows a function talks to Intercom. */
  markers: Set<string>;
}

export function getSdkBindings(tokens: TokenList, language: OtherLanguage): SdkBindings {
  const bindings: SdkBindings = { callees: new Map(), modules: new Set(), rubyClient: false, javaClass: false, markers: new Set() };
  const locals = getLocalClassNames(tokens, language);
  switch (language) {
    case 'python':
      readPythonImports(tokens, bindings);
      break;
    case 'ruby':
      bindings.rubyClient = !locals.has(RUBY_SDK_CONSTANT) && tokens.text.includes(RUBY_SDK_CONSTANT);
      break;
    case 'php':
      readPhpUses(tokens, bindings);
      break;
    case 'go':
      // Leading spaces of one line only: `\s*` ran over line ends and was retried from each one.
      if (!/^[^\S\n\r\u2028\u2029]*package\s+intercom\b/m.test(tokens.text.slice(0, 4096))) readGoImports(tokens, bindings);
      break;
    case 'java':
      bindings.javaClass = hasImport(tokens, 'import', (path) => JAVA_SDK_IMPORT.test(path)) || tokens.text.includes('intercom.api.Intercom');
      if (bindings.javaClass) bindings.markers.add(JAVA_SDK_CLASS);
      break;
    case 'csharp':
      if (hasImport(tokens, 'using', (path) => CSHARP_SDK_NAMESPACE.test(path))) {
        for (const [name, args] of Object.entries(CSHARP_SDK_CLASSES)) bindings.callees.set(name, args);
      }
      break;
  }
  for (const name of locals) {
    bindings.callees.delete(name);
    if (name === JAVA_SDK_CLASS) bindings.javaClass = false;
  }
  if (language === 'python') for (const name of bindings.callees.keys()) bindings.markers.add(name);
  return bindings;
}

/** Classes (and Python functions) the file defines itself. */
function getLocalClassNames(tokens: TokenList, language: OtherLanguage): Set<string> {
  const names = new Set<string>();
  let rubyModule = false;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!tokens.isIdent(i)) continue;
    const word = tokens.slice(i);
    if (language === 'ruby' && word === 'module' && tokens.isIdent(i + 1, 'Intercom')) rubyModule = true;
    const declares = word === 'class' || word === 'struct' || word === 'record' || (language === 'python' && word === 'def');
    if (!declares || !tokens.isIdent(i + 1)) continue;
    if (tokens.isPunct(i - 1, '.') || tokens.isPunct(i - 1, '::')) continue;
    if (language === 'ruby' && tokens.isIdent(i + 1, 'Intercom') && tokens.isPunct(i + 2, '::') && tokens.isIdent(i + 3, 'Client')) names.add(RUBY_SDK_CONSTANT);
    const name = tokens.slice(i + 1);
    if (language === 'ruby' && rubyModule && name === 'Client') names.add(RUBY_SDK_CONSTANT);
    names.add(name);
  }
  return names;
}

const atStatementStart = (tokens: TokenList, i: number) =>
  i === 0 || tokens.kinds[i - 1] === TokenKind.Newline || tokens.isPunct(i - 1, ';') || tokens.isPunct(i - 1, '{') || tokens.isPunct(i - 1, '}');

/** Whether a statement `keyword path;` imports a path that `test` accepts. */
function hasImport(tokens: TokenList, keyword: string, test: (path: string) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isIdent(i, keyword) || !atStatementStart(tokens, i)) continue;
    let end = i + 1;
    if (tokens.isIdent(end, 'static')) end++;
    const start = end;
    while (end < tokens.length && end < start + 40 && (tokens.isIdent(end) || tokens.isPunct(end, '.') || tokens.isPunct(end, '*'))) end++;
    if (test(getCompactText(tokens, start, end))) return true;
  }
  return false;
}

function readPythonImports(tokens: TokenList, bindings: SdkBindings): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!atStatementStart(tokens, i)) continue;
    if (tokens.isIdent(i, 'import')) {
      // `import intercom`, `import intercom.client as ic`
      let j = i + 1;
      while (j < tokens.length && tokens.kinds[j] !== TokenKind.Newline && !tokens.isPunct(j, ';')) {
        const start = j;
        j = readDottedName(tokens, j);
        const path = getCompactText(tokens, start, j);
        let alias = path.split('.')[0]!;
        if (tokens.isIdent(j, 'as') && tokens.isIdent(j + 1)) {
          alias = tokens.slice(j + 1);
          j += 2;
        }
        if (PYTHON_SDK_MODULE.test(path)) bindings.modules.add(alias);
        if (!tokens.isPunct(j, ',')) break;
        j++;
      }
    } else if (tokens.isIdent(i, 'from')) {
      let j = i + 1;
      const start = j;
      j = readDottedName(tokens, j);
      const module = getCompactText(tokens, start, j);
      if (!PYTHON_SDK_MODULE.test(module) || !tokens.isIdent(j, 'import')) continue;
      j++;
      const grouped = tokens.isPunct(j, '(');
      const end = grouped ? tokens.match[j]! : tokens.length;
      if (grouped) j++;
      while (j < end && (grouped || tokens.kinds[j] !== TokenKind.Newline)) {
        if (tokens.isIdent(j)) {
          const name = tokens.slice(j);
          let alias = name;
          if (tokens.isIdent(j + 1, 'as') && tokens.isIdent(j + 2)) {
            alias = tokens.slice(j + 2);
            j += 2;
          }
          const args = getOwn(PYTHON_SDK_CLASSES, name);
          if (args !== undefined) bindings.callees.set(alias, args);
          if (module === 'intercom' && name === 'client') bindings.modules.add(alias);
        } else if (!tokens.isPunct(j, ',') && tokens.kinds[j] !== TokenKind.Newline) break;
        j++;
      }
    }
  }
}

/** End of a Python dotted module name (`intercom.client`), stopping before `import` / `as`. */
function readDottedName(tokens: TokenList, start: number): number {
  let j = start;
  while ((tokens.isIdent(j) && !tokens.isIdent(j, 'import') && !tokens.isIdent(j, 'as')) || tokens.isPunct(j, '.')) j++;
  return j;
}

function readPhpUses(tokens: TokenList, bindings: SdkBindings): void {
  // Fully qualified names always refer to the SDK.
  bindings.callees.set('\\Intercom\\IntercomClient', PHP_SDK_ARGUMENTS);
  bindings.callees.set('Intercom\\IntercomClient', PHP_SDK_ARGUMENTS);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isIdent(i, 'use') || !atStatementStart(tokens, i)) continue;
    let j = i + 1;
    const start = j;
    while ((tokens.isIdent(j) && !tokens.isIdent(j, 'as')) || tokens.isPunct(j, '\\')) j++;
    const prefix = getCompactText(tokens, start, j);
    const entries: [string, string][] = [];
    if (tokens.isPunct(j, '{') && tokens.match[j]! > j) {
      // `use Intercom\{IntercomClient, IntercomUsers as Users};`
      const close = tokens.match[j]!;
      let k = j + 1;
      while (k < close) {
        const nameStart = k;
        while ((tokens.isIdent(k) && !tokens.isIdent(k, 'as')) || tokens.isPunct(k, '\\')) k++;
        const name = getCompactText(tokens, nameStart, k);
        let alias = name.replace(/^.*\\/, '');
        if (tokens.isIdent(k, 'as') && tokens.isIdent(k + 1)) {
          alias = tokens.slice(k + 1);
          k += 2;
        }
        if (name !== '') entries.push([prefix + name, alias]);
        k = k === nameStart ? k + 1 : k;
        if (tokens.isPunct(k, ',')) k++;
      }
    } else {
      let alias = prefix.replace(/^.*\\/, '');
      if (tokens.isIdent(j, 'as') && tokens.isIdent(j + 1)) alias = tokens.slice(j + 1);
      entries.push([prefix, alias]);
    }
    for (const [path, alias] of entries) if (PHP_SDK_CLASS.test(path)) bindings.callees.set(alias, PHP_SDK_ARGUMENTS);
  }
}

function readGoImports(tokens: TokenList, bindings: SdkBindings): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isIdent(i, 'import')) continue;
    let j = i + 1;
    const grouped = tokens.isPunct(j, '(');
    const end = grouped ? Math.max(tokens.match[j]!, j) : Math.min(tokens.length, j + 2);
    if (grouped) j++;
    for (; j < end; j++) {
      if (tokens.kinds[j] !== TokenKind.String || !GO_SDK_IMPORT.test(tokens.content(j))) continue;
      const alias = tokens.isIdent(j - 1) && !tokens.isIdent(j - 1, 'import') ? tokens.slice(j - 1) : 'intercom';
      for (const [name, args] of Object.entries(GO_SDK_FUNCTIONS)) bindings.callees.set(`${alias}.${name}`, args);
    }
  }
}
