// Which tokens show that code talks to the Intercom REST API: a string naming an API host or the
// `Intercom-Version` header, a name bound at file level to such a string (a base-URL constant),
// or an SDK class. Kept as prefix sums so "does this function mention Intercom?" is O(1).
import { INTERCOM_API_HOSTS } from '../../../flow/catalogue.js';
import type { Definition } from './find-definitions.js';
import type { ScopeTree } from './find-function-scopes.js';
import { TokenKind, type TokenList } from './token-list.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Regional hosts may be built at run time: `https://api.${region}.intercom.io`.
const HOST = new RegExp(`(?:${INTERCOM_API_HOSTS.map(escape).join('|')}|\\bapi\\.[^\\s"'/]{1,40}\\.intercom\\.io)(?![\\w-])`, 'i');
const VERSION_HEADER = /^\s*intercom-version\s*:?/i;

const isStringToken = (tokens: TokenList, i: number) => tokens.kinds[i] === TokenKind.String || tokens.kinds[i] === TokenKind.StringOpen;

function isIntercomString(tokens: TokenList, i: number): boolean {
  if (!isStringToken(tokens, i)) return false;
  const start = tokens.contentStarts[i]!;
  const end = tokens.contentEnds[i]!;
  // A host sits near the start of a URL; long texts (docs, templates) are only searched up to a bound.
  const content = tokens.text.slice(start, Math.min(end, start + 4096));
  return HOST.test(content) || VERSION_HEADER.test(content);
}

export function getIntercomMarks(tokens: TokenList, tree: ScopeTree, definitions: readonly Definition[], sdkMarkers: ReadonlySet<string>): Int32Array {
  const n = tokens.length;
  const marked = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isIntercomString(tokens, i)) marked[i] = 1;
  const constants = getHostConstants(tokens, tree, definitions, marked);
  for (let i = 0; i < n; i++) {
    if (marked[i] === 1 || tokens.kinds[i] !== TokenKind.Ident) continue;
    const name = tokens.slice(i);
    if (constants.has(name.replace(/^\$/, '')) || sdkMarkers.has(name)) marked[i] = 1;
  }
  const sums = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) sums[i + 1] = sums[i]! + marked[i]!;
  return sums;
}

/** File-level names whose value contains an Intercom host: `BASE_URL = "https://api.intercom.io"`, and names built on them. */
function getHostConstants(tokens: TokenList, tree: ScopeTree, definitions: readonly Definition[], marked: Uint8Array): Set<string> {
  const constants = new Set<string>();
  const fileLevel = definitions.filter((d) => tree.scopes[d.scope]!.kind === 'file');
  const add = (key: string) => {
    constants.add(key.replace(/^\$/, ''));
    constants.add(key.replace(/^.*(?:\.|->|::)/, '').replace(/^\$/, ''));
  };
  const n = tokens.length;
  // Later rounds pick up constants built from earlier ones (`ME_URL = BASE_URL + "/me"`); prefix
  // sums keep each round linear however long the values are.
  const sums = new Int32Array(n + 1);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < n; i++) {
      const hit = marked[i] === 1 || (round > 0 && tokens.kinds[i] === TokenKind.Ident && constants.has(tokens.slice(i).replace(/^\$/, '')));
      sums[i + 1] = sums[i]! + (hit ? 1 : 0);
    }
    const before = constants.size;
    for (const d of fileLevel) if (sums[d.valueEnd]! - sums[d.valueStart]! > 0) add(d.key);
    if (constants.size === before) break;
  }
  // PHP `define('INTERCOM_API', 'https://api.intercom.io')`.
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens.isIdent(i, 'define') && tokens.isPunct(i + 1, '(') && tokens.kinds[i + 2] === TokenKind.String && tokens.isPunct(i + 3, ',') && marked[i + 4] === 1) {
      constants.add(tokens.content(i + 2));
    }
  }
  return constants;
}
