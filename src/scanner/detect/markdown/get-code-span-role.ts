// What an inline code span holds. Docs put identifiers, commands and env vars in backticks, but
// help articles also put UI names there ("the `Access token` field"), which stay readable copy.
import { isDeveloperWord } from './is-developer-word.js';
import { CLI_COMMANDS } from './markdown-audience-words.js';

/**
 * - `words`: plain words (a UI name, a word in a sentence): read as copy.
 * - `developer`: a command, an env var, a flag, a config file, an identifier: developer setup.
 * - `value`: anything else (an example value, symbols): neither copy nor evidence.
 */
export type CodeSpanRole = 'words' | 'developer' | 'value';

const COMMANDS: ReadonlySet<string> = new Set(CLI_COMMANDS);
// Letters, digits, spaces and the punctuation of UI paths ("Settings > Integrations").
const WORDS = /^[\p{L}\p{N}][\p{L}\p{N}\s'’&+,.:()→›»>/-]*$/u;
// One token of code: `accessToken`, `client.token`, `api_key`, `Intercom::Client`, `getToken()`.
const IDENTIFIER = /^[A-Za-z_$][\w$]*(?:(?:\.|::|#|-)[\w$]+)*(?:\(\))?$/;
const IDENTIFIER_SIGNS = /[_$#]|::|\(\)|[a-z][A-Z]|[a-z0-9]\.[a-z_$]|^[a-z0-9]+(?:-[a-z0-9]+)+$/;

export function getCodeSpanRole(code: string): CodeSpanRole {
  const content = code.trim();
  if (content.length === 0) return 'value';
  const words = content.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length > 1 && (COMMANDS.has(first) || first === '$' || first === '>')) return 'developer';
  if (words.some(isDeveloperWord)) return 'developer';
  if (words.length === 1 && IDENTIFIER.test(content) && IDENTIFIER_SIGNS.test(content)) return 'developer';
  if (/[;{}]|=>|\$\(|\w=[^=\s]/.test(content)) return 'developer';
  return WORDS.test(content) ? 'words' : 'value';
}
